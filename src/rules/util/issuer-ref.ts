// cert-manager's validateIssuerRef (internal/apis/certmanager/validation/certificate.go), shared by
// Certificate (C3/C4), CertificateRequest (R1) and any other kind with an `issuerRef`.
import { isSet, record, str } from '../object';
import { Reporter } from '../report';
import { fieldError, reportField } from './field-error';

export interface IssuerRefRuleIds {
  /** Rule id for a missing `name` (e.g. `CM-C3`). */
  readonly name: string;
  /** Rule id for a `kind` cert-manager doesn't know in its own group (e.g. `CM-C4`). */
  readonly kind: string;
}

/**
 * Reports what cert-manager's webhook rejects in an issuer reference: an empty name, and, when the
 * group is empty or `cert-manager.io`, a kind other than Issuer/ClusterIssuer. Kinds of other
 * groups are not checked: cert-manager can't know external issuers' kinds either.
 *
 * @param ref the `issuerRef` value, of any shape
 * @param path its path, e.g. `spec.issuerRef`
 */
export function checkIssuerRef(ref: unknown, path: string, report: Reporter, ids: IssuerRefRuleIds): void {
  const r = record(ref);
  const name = str(r.name) ?? '';
  if (name === '') {
    reportField(report, {
      ruleId: ids.name,
      path: `${path}.name`,
      body: fieldError.required('must be specified'),
      fix: 'set issuerRef.name to the name of the Issuer or ClusterIssuer that signs this certificate',
    });
  }
  // A wrong-typed group or kind is the CRD schema's finding; read them as unset here.
  const group = str(r.group) ?? '';
  const kind = isSet(r.kind) ? str(r.kind) ?? '' : '';
  if ((group === '' || group === 'cert-manager.io') && kind !== '' && kind !== 'Issuer' && kind !== 'ClusterIssuer') {
    let detail = 'must be one of Issuer or ClusterIssuer';
    // cert-manager's hint really names `<path>.kind.group`.
    if (group === '') detail += ` (did you forget to set ${path}.kind.group?)`;
    const fix = group === ''
      ? `set ${path}.group to the external issuer's API group (e.g. awspca.cert-manager.io), or use kind Issuer or ClusterIssuer`
      : 'use kind Issuer or ClusterIssuer, or the API group of the external issuer that defines this kind';
    reportField(report, { ruleId: ids.kind, path: `${path}.kind`, body: fieldError.invalid(kind, detail), fix });
  }
}
