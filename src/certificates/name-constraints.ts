/** Names a CA may or may not sign for. */
export interface NameConstraintItems {
  /** @default - none */
  readonly dnsDomains?: string[];
  /** CIDR ranges, e.g. `10.0.0.0/8`. @default - none */
  readonly ipRanges?: string[];
  /** @default - none */
  readonly emailAddresses?: string[];
  /** @default - none */
  readonly uriDomains?: string[];
}

/** X.509 name constraints of a CA certificate (requires `isCa`). */
export interface NameConstraints {
  /**
   * Mark the extension critical, so that verifiers that do not understand it reject the chain.
   * @default false
   */
  readonly critical?: boolean;
  /** @default - none */
  readonly permitted?: NameConstraintItems;
  /** @default - none */
  readonly excluded?: NameConstraintItems;
}

export function renderNameConstraints(constraints: NameConstraints): Record<string, unknown> {
  // Each list is a set to X.509: sorted, so the YAML does not depend on the order given.
  const items = (i: NameConstraintItems) => ({
    ...(i.dnsDomains ? { dnsDomains: [...i.dnsDomains].sort() } : {}),
    ...(i.ipRanges ? { ipRanges: [...i.ipRanges].sort() } : {}),
    ...(i.emailAddresses ? { emailAddresses: [...i.emailAddresses].sort() } : {}),
    ...(i.uriDomains ? { uriDomains: [...i.uriDomains].sort() } : {}),
  });
  return {
    ...(constraints.critical !== undefined ? { critical: constraints.critical } : {}),
    ...(constraints.permitted ? { permitted: items(constraints.permitted) } : {}),
    ...(constraints.excluded ? { excluded: items(constraints.excluded) } : {}),
  };
}
