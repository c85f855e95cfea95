// Vault issuers: cert-manager's ValidateVaultIssuerConfig and ValidateVaultIssuerAuth (VA1-VA17).
import { isSet, record, str } from '../object';
import { Reporter } from '../report';
import { fieldError, reportField } from '../util/field-error';
import { byteFieldSet, caBundleProblem } from '../util/pem';

const text = (value: unknown): string => str(value) ?? '';

const NEXT_RELEASE = ' (cert-manager v1.21.1 accepts it; the next release rejects it)';

// Literal `..` segments only, as cert-manager checks: `a//b` and `a/./b` pass.
function hasDotDotSegment(path: string): boolean {
  return path.split('/').includes('..');
}

function dotDotWarning(report: Reporter, ruleId: string, value: string, path: string, webhookPath?: string): void {
  if (!hasDotDotSegment(value)) return;
  reportField(report, {
    ruleId,
    path,
    webhookPath,
    warning: true,
    body: `${fieldError.invalid(value, "must not contain '..' path segments")}${NEXT_RELEASE}`,
    fix: 'write the Vault path without ".." segments, e.g. pki_int/sign/example-dot-com',
  });
}

function required(report: Reporter, ruleId: string, path: string, fix: string, detail = ''): void {
  reportField(report, { ruleId, path, body: fieldError.required(detail), fix });
}

export function checkVaultIssuer(report: Reporter, value: unknown, path: string): void {
  const vault = record(value);
  if (text(vault.server) === '') required(report, 'CM-VA1', `${path}.server`, 'set the Vault address, e.g. https://vault.example.com:8200');

  const vaultPath = text(vault.path);
  if (vaultPath === '') required(report, 'CM-VA2', `${path}.path`, 'set the PKI signing path, e.g. pki_int/sign/example-dot-com (a role\'s sign endpoint)');
  else dotDotWarning(report, 'CM-VA3', vaultPath, `${path}.path`);

  const caBundle = text(vault.caBundle);
  const hasCaBundle = byteFieldSet(vault.caBundle);
  if (hasCaBundle) {
    const problem = caBundleProblem(caBundle);
    if (problem) {
      reportField(report, {
        ruleId: 'CM-VA4',
        path: `${path}.caBundle`,
        body: fieldError.invalid('<snip>', "cert bundle didn't contain any valid certificates"),
        fix: problem === 'not-base64'
          ? 'caBundle is not base64: the field is bytes (format: byte), so base64-encode the PEM bundle (e.g. `base64 -w0 ca.pem`)'
          : 'set caBundle to the base64 of a PEM bundle holding the CA certificate(s) of the Vault server',
      });
    }
  }
  if (hasCaBundle && isSet(vault.caBundleSecretRef)) {
    const fix = 'keep one: caBundle inline, or caBundleSecretRef to a Secret holding the CA';
    reportField(report, {
      ruleId: 'CM-VA5',
      path: `${path}.caBundle`,
      body: fieldError.invalid('<snip>', 'specified caBundle and caBundleSecretRef cannot be used together'),
      fix,
    });
    reportField(report, {
      ruleId: 'CM-VA5',
      path: `${path}.caBundleSecretRef`,
      body: fieldError.invalid(text(record(vault.caBundleSecretRef).name), 'specified caBundleSecretRef and caBundle cannot be used together'),
      fix,
    });
  }

  const hasClientCert = isSet(vault.clientCertSecretRef);
  const hasClientKey = isSet(vault.clientKeySecretRef);
  if (hasClientCert && !hasClientKey) {
    reportField(report, {
      ruleId: 'CM-VA6',
      path: `${path}.clientKeySecretRef`,
      body: fieldError.invalid('<snip>', 'clientKeySecretRef must be provided when defining the clientCertSecretRef'),
      fix: 'add clientKeySecretRef pointing at the private key of the mTLS client certificate',
    });
  } else if (!hasClientCert && hasClientKey) {
    reportField(report, {
      ruleId: 'CM-VA6',
      path: `${path}.clientCertSecretRef`,
      body: fieldError.invalid('<snip>', 'clientCertSecretRef must be provided when defining the clientKeySecretRef'),
      fix: 'add clientCertSecretRef pointing at the mTLS client certificate',
    });
  }

  checkVaultAuth(report, record(vault.auth), `${path}.auth`);
}

