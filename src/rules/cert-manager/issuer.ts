// Issuer and ClusterIssuer rules: cert-manager's ValidateIssuerSpec (a ClusterIssuer uses exactly
// the Issuer rules), plus the insecure-but-accepted issuer choices of the library (TLS-X*).
import { KubeObject, isRecord, isSet, record } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { acmeInsecureChoices, checkAcmeIssuer } from './issuer-acme';
import { checkCaIssuer, checkSelfSignedIssuer } from './issuer-ca';
import { checkVaultIssuer } from './issuer-vault';
import { checkVenafiIssuer } from './issuer-venafi';
import { fieldError, reportField } from '../util/field-error';

type IssuerTypeCheck = (report: Reporter, value: unknown, path: string) => void;

/** In cert-manager's order: the first type set is validated, every later one is flagged (I2). */
const ISSUER_TYPES: ReadonlyArray<{ readonly field: string; readonly check: IssuerTypeCheck }> = [
  { field: 'acme', check: checkAcmeIssuer },
  { field: 'ca', check: checkCaIssuer },
  { field: 'selfSigned', check: checkSelfSignedIssuer },
  { field: 'vault', check: checkVaultIssuer },
  { field: 'venafi', check: checkVenafiIssuer },
];

function issuerSpec(obj: KubeObject, report: Reporter): void {
  const spec = record(obj.spec);
  let configured: string | undefined;
  for (const type of ISSUER_TYPES) {
    if (!isSet(spec[type.field])) continue;
    const path = `spec.${type.field}`;
    if (configured !== undefined) {
      reportField(report, {
        ruleId: 'CM-I2',
        path,
        body: fieldError.forbidden('may not specify more than one issuer type'),
        fix: `keep only ${configured} in this ${report.object.kind === 'ClusterIssuer' ? 'ClusterIssuer' : 'Issuer'} and create a separate one for ${type.field}`,
      });
      continue;
    }
    configured = type.field;
    type.check(report, spec[type.field], path);
  }
  if (configured === undefined) {
    reportField(report, {
      ruleId: 'CM-I1',
      path: 'spec',
      body: fieldError.required('at least one issuer must be configured'),
      fix: isRecord(obj.spec)
        ? 'configure one of acme, ca, selfSigned, vault or venafi'
        : 'spec must be a mapping with one of acme, ca, selfSigned, vault or venafi',
    });
  }
}

const insecureIssuerChoices: ObjectCheck = (obj, report, ctx) => {
  const spec = record(obj.spec);
  if (isSet(spec.acme)) acmeInsecureChoices(report, ctx, spec.acme, 'spec.acme');
};

export const ISSUER_CHECKS: readonly ObjectCheck[] = [issuerSpec, insecureIssuerChoices];
