// The validation error that the languages' tests expect: the message the TypeScript library gives
// for an RSA 1024 certificate (rule CM-C20), printed on stdout. Each language builds the same chart
// and must get the same rule id and message as an exception of its own.
const { Testing } = require('cdk8s');
const { Certificate, KeyAlgorithm, SelfSignedIssuer } = require('../../lib/src');

const chart = Testing.chart();
const issuer = new SelfSignedIssuer(chart, 'ss');
new Certificate(chart, 'web', { issuer, dnsNames: ['a.example.com'], privateKey: { algorithm: KeyAlgorithm.RSA, size: 1024 } });
try {
  Testing.synth(chart);
} catch (e) {
  process.stdout.write(e.message);
  process.exit(0);
}
process.stderr.write('synth succeeded, expected a validation error\n');
process.exit(1);