function checkVaultAuth(report: Reporter, auth: Record<string, any>, path: string): void {
  // VA8: several methods at once are allowed for backwards compatibility (the first one wins).
  let methods = 0;
  if (isSet(auth.tokenSecretRef)) methods++;

  if (isSet(auth.appRole)) {
    methods++;
    const appRole = record(auth.appRole);
    if (text(appRole.roleId) === '') required(report, 'CM-VA9', `${path}.appRole.roleId`, 'set the AppRole role_id');
    // The key may be omitted: cert-manager does not check it.
    if (text(record(appRole.secretRef).name) === '') required(report, 'CM-VA9', `${path}.appRole.secretRef.name`, 'name the Secret that holds the AppRole secret_id');
    dotDotWarning(report, 'CM-VA10', text(appRole.path), `${path}.appRole.path`);
  }

  if (isSet(auth.clientCertificate)) {
    methods++;
    dotDotWarning(report, 'CM-VA10', text(record(auth.clientCertificate).mountPath), `${path}.clientCertificate.mountPath`, `${path}.clientCertificate.path`);
  }

  if (isSet(auth.kubernetes)) {
    methods++;
    const kubernetes = record(auth.kubernetes);
    if (text(kubernetes.role) === '') required(report, 'CM-VA11', `${path}.kubernetes.role`, 'set the Vault Kubernetes auth role bound to the ServiceAccount');
    dotDotWarning(report, 'CM-VA10', text(kubernetes.mountPath), `${path}.kubernetes.mountPath`, `${path}.kubernetes.path`);
    let credentials = 0;
    if (text(record(kubernetes.secretRef).name) !== '') credentials++;
    if (isSet(kubernetes.serviceAccountRef)) {
      credentials++;
      if (text(record(kubernetes.serviceAccountRef).name) === '') {
        required(report, 'CM-VA14', `${path}.kubernetes.serviceAccountRef.name`, 'name the ServiceAccount whose bound token cert-manager requests (cert-manager needs RBAC to create its tokens)');
      }
    }
    if (credentials === 0) {
      required(report, 'CM-VA12', `${path}.kubernetes`, 'set serviceAccountRef.name (short-lived bound tokens, preferred) or secretRef to a ServiceAccount token Secret', 'please supply one of: secretRef, serviceAccountRef');
    }
    if (credentials > 1) {
      reportField(report, {
        ruleId: 'CM-VA13',
        path: `${path}.kubernetes`,
        body: fieldError.forbidden('please supply one of: secretRef, serviceAccountRef'),
        fix: 'keep serviceAccountRef (short-lived bound tokens) and remove secretRef',
      });
    }
  }

  if (isSet(auth.aws)) {
    methods++;
    const aws = record(auth.aws);
    if (text(aws.role) === '') required(report, 'CM-VA15', `${path}.aws.role`, 'set the Vault AWS auth role');
    dotDotWarning(report, 'CM-VA10', text(aws.mountPath), `${path}.aws.mountPath`);
    if (isSet(aws.serviceAccountRef)) {
      if (text(record(aws.serviceAccountRef).name) === '') required(report, 'CM-VA16', `${path}.aws.serviceAccountRef.name`, 'name the ServiceAccount annotated for IRSA');
      if (text(aws.iamRoleArn) === '') {
        required(report, 'CM-VA17', `${path}.aws.iamRoleArn`, 'set the ARN of the IAM role the ServiceAccount assumes', 'iamRoleArn is required when using serviceAccountRef for IRSA');
      }
    }
  }

  if (methods === 0) {
    required(report, 'CM-VA7', path, 'configure one auth method: kubernetes with serviceAccountRef (preferred), appRole, clientCertificate, aws or tokenSecretRef', 'please supply one of: appRole, kubernetes, tokenSecretRef, clientCertificate, aws');
  }
}
