// A cdk8s app that uses no cdk8s-tls construct: a cdk8s-plus Deployment and Service, and a
// cert-manager Issuer and Certificate from `cdk8s import`. The cdk8s-tls validation plugin
// (cdk8s.yaml, `validations:`) runs the library's rules on its manifests at `cdk8s synth`.
//
// The planted mistake: an RSA key of 1024 bits, which cert-manager's webhook refuses (CM-C20).
// `cdk8s synth` reports it with the field and the fix, and fails.
import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm, Issuer } from '../../imports/cert-manager.io';

class ShopChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'shop', disableResourceNameHashes: true });

    const web = new kplus.Deployment(this, 'web', {
      containers: [{ image: 'nginx:1.27', portNumber: 8443, securityContext: { ensureNonRoot: false } }],
    });
    const service = web.exposeViaService({ ports: [{ port: 443, targetPort: 8443 }] });

    new Issuer(this, 'ca', {
      metadata: { name: 'shop-ca' },
      spec: { ca: { secretName: 'shop-ca' } },
    });

    new Certificate(this, 'web-tls', {
      metadata: { name: 'web' },
      spec: {
        secretName: 'web-tls',
        issuerRef: { name: 'shop-ca', kind: 'Issuer' },
        dnsNames: [`${service.name}.shop.svc.cluster.local`],
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.RSA, size: 1024 },
      },
    });
  }
}

const app = new App();
new ShopChart(app, 'shop');
app.synth();
