// What a certificate needs to know about who signs it, and the references to Secret keys that
// issuers and keystores share. A leaf module: certificates and issuers both import it, and it
// imports neither at run time, so the two never load each other in a circle.
import { IConstruct } from 'constructs';
import type { Certificate, CertificateOptions } from '../certificates/certificate';
import { definedFields } from '../core/json';

/** The API group of cert-manager's own issuer kinds. */
export const CERT_MANAGER_GROUP = 'cert-manager.io';

/**
 * Something that signs certificates: an `Issuer` or `ClusterIssuer` defined in this app, one that
 * exists in the cluster (`Issuer.fromIssuerName`, `ClusterIssuer.fromClusterIssuerName`), or an external issuer of
 * another API group (`ExternalIssuer.fromExternalIssuerName`).
 */
export interface IIssuer extends IConstruct {
  /** `issuerRef.name`. */
  readonly issuerName: string;
  /** `issuerRef.kind`: `Issuer`, `ClusterIssuer`, or an external issuer's kind. */
  readonly issuerKind: string;
  /** `issuerRef.group`: `cert-manager.io` or an external issuer's group. */
  readonly issuerGroup: string;
  /**
   * Namespace of a namespaced issuer; certificates it signs must live there.
   * Undefined for cluster-scoped issuers.
   */
  readonly issuerNamespace?: string;
  /**
   * Whether the issuer is a public (WebPKI) CA, whose certificates the CA/Browser Forum's lifetime
   * limits apply to and whose lifetime the CA decides (certificates then carry no `duration`).
   */
  readonly publiclyTrusted: boolean;

  /**
   * A new Certificate signed by this issuer, in its namespace (for a namespaced issuer). It is
   * created under the issuer (`<issuer path>/<id>`), so its id collides neither with the user's
   * own constructs nor with what another issuer issues.
   */
  issue(id: string, options?: CertificateOptions): Certificate;
}

/** A key of a Secret. */
export interface SecretKeyReference {
  /** Name of the Secret, in the namespace of the object that refers to it. */
  readonly name: string;
  /**
   * Key in the Secret's data.
   * @default - cert-manager's default for the field
   */
  readonly key?: string;
}

/** `{name, key?}` as cert-manager's SecretKeySelector. */
export function renderSecretKeyRef(ref: SecretKeyReference): Record<string, unknown> {
  return definedFields({ name: ref.name, key: ref.key });
}
