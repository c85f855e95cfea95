// A user's mistake fails `cdk8s synth` with the construct path, the rule id and the fix, and
// every mistake of the app is reported in one synth.
import { Chart, Duration, JsonPatch, Testing } from 'cdk8s';
import { AcmeIssuer, Certificate, ClusterIssuer, Dns01Solver, Http01Solver, Issuer, KeyAlgorithm, LetsEncryptIssuer, RotationPolicy, SelfSignedIssuer } from '../src';
import { synthValid } from './support/schema';
import { synthErrorOf } from './support/synth-error';
import { NOW_CONTEXT_KEY, WARNINGS_CONTEXT_KEY } from '../src/core/rule-validation';


describe('construct validation', () => {
  test('RSA 1024 names the construct, the rule and the fix', () => {
    const message = synthErrorOf((chart) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      new Certificate(chart, 'web', { issuer, dnsNames: ['a.example.com'], privateKey: { algorithm: KeyAlgorithm.RSA, size: 1024 } });
    });
    expect(message).toMatch(/\[test\/web\] \[CM-C20\] spec\.privateKey\.size: Invalid value: 1024: must be between 2048 and 8192 for rsa keyAlgorithm; .*3072/);
  });

  test('renewBefore not shorter than duration', () => {
    const message = synthErrorOf((chart) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      new Certificate(chart, 'web', { issuer, dnsNames: ['a.example.com'], duration: Duration.days(30), renewBefore: Duration.days(30) });
    });
    expect(message).toMatch(/\[test\/web\] \[CM-C28\] spec\.renewBefore: .*certificate duration 720h0m0s must be greater than renewBefore 720h0m0s/);
  });

  test('a certificate without any name', () => {
    const message = synthErrorOf((chart) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      new Certificate(chart, 'nameless', { issuer });
    });
    expect(message).toMatch(/\[test\/nameless\] \[CM-C11\] .*at least one of commonName .*dnsNames/);
  });

  test('skipTLSVerify is refused', () => {
    const message = synthErrorOf((chart) => {
      new AcmeIssuer(chart, 'acme', {
        server: 'https://acme.internal.example/directory',
        email: 'ops@example.com',
        skipTlsVerify: true,
        solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
      });
    });
    expect(message).toMatch(/\[test\/acme\] \[TLS-X1\] spec\.acme\.skipTLSVerify/);
  });

  test('a wildcard name whose issuer in the same app only has HTTP-01', () => {
    const message = synthErrorOf((chart) => {
      const le = LetsEncryptIssuer.production(chart, 'le', { email: 'ops@example.com', solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })] });
      le.issue('wild', { dnsNames: ['*.example.com'] });
    });
    expect(message).toMatch(/\[test\/wild\] \[TLS-X11\] .*\*\.example\.com/);
    expect(message).toMatch(/DNS-01/);

    const chart = Testing.chart();
    const le = LetsEncryptIssuer.production(chart, 'le', {
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' }), Dns01Solver.cloudflare({ apiToken: { name: 'cf', key: 'token' }, selector: { dnsZones: ['example.com'] } })],
    });
    le.issue('wild', { dnsNames: ['*.example.com'] });
    expect(() => synthValid(chart)).not.toThrow();
  });

  test('an escape-hatch patch is checked too', () => {
    const message = synthErrorOf((chart) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      const cert = new Certificate(chart, 'web', { issuer, dnsNames: ['a.example.com'] });
      cert.apiObject.addJsonPatch(JsonPatch.replace('/spec/privateKey/size', 200));
    });
    expect(message).toMatch(/\[test\/web\] \[CM-C21\] spec\.privateKey\.size/);
  });

  test('every mistake of the app is reported in one synth', () => {
    const message = synthErrorOf((chart) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      new Certificate(chart, 'one', { issuer, dnsNames: ['bad_name.example.com'] });
      // With a duration (private CA default) the webhook's own rule applies; without one, ours.
      new Certificate(chart, 'two', { issuer, dnsNames: ['a.example.com'], renewBeforePercentage: 100 });
      const publicCa = ClusterIssuer.fromName(chart, 'le', 'letsencrypt', { publiclyTrusted: true });
      new Certificate(chart, 'three', { issuer: publicCa, dnsNames: ['b.example.com'], renewBeforePercentage: 0 });
    });
    expect(message).toMatch(/\[test\/one\] \[TLS-N1\]/);
    expect(message).toMatch(/\[test\/two\] \[CM-C29\] spec\.renewBeforePercentage: Invalid value: 100/);
    // Accepted and then ignored by cert-manager: a warning, which does not fail synth.
    expect(message).not.toMatch(/\[test\/three\] \[TLS-C30\]/);
  });

  test('an issuer the app does not define must be declared with fromName', () => {
    const message = synthErrorOf((chart) => {
      const other = Testing.chart();
      const elsewhere = new SelfSignedIssuer(other, 'elsewhere', { metadata: { name: 'team-ca', namespace: 'team-a' } });
      new Certificate(chart, 'web', { issuer: elsewhere, dnsNames: ['a.example.com'] });
    });
    expect(message).toMatch(/\[test\/web\] \[TLS-REF1\]/);

    const chart = Testing.chart();
    new Certificate(chart, 'a', { issuer: ClusterIssuer.fromName(chart, 'le', 'letsencrypt-prod'), dnsNames: ['a.example.com'] });
    new Certificate(chart, 'b', { issuer: Issuer.fromName(chart, 'team', 'team-ca'), dnsNames: ['b.example.com'] });
    expect(() => synthValid(chart)).not.toThrow();
  });

  test('warnings fail synth only when the app asks for it', () => {
    const build = (chart: ReturnType<typeof Testing.chart>) => {
      const issuer = new SelfSignedIssuer(chart, 'ss');
      new Certificate(chart, 'sticky', { issuer, dnsNames: ['a.example.com'], privateKey: { rotationPolicy: RotationPolicy.NEVER } });
    };
    const relaxed = Testing.chart();
    relaxed.node.setContext(WARNINGS_CONTEXT_KEY, 'silent');
    build(relaxed);
    expect(() => synthValid(relaxed)).not.toThrow();

    const strict = Testing.app();
    strict.node.setContext(WARNINGS_CONTEXT_KEY, 'error');
    const chart = new Chart(strict, 'strict');
    build(chart);
    expect(() => Testing.synth(chart)).toThrow(/\[strict\/sticky\] \[TLS-X2\]/);
  });

  test('an unknown cdk8s-tls:warnings value is refused with the accepted ones', () => {
    const app = Testing.app();
    app.node.setContext(WARNINGS_CONTEXT_KEY, 'errors');
    const chart = new Chart(app, 'typo');
    new Certificate(chart, 'web', { issuer: new SelfSignedIssuer(chart, 'ss'), dnsNames: ['a.example.com'] });
    expect(() => Testing.synth(chart)).toThrow('app context "cdk8s-tls:warnings" is "errors"; use one of "print", "error", "silent" '
      + '(print: warnings and notes go to stderr, the default; error: warnings fail synth; silent: neither is shown)');
  });

  test('infos are printed as notes and never fail synth, not even with warnings as errors', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const mode of ['print', 'error']) {
        const app = Testing.app();
        app.node.setContext(WARNINGS_CONTEXT_KEY, mode);
        const chart = new Chart(app, `flux-${mode}`);
        // A Flux post-build variable filled in after synth: the name cannot be checked here.
        new Certificate(chart, 'web', { issuer: new SelfSignedIssuer(chart, 'ss'), dnsNames: ['app.${SECRET_DOMAIN}'] });
        expect(() => synthValid(chart)).not.toThrow();
      }
      const notes = write.mock.calls.map(([text]) => String(text)).filter((t) => t.startsWith('cdk8s-tls note: '));
      expect(notes).toHaveLength(2);
      expect(notes[0]).toMatch(/^cdk8s-tls note: \[flux-print\/web\] \[TLS-PLACEHOLDER\] this field holds a placeholder filled in after this YAML is written .*spec\.dnsNames\[0\] \("app\.\$\{SECRET_DOMAIN\}"\)/);
    } finally {
      write.mockRestore();
    }
  });
});

test('an existing public issuer declared with fromName gets the CA/Browser Forum lifetime limit', () => {
  const app = Testing.app();
  app.node.setContext(NOW_CONTEXT_KEY, '2027-06-01T00:00:00Z');
  const chart = new Chart(app, 'test');
  const le = ClusterIssuer.fromName(chart, 'le', 'letsencrypt-prod', { publiclyTrusted: true });
  new Certificate(chart, 'long', { issuer: le, dnsNames: ['a.example.com'], duration: Duration.days(120) });
  expect(() => Testing.synth(chart)).toThrow(/\[test\/long\] \[TLS-X10\] spec\.duration: 2880h .* longer than the 100 days .*ClusterIssuer "letsencrypt-prod"/);

  const ok = Testing.chart();
  const private_ = ClusterIssuer.fromName(ok, 'ca', 'internal-ca');
  new Certificate(ok, 'long', { issuer: private_, dnsNames: ['a.example.com'], duration: Duration.days(120) });
  expect(() => synthValid(ok)).not.toThrow();
});
