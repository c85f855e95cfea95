// ACME issuers: cert-manager's ValidateACMEIssuerConfig and its solver checks (rules A1-A18), and
// the insecure-but-accepted ACME choices (TLS-X1, TLS-X13).
import { RuleContext } from '../context';
import { isSet, list, record, str } from '../object';
import { Reporter } from '../report';
import { reportInsecureDefault } from '../secure-default';
import { checkDns01, dns01InsecureChoices } from './issuer-dns01';
import { fieldError, listField, reportField, stringer } from '../util/field-error';
import { formatGoDuration, parseGoDuration } from '../util/go-duration';
import { dns1123SubdomainErrors } from '../util/names';
import { byteFieldSet, caBundleProblem } from '../util/pem';
import { checkSecretKeySelector } from '../util/secret-ref';

const text = (value: unknown): string => str(value) ?? '';

export function checkAcmeIssuer(report: Reporter, value: unknown, path: string): void {
  const acme = record(value);
  const caBundle = text(acme.caBundle);
  const hasCaBundle = byteFieldSet(acme.caBundle);

  if (hasCaBundle && acme.skipTLSVerify === true) {
    const detail = 'caBundle and skipTLSVerify are mutually exclusive and cannot both be set';
    const fix = 'keep caBundle, which makes cert-manager trust the ACME server\'s private CA, and remove skipTLSVerify';
    reportField(report, { ruleId: 'CM-A1', path: `${path}.caBundle`, body: fieldError.invalid('', detail), fix });
    reportField(report, { ruleId: 'CM-A1', path: `${path}.skipTLSVerify`, body: fieldError.invalid(true, detail), fix });
  }

  if (hasCaBundle) {
    const problem = caBundleProblem(caBundle);
    if (problem) {
      reportField(report, {
        ruleId: 'CM-A2',
        path: `${path}.caBundle`,
        body: fieldError.invalid('', "cert bundle didn't contain any valid certificates"),
        fix: problem === 'not-base64'
          ? 'caBundle is not base64: the field is bytes (format: byte), so base64-encode the PEM bundle (e.g. `base64 -w0 ca.pem`)'
          : 'set caBundle to the base64 of a PEM bundle holding the CA certificate(s) of the ACME server',
      });
    }
  }

  if (text(record(acme.privateKeySecretRef).name) === '') {
    reportField(report, {
      ruleId: 'CM-A3',
      path: `${path}.privateKeySecretRef.name`,
      body: fieldError.required('private key secret name is a required field'),
      fix: 'name the Secret in which cert-manager stores the ACME account key (it is created if missing)',
    });
  }

  if (text(acme.server) === '') {
    reportField(report, {
      ruleId: 'CM-A4',
      path: `${path}.server`,
      body: fieldError.required('acme server URL is a required field'),
      fix: 'set the ACME directory URL, e.g. https://acme-v02.api.letsencrypt.org/directory (Let\'s Encrypt production)',
    });
  }

  if (isSet(acme.externalAccountBinding)) checkExternalAccountBinding(report, record(acme.externalAccountBinding), `${path}.externalAccountBinding`);

  listField(report, acme.solvers, { ruleId: 'CM-A8', path: `${path}.solvers`, of: 'solvers' })
    .forEach((solver, i) => checkSolver(report, solver, `${path}.solvers[${i}]`));
}

function checkExternalAccountBinding(report: Reporter, eab: Record<string, any>, path: string): void {
  if (text(eab.keyID) === '') {
    reportField(report, {
      ruleId: 'CM-A5',
      path: `${path}.keyID`,
      body: fieldError.required('the keyID field is required when using externalAccountBinding'),
      fix: 'set keyID to the EAB key identifier your ACME CA gave you',
    });
  }
  // Unlike most selectors, the key is required here: cert-manager has no default for it.
  checkSecretKeySelector(report, eab.keySecretRef, { ruleId: 'CM-A6', path: `${path}.keySecretRef`, holds: 'the base64url EAB HMAC key' });
  if (text(eab.keyAlgorithm) !== '') {
    reportField(report, {
      ruleId: 'CM-A7',
      path: `${path}.keyAlgorithm`,
      warning: true,
      body: "ACME issuer spec field 'externalAccount.keyAlgorithm' is deprecated. The value of this field will be ignored.",
      fix: 'remove keyAlgorithm: cert-manager always signs the binding with HS256',
    });
  }
}

