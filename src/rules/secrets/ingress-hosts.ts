// TLS-P7 across objects: an Ingress serving a host with a hand-made Secret whose certificate does
// not cover it. (Secrets cert-manager fills are empty in the manifests and passed over.)
import { X509Certificate } from 'crypto';
import { TLS_SECRET_TYPE, isSopsEncrypted, secretEntry, tlsCertificates } from './tls-secret';
import { coversHost, parseSubjectAltName } from './x509';
import { namespaceRelation } from '../namespaces';
import { KubeObject, apiGroupOf, kindOf, list, metadataOf, record, str } from '../object';
import { CrossCheck } from '../rule';

/** A hand-made TLS Secret and the leaf certificate it serves. */
interface ServedLeaf {
  readonly secret: KubeObject;
  readonly leaf: X509Certificate;
}

/**
 * Secrets are matched to an Ingress by name and namespace. A namespace-less Ingress and Secret
 * are only known to meet when they come from one file or app (namespaces.ts); otherwise the
 * finding says "may" and is a warning.
 */
export const INGRESS_HOST_COVERAGE: CrossCheck = (ctx, reporterFor) => {
  const byName = new Map<string, ServedLeaf[]>();
  for (const obj of ctx.objects) {
    if (apiGroupOf(obj) !== '' || kindOf(obj) !== 'Secret' || obj.type !== TLS_SECRET_TYPE || isSopsEncrypted(obj)) continue;
    const chain = tlsCertificates(undefined, secretEntry(obj, 'tls.crt'));
    const name = metadataOf(obj).name;
    if (chain) byName.set(name, [...(byName.get(name) ?? []), { secret: obj, leaf: chain[0] }]);
  }
  if (byName.size === 0) return;
  for (const ingress of ctx.objects) {
    if (apiGroupOf(ingress) !== 'networking.k8s.io' || kindOf(ingress) !== 'Ingress') continue;
    list(record(ingress.spec).tls).forEach((entry, i) => {
      const secretName = str(record(entry).secretName);
      const served = (secretName ? byName.get(secretName) ?? [] : [])
        .map((s) => ({ ...s, rel: namespaceRelation(ctx, ingress, s.secret) }))
        .filter((s) => s.rel !== 'different');
      if (served.length === 0) return;
      const certain = served.every((s) => s.rel === 'same');
      list(record(entry).hosts).forEach((host, j) => {
        if (typeof host !== 'string' || served.some((s) => coversHost(s.leaf, host))) return;
        const path = `spec.tls[${i}].hosts[${j}]`;
        const names = served.flatMap((s) => {
          const sans = parseSubjectAltName(s.leaf.subjectAltName);
          return [...sans.dns, ...sans.ip];
        });
        const sans = `(${names.length ? names.map((n) => `"${n}"`).join(', ') : 'none'})`;
        const fix = `issue a certificate whose SANs include "${host}", or serve the host with another Secret`;
        if (certain) {
          reporterFor(ingress).error('TLS-P7', path, `${path}: host "${host}" is served with Secret "${secretName}", whose certificate's subject alternative names `
            + `${sans} do not cover it; clients will reject it; ${fix}`);
        } else {
          reporterFor(ingress).warning('TLS-P7', path, `${path}: host "${host}" may be served with Secret "${secretName}" of another file, whose certificate's subject `
            + `alternative names ${sans} do not cover it; the two are namespace-less (or only one names its namespace), so whether they meet could not be told; `
            + `if they do, clients will reject it; ${fix}`);
        }
      });
    });
  }
};
