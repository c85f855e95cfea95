// Venafi / CyberArk issuers: cert-manager's ValidateVenafiIssuerConfig (VE1-VE7).
import { isSet, record, str } from '../object';
import { Reporter } from '../report';
import { fieldError, reportField } from '../util/field-error';
import { byteFieldSet } from '../util/pem';

const text = (value: unknown): string => str(value) ?? '';

export function checkVenafiIssuer(report: Reporter, value: unknown, path: string): void {
  const venafi = record(value);
  if (text(venafi.zone) === '') {
    reportField(report, { ruleId: 'CM-VE1', path: `${path}.zone`, body: fieldError.required(), fix: 'set the policy folder (TPP, e.g. Certificates\\Web) or application\\issuing template (Cloud, NGTS) certificates are requested in' });
  }

  let backends = 0;
  if (isSet(venafi.tpp)) {
    backends++;
    const tpp = record(venafi.tpp);
    if (text(tpp.url) === '') {
      reportField(report, { ruleId: 'CM-VE4', path: `${path}.tpp.url`, body: fieldError.required(), fix: 'set the TPP WebSDK URL, e.g. https://tpp.example.com/vedsdk' });
    }
    // cert-manager does not check that a TPP caBundle holds a certificate (a TODO upstream).
    if (byteFieldSet(tpp.caBundle) && isSet(tpp.caBundleSecretRef)) {
      reportField(report, {
        ruleId: 'CM-VE5',
        path: `${path}.tpp`,
        body: fieldError.forbidden('may not specify more than one of caBundle/caBundleSecretRef as TPP CA Bundle'),
        fix: 'keep one: caBundle inline, or caBundleSecretRef to a Secret holding the CA',
      });
    }
  }
  // VE7: cloud has no webhook rules.
  if (isSet(venafi.cloud)) backends++;
  if (isSet(venafi.ngts)) {
    backends++;
    const ngts = record(venafi.ngts);
    if (text(ngts.tsgID) === '') {
      reportField(report, { ruleId: 'CM-VE6', path: `${path}.ngts.tsgID`, body: fieldError.required(), fix: 'set the Tenant Service Group ID of the NGTS tenant' });
    }
    if (text(record(ngts.credentialsRef).name) === '') {
      reportField(report, { ruleId: 'CM-VE6', path: `${path}.ngts.credentialsRef.name`, body: fieldError.required(), fix: 'name the Secret that holds the NGTS service account credentials' });
    }
  }

  if (backends === 0) {
    reportField(report, { ruleId: 'CM-VE2', path, body: fieldError.required('please supply one of: tpp, cloud, ngts'), fix: 'configure tpp (Trust Protection Platform), cloud (Certificate Manager SaaS) or ngts' });
  }
  if (backends > 1) {
    reportField(report, { ruleId: 'CM-VE3', path, body: fieldError.forbidden('please supply one of: tpp, cloud, ngts'), fix: 'keep one of tpp, cloud and ngts; make one Issuer per backend' });
  }
}