function checkSolver(report: Reporter, value: unknown, path: string): void {
  const solver = record(value);
  let types = 0;
  if (isSet(solver.http01)) {
    types++;
    checkHttp01(report, record(solver.http01), `${path}.http01`);
  }
  if (isSet(solver.dns01)) {
    if (types > 0) {
      reportField(report, {
        ruleId: 'CM-A9',
        path,
        body: fieldError.forbidden('may not specify more than one solver type in a single solver'),
        fix: 'split it into two solvers, one with http01 and one with dns01, and tell them apart with selector',
      });
    } else {
      types++;
      checkDns01(report, solver.dns01, `${path}.dns01`);
    }
  }
  if (types === 0) {
    reportField(report, {
      ruleId: 'CM-A8',
      path,
      body: fieldError.required('no solver type configured'),
      fix: 'give the solver an http01 or a dns01 section',
    });
  }

  if (isSet(solver.waitInsteadOfSelfCheck)) {
    const raw = solver.waitInsteadOfSelfCheck;
    const ns = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (ns === undefined) {
      // metav1.Duration fails to decode: the webhook cannot even read the Issuer.
      reportField(report, {
        ruleId: 'CM-A10',
        path: `${path}.waitInsteadOfSelfCheck`,
        body: fieldError.invalid(raw, 'not a Go duration, so cert-manager cannot decode the Issuer'),
        fix: 'write a duration such as 30s or 2m',
      });
    } else if (ns < 0) {
      reportField(report, {
        ruleId: 'CM-A10',
        path: `${path}.waitInsteadOfSelfCheck`,
        body: fieldError.invalid(stringer(formatGoDuration(ns)), 'waitInsteadOfSelfCheck must not be negative'),
        fix: 'use 0s or a positive duration such as 30s',
      });
    }
  }
  // A19: selector (matchLabels, dnsNames, dnsZones) has no webhook rules.
}

function checkHttp01(report: Reporter, http01: Record<string, any>, path: string): void {
  let types = 0;
  if (isSet(http01.ingress)) {
    types++;
    checkHttp01Ingress(report, record(http01.ingress), `${path}.ingress`);
  }
  if (isSet(http01.gatewayHTTPRoute)) {
    types++;
    checkHttp01Gateway(report, record(http01.gatewayHTTPRoute), `${path}.gatewayHTTPRoute`, `${path}.gateway`);
  }
  if (types === 0) {
    reportField(report, {
      ruleId: 'CM-A11',
      path,
      body: fieldError.required('no HTTP01 solver type configured'),
      fix: 'add ingress (an Ingress per challenge) or gatewayHTTPRoute (an HTTPRoute on your Gateway)',
    });
  }
  if (types > 1) {
    reportField(report, {
      ruleId: 'CM-A12',
      path,
      body: fieldError.required('only 1 HTTP01 solver type may be configured'),
      fix: 'keep either ingress or gatewayHTTPRoute; for both, use two solvers told apart with selector',
    });
  }
}

function checkServiceType(report: Reporter, ruleId: string, value: unknown, path: string, webhookPath?: string): void {
  const serviceType = str(value);
  if (serviceType === undefined || serviceType === '' || serviceType === 'ClusterIP' || serviceType === 'NodePort') return;
  reportField(report, {
    ruleId,
    path,
    webhookPath,
    body: fieldError.invalid(serviceType, 'must be empty, "ClusterIP" or "NodePort"'),
    fix: 'use ClusterIP (the usual choice) or NodePort, or leave serviceType out',
  });
}

