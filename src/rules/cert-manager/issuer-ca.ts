// CA and SelfSigned issuers (cert-manager ValidateCAIssuerConfig / ValidateSelfSignedIssuerConfig).
import { record, str } from '../object';
import { Reporter } from '../report';
import { fieldError, listField, reportField } from '../util/field-error';

export function checkCaIssuer(report: Reporter, value: unknown, path: string): void {
  const ca = record(value);
  if ((str(ca.secretName) ?? '') === '') {
    reportField(report, {
      ruleId: 'CM-CA1',
      path: `${path}.secretName`,
      body: fieldError.required(),
      fix: 'set secretName to the kubernetes.io/tls Secret (tls.crt and tls.key) of the signing CA, in the Issuer\'s namespace (cert-manager\'s namespace for a ClusterIssuer)',
    });
  }
  // Only emptiness is checked: cert-manager does not parse these URLs.
  listField(report, ca.ocspServers, { ruleId: 'CM-CA2', path: `${path}.ocspServers`, of: 'OCSP server URLs' }).forEach((url, i) => {
    if ((str(url) ?? '') === '') {
      reportField(report, {
        ruleId: 'CM-CA2',
        path: `${path}.ocspServers[${i}]`,
        webhookPath: `${path}.ocspServer[${i}]`,
        body: fieldError.invalid('', 'must be a valid URL, e.g., http://ocsp.int-x3.letsencrypt.org'),
        fix: 'remove the empty entry or set the URL of the CA\'s OCSP responder',
      });
    }
  });
  listField(report, ca.issuingCertificateURLs, { ruleId: 'CM-CA3', path: `${path}.issuingCertificateURLs`, of: 'URLs' }).forEach((url, i) => {
    if ((str(url) ?? '') === '') {
      reportField(report, {
        ruleId: 'CM-CA3',
        path: `${path}.issuingCertificateURLs[${i}]`,
        body: fieldError.invalid('', 'must be a valid URL'),
        fix: 'remove the empty entry or set the URL where the CA certificate is published (Authority Information Access)',
      });
    }
  });
  // CA4: crlDistributionPoints are not checked by cert-manager.
}

/** SS1: cert-manager has no rules for selfSigned (crlDistributionPoints included). */
export function checkSelfSignedIssuer(_report: Reporter, _value: unknown, _path: string): void {}
