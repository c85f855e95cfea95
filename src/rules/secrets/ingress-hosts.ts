// TLS-P7 across objects: an Ingress serving a host with a hand-made Secret whose certificate does
// not cover it. (Secrets cert-manager fills are empty in the manifests and passed over.)
import { X509Certificate } from 'crypto';
import { TLS_SECRET_TYPE, isSopsEncrypted, secretEntry, tlsCertificates } from './tls-secret';
import { coversHost, parseSubjectAltName } from './x509';
import { apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';
import { CrossCheck } from '../rule';

const key = (namespace: string, name: string): string => `${namespace}/${name}`;

export const INGRESS_HOST_COVERAGE: CrossCheck = (ctx, reporterFor) => {
  const leaves = new Map<string, X509Certificate>();
  for (const obj of ctx.objects) {
    if (apiGroupOf(obj) !== '' || kindOf(obj) !== 'Secret' || obj.type !== TLS_SECRET_TYPE || isSopsEncrypted(obj)) continue;
    const chain = tlsCertificates(undefined, secretEntry(obj, 'tls.crt'));
    const md = metadataOf(obj);
    if (chain) leaves.set(key(md.namespace ?? '', md.name), chain[0]);
  }
  if (leaves.size === 0) return;
  for (const ingress of ctx.objects) {
    if (apiGroupOf(ingress) !== 'networking.k8s.io' || kindOf(ingress) !== 'Ingress') continue;
    const namespace = metadataOf(ingress).namespace ?? '';
    list(record(ingress.spec).tls).forEach((entry, i) => {
      const secretName = str(record(entry).secretName);
      const leaf = secretName ? leaves.get(key(namespace, secretName)) : undefined;
      if (!leaf) return;
      list(record(entry).hosts).forEach((host, j) => {
        if (typeof host !== 'string' || coversHost(leaf, host)) return;
        const path = `spec.tls[${i}].hosts[${j}]`;
        const sans = parseSubjectAltName(leaf.subjectAltName);
        const names = [...sans.dns, ...sans.ip];
        reporterFor(ingress).error('TLS-P7', path, `${path}: host "${host}" is served with Secret "${secretName}", whose certificate's subject alternative names `
          + `(${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'}) do not cover it; clients will reject it; `
          + `issue a certificate whose SANs include "${host}", or serve the host with another Secret`);
      });
    });
  }
};
