// An X.509 user for kubectl: a CertificateSigningRequest from a CSR whose key never leaves the
// user's laptop, checked at synth (CN = user, O = groups, key strength, signature), with RBAC.
// In your own app, import from 'cdk8s-tls' instead of '../../src'.
//
// The user ran (and kept jane.key):
//   openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout jane.key \
//     -subj "/CN=jane/O=platform-team" -out jane.csr
// After `kubectl apply`: `kubectl certificate approve jane`, then
//   kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt
import * as path from 'path';
import { Chart, Duration } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Pem, TlsApp, UserCertificate } from '../../src';

class KubectlUserChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { namespace: 'platform' });

    const jane = new UserCertificate(this, 'jane', {
      metadata: { name: 'jane' },
      csr: Pem.fromFile(path.join(__dirname, 'jane.csr')),
      user: 'jane',
      groups: ['platform-team'],
      // A client certificate cannot be revoked: short-lived, and requested again when it ends.
      expiration: Duration.hours(12),
    });
    // Read-only everywhere, edit rights in her team's namespace only.
    jane.bindClusterRole(plus.ClusterRole.fromClusterRoleName(this, 'view', 'view'));
    jane.bindRole(plus.ClusterRole.fromClusterRoleName(this, 'edit', 'edit'), { namespace: 'platform' });
  }
}

// TlsApp: cdk8s's App, with a synthesis that validates the app once however many charts it has.
const app = new TlsApp();
new KubectlUserChart(app, 'kubectl-user');
app.synth();