function checkHttp01Ingress(report: Reporter, ingress: Record<string, any>, path: string): void {
  const chosen = [isSet(ingress.class), isSet(ingress.ingressClassName), text(ingress.name) !== ''].filter(Boolean).length;
  if (chosen > 1) {
    reportField(report, {
      ruleId: 'CM-A13',
      path,
      body: fieldError.forbidden("only one of 'ingressClassName', 'name' or 'class' should be specified"),
      fix: 'keep ingressClassName (a new Ingress of that class), or name (patch an existing Ingress), not several',
    });
  }
  const className = str(ingress.ingressClassName);
  if (className !== undefined) {
    const errors = dns1123SubdomainErrors(className);
    if (errors.length > 0) {
      reportField(report, {
        ruleId: 'CM-A14',
        path: `${path}.ingressClassName`,
        body: fieldError.invalid(className, `must be a valid IngressClass name: ${errors.join(', ')}`),
        fix: 'use the metadata.name of an IngressClass (kubectl get ingressclass); a legacy value such as azure/application-gateway belongs in class instead',
      });
    }
  }
  checkServiceType(report, 'CM-A15', ingress.serviceType, `${path}.serviceType`);
}

function checkHttp01Gateway(report: Reporter, gateway: Record<string, any>, path: string, webhookPath: string): void {
  checkServiceType(report, 'CM-A16', gateway.serviceType, `${path}.serviceType`, `${webhookPath}.serviceType`);
  // cert-manager stops at the first bad parent reference.
  const refs = listField(report, gateway.parentRefs, { ruleId: 'CM-A17', path: `${path}.parentRefs`, of: 'parent references' });
  for (let i = 0; i < refs.length; i++) {
    const ref = record(refs[i]);
    const name = text(ref.name);
    const refPath = `${path}.parentRefs[${i}]`;
    const refWebhookPath = `${webhookPath}.parentRefs[${i}]`;
    if (isSet(ref.kind) && name === '') {
      reportField(report, {
        ruleId: 'CM-A17',
        path: `${refPath}.name`,
        webhookPath: `${refWebhookPath}.name`,
        body: fieldError.required('name is required when kind is specified'),
        fix: 'set name to the Gateway the challenge HTTPRoute attaches to',
      });
      return;
    }
    if (name !== '' && !isSet(ref.kind)) {
      reportField(report, {
        ruleId: 'CM-A18',
        path: `${refPath}.kind`,
        webhookPath: `${refWebhookPath}.kind`,
        body: fieldError.required('kind is required when name is specified'),
        fix: 'write kind: Gateway explicitly: cert-manager\'s validation requires it once name is set (a cluster usually fills in the CRD default Gateway first, but tools that validate the manifest itself do not)',
      });
      return;
    }
  }
}

/** TLS-X1 and TLS-X13: ACME settings the webhook accepts but the library refuses (in an app) or warns about. */
export function acmeInsecureChoices(report: Reporter, ctx: RuleContext, value: unknown, path: string): void {
  const acme = record(value);
  if (acme.skipTLSVerify === true) {
    reportInsecureDefault(report, ctx, 'TLS-X1', `${path}.skipTLSVerify`,
      `${path}.skipTLSVerify: true turns off verification of the ACME server's TLS certificate (cert-manager documents it as INSECURE, for development only), and cdk8s-tls refuses it in an app; remove skipTLSVerify and, for an ACME server with a private CA, set caBundle to the base64 of that CA's PEM`);
  }
  if (text(acme.email) === '') {
    report.warning('TLS-X13', `${path}.email`,
      `${path}.email: not set, so the ACME account has no contact for revocation or policy notices (cert-manager: optional, but strongly recommended); set email to a team mailbox, and alert on expiry from cert-manager's metrics since Let's Encrypt no longer sends expiry e-mails`);
  }
  for (const [i, solver] of list(acme.solvers).entries()) {
    const dns01 = record(solver).dns01;
    if (isSet(dns01)) dns01InsecureChoices(report, dns01, `${path}.solvers[${i}].dns01`);
  }
}
