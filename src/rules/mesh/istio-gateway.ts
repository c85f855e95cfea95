// Istio's own Gateway (networking.istio.io): what istiod's validating webhook refuses in a
// server's TLS settings (TLS-M11, pkg/config/validation/validation.go validateServer and
// validateTLSOptions at 1.30.3), HTTP servers that do not redirect to their HTTPS twin (TLS-M12),
// and TLS versions below 1.2 (TLS-M13).
import { KubeObject, isRecord, list, record, str } from '../object';
import { Reporter } from '../report';
import { ObjectCheck } from '../rule';
import { isPlaceholder } from '../util/placeholder';

const TERMINATING_MODES = ['SIMPLE', 'MUTUAL', 'OPTIONAL_MUTUAL'];
const WEAK_VERSIONS = ['TLSV1_0', 'TLSV1_1'];
const ISTIO_WEBHOOK = 'istiod\'s validating webhook refuses the Gateway';

/** Istio's protocol.Parse is case-insensitive; HTTPS and TLS terminate or pass TLS, HTTP-like ones are plain. */
function protocolOf(server: Record<string, any>): { tls: boolean; http: boolean } {
  const p = (str(record(server.port).protocol) ?? '').toUpperCase();
  return { tls: p === 'HTTPS' || p === 'TLS', http: ['HTTP', 'HTTP2', 'HTTP_PROXY', 'GRPC', 'GRPC-WEB'].includes(p) };
}

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** TLS-M11: a terminating TLS server needs its certificate from somewhere. */
function checkCertificateSource(report: Reporter, server: Record<string, any>, at: string): void {
  const { tls: isTls } = protocolOf(server);
  if (isTls && !isRecord(server.tls)) {
    report.error('TLS-M11', `${at}.tls`, `${at}.tls: server must have TLS settings for HTTPS/TLS protocols (${ISTIO_WEBHOOK}); `
      + 'add tls: { mode: SIMPLE, credentialName: <Secret in the gateway\'s namespace> }');
    return;
  }
  const tls = record(server.tls);
  const mode = str(tls.mode);
  if (!mode || !TERMINATING_MODES.includes(mode)) return;
  if (nonEmpty(tls.credentialName) || list(tls.credentialNames).length > 0) return;
  const certificates = list(tls.tlsCertificates).map(record);
  const files = certificates.length > 0 ? certificates : [{ serverCertificate: tls.serverCertificate, privateKey: tls.privateKey }];
  const prefix = mode === 'SIMPLE' ? 'SIMPLE TLS' : 'MUTUAL TLS';
  const missing: string[] = [];
  if (files.some((f) => !nonEmpty(f.serverCertificate))) missing.push(`${prefix} requires a server certificate`);
  if (files.some((f) => !nonEmpty(f.privateKey))) missing.push(`${prefix} requires a private key`);
  if (mode !== 'SIMPLE' && !nonEmpty(tls.caCertificates)) missing.push(`${prefix} requires a client CA bundle`);
  if (missing.length === 0) return;
  report.error('TLS-M11', `${at}.tls`, `${at}.tls: ${missing.join('; ')} (${ISTIO_WEBHOOK}); `
    + 'set credentialName to a kubernetes.io/tls Secret in the gateway workload\'s namespace (a cert-manager Certificate\'s secretName), '
    + 'which also carries ca.crt for MUTUAL');
}

/** TLS-M13: TLS 1.0 and 1.1 are broken and refused by modern clients; Istio's default minimum is 1.2. */
function checkMinVersion(report: Reporter, server: Record<string, any>, at: string): void {
  const version = str(record(server.tls).minProtocolVersion);
  if (!version || !WEAK_VERSIONS.includes(version)) return;
  const path = `${at}.tls.minProtocolVersion`;
  report.warning('TLS-M13', path, `${path}: ${version} lets clients negotiate TLS below 1.2, which is deprecated (RFC 8996) and open to downgrade attacks; `
    + 'remove it (Istio\'s default minimum is TLSV1_2) or set TLSV1_3');
}

/** The hosts a server answers, for matching an HTTP server with its HTTPS twin ("ns/host" kept as written). */
const hostsOf = (server: Record<string, any>): string[] => list(server.hosts).filter((h): h is string => typeof h === 'string');

/**
 * TLS-M12: an HTTP server next to an HTTPS server for the same hosts should redirect to it;
 * without httpsRedirect the same hosts are also served in plain text. httpsRedirect on a server
 * that is not HTTP does nothing (istiod warns about it).
 */
function checkRedirects(report: Reporter, servers: Record<string, any>[]): void {
  const tlsHosts = new Set(servers.filter((s) => protocolOf(s).tls).flatMap(hostsOf));
  servers.forEach((server, i) => {
    const at = `spec.servers[${i}]`;
    const { http, tls } = protocolOf(server);
    const redirect = record(server.tls).httpsRedirect === true;
    if (redirect && !http) {
      report.warning('TLS-M12', `${at}.tls.httpsRedirect`, `${at}.tls.httpsRedirect: tls.httpsRedirect should only be used with http servers (istiod warns and ignores it on `
        + `${tls ? 'an HTTPS/TLS' : 'this'} server); set it on the port 80 HTTP server instead`);
      return;
    }
    if (!http || redirect) return;
    const twins = hostsOf(server).filter((h) => !isPlaceholder(h) && tlsHosts.has(h));
    if (twins.length === 0) return;
    const path = `${at}.tls.httpsRedirect`;
    report.warning('TLS-M12', path, `${path}: unset, so this HTTP server serves ${twins.map((h) => JSON.stringify(h)).join(', ')} in plain text `
      + 'although an HTTPS server of this Gateway serves the same hosts; set tls: { httpsRedirect: true } on it so clients are sent to HTTPS');
  });
}

const checkIstioGateway: ObjectCheck = (obj: KubeObject, report: Reporter) => {
  const servers = list(record(obj.spec).servers).map(record);
  servers.forEach((server, i) => {
    const at = `spec.servers[${i}]`;
    checkCertificateSource(report, server, at);
    checkMinVersion(report, server, at);
  });
  checkRedirects(report, servers);
};

export const ISTIO_GATEWAY_CHECKS: readonly ObjectCheck[] = [checkIstioGateway];
