/** One version a pinned CRD declares, as its `spec.versions[]` entry says. */
export interface CrdVersion {
  readonly name: string;
  readonly served: boolean;
  readonly storage: boolean;
  readonly deprecated?: boolean;
  readonly deprecationWarning?: string;
}

/** The versions of one kind, and which folder of crds/ (which upstream project) pins them. */
export interface CrdVersions {
  readonly project: string;
  readonly versions: readonly CrdVersion[];
}
