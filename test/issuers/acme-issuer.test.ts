import { Duration, JsonPatch } from 'cdk8s';
import { chart, TEST_CA_PEM } from './fixtures';
import {
  AcmeChallengeType,
  AcmeIssuer,
  AzureDnsEnvironment,
  AzureDnsZoneType,
  CnameStrategy,
  Dns01Solver,
  Http01Solver,
  LetsEncryptIssuer,
  Rfc2136Protocol,
  SolverServiceType,
  SolverTaintEffect,
  SolverTolerationOperator,
  TsigAlgorithm,
} from '../../src';
import { objectOf, synthValid } from '../support/schema';
import { synthError } from '../support/synth-error';

/** The solvers of the one ACME (Cluster)Issuer, rendered. */
function solversOf(objects: any[], kind = 'Issuer'): any[] {
  return objectOf(objects, kind).spec.acme.solvers;
}

describe('LetsEncryptIssuer', () => {
  test('production ClusterIssuer with an HTTP-01 ingress solver and a Route53 DNS-01 solver for a zone', () => {
    const c = chart();
    const le = LetsEncryptIssuer.production(c, 'le', {
      cluster: true,
      metadata: { name: 'letsencrypt-prod' },
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    le.addSolver(Dns01Solver.route53({
      region: 'eu-west-1',
      hostedZoneId: 'Z0123456789ABC',
      selector: { dnsZones: ['example.com'] },
    }));
    const objects = synthValid(c);
    const issuer = objectOf(objects, 'ClusterIssuer');
    expect(issuer.metadata).toEqual({ name: 'letsencrypt-prod' });
    expect(issuer.spec).toEqual({
      acme: {
        server: 'https://acme-v02.api.letsencrypt.org/directory',
        email: 'ops@example.com',
        privateKeySecretRef: { name: 'letsencrypt-prod-account-key' },
        solvers: [
          { http01: { ingress: { ingressClassName: 'nginx' } } },
          {
            selector: { dnsZones: ['example.com'] },
            dns01: { route53: { region: 'eu-west-1', hostedZoneID: 'Z0123456789ABC' } },
          },
        ],
      },
    });
    expect(le.publiclyTrusted).toBe(true);
    expect(le.isStaging).toBe(false);
    expect(le.issuerKind).toBe('ClusterIssuer');
    expect(le.privateKeySecretName).toBe('letsencrypt-prod-account-key');
    expect(objects).toMatchSnapshot();
  });

  test('staging uses the staging directory and is still held to public-CA rules', () => {
    const c = chart();
    const le = LetsEncryptIssuer.staging(c, 'le-staging', {
      metadata: { name: 'letsencrypt-staging' },
      email: 'ops@example.com',
      profile: 'tlsserver',
      preferredChain: 'ISRG Root X1',
      privateKeySecretName: 'le-staging-account',
      privateKeySecretKey: 'key.pem',
      disableAccountKeyGeneration: true,
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    le.issue('web', { dnsNames: ['www.example.com'] });
    const objects = synthValid(c);
    expect(objectOf(objects, 'Issuer').spec.acme).toEqual({
      server: 'https://acme-staging-v02.api.letsencrypt.org/directory',
      email: 'ops@example.com',
      privateKeySecretRef: { name: 'le-staging-account', key: 'key.pem' },
      profile: 'tlsserver',
      preferredChain: 'ISRG Root X1',
      disableAccountKeyGeneration: true,
      solvers: [{ http01: { ingress: { ingressClassName: 'nginx' } } }],
    });
    expect(le.isStaging).toBe(true);
    expect(le.publiclyTrusted).toBe(true);
    // A public CA decides the lifetime: no duration.
    expect(objectOf(objects, 'Certificate').spec.duration).toBeUndefined();
    expect(objects).toMatchSnapshot();
  });

  test('issue() makes a Certificate naming the issuer, in a namespaced issuer\'s namespace', () => {
    const c = chart();
    const le = LetsEncryptIssuer.production(c, 'le', {
      metadata: { name: 'letsencrypt', namespace: 'shop' },
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    const cert = le.issue('cert', { dnsNames: ['shop.example.com'] });
    const objects = synthValid(c);
    const certificate = objectOf(objects, 'Certificate');
    expect(certificate.metadata.namespace).toBe('shop');
    expect(cert.namespace).toBe('shop');
    expect(certificate.spec.issuerRef).toEqual({ name: 'letsencrypt', kind: 'Issuer', group: 'cert-manager.io' });
    expect(certificate.spec.dnsNames).toEqual(['shop.example.com']);
    expect(certificate.spec.duration).toBeUndefined();
  });

  test('issue() from a ClusterIssuer names the ClusterIssuer', () => {
    const c = chart();
    const le = LetsEncryptIssuer.production(c, 'le', {
      cluster: true,
      metadata: { name: 'letsencrypt' },
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    le.issue('cert', { dnsNames: ['a.example.com'], metadata: { namespace: 'web' } });
    const certificate = objectOf(synthValid(c), 'Certificate');
    expect(certificate.metadata.namespace).toBe('web');
    expect(certificate.spec.issuerRef).toEqual({ name: 'letsencrypt', kind: 'ClusterIssuer', group: 'cert-manager.io' });
  });
});

describe('AcmeIssuer', () => {
  test('every account field is reachable; caBundle is base64-encoded PEM', () => {
    const c = chart();
    const issuer = new AcmeIssuer(c, 'zerossl', {
      metadata: { name: 'zerossl' },
      server: 'https://acme.zerossl.com/v2/DV90',
      email: 'ops@example.com',
      externalAccountBinding: { keyId: 'kid-123', keySecret: { name: 'zerossl-eab', key: 'secret' } },
      caBundle: TEST_CA_PEM,
      enableDurationFeature: true,
      solvers: [Dns01Solver.cloudflare({ apiToken: { name: 'cf', key: 'token' } })],
    });
    const objects = synthValid(c);
    const acme = objectOf(objects, 'Issuer').spec.acme;
    expect(acme).toEqual({
      server: 'https://acme.zerossl.com/v2/DV90',
      email: 'ops@example.com',
      privateKeySecretRef: { name: 'zerossl-account-key' },
      caBundle: Buffer.from(TEST_CA_PEM).toString('base64'),
      externalAccountBinding: { keyID: 'kid-123', keySecretRef: { name: 'zerossl-eab', key: 'secret' } },
      enableDurationFeature: true,
      solvers: [{ dns01: { cloudflare: { apiTokenSecretRef: { name: 'cf', key: 'token' } } } }],
    });
    expect(Buffer.from(acme.caBundle, 'base64').toString()).toBe(TEST_CA_PEM);
    expect(issuer.publiclyTrusted).toBe(true);
    expect(objects).toMatchSnapshot();
  });

  test('a private ACME server (publiclyTrusted: false) gets certificates with a duration', () => {
    const c = chart();
    const stepCa = new AcmeIssuer(c, 'step', {
      server: 'https://step-ca.pki.svc/acme/acme/directory',
      email: 'ops@example.com',
      caBundle: TEST_CA_PEM,
      publiclyTrusted: false,
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    stepCa.issue('internal', { dnsNames: ['svc.example.internal'] });
    const objects = synthValid(c);
    expect(stepCa.publiclyTrusted).toBe(false);
    expect(objectOf(objects, 'Certificate').spec.duration).toBe('2160h');
  });

  test('solvers added after issue() still appear: addSolver is resolved lazily, in call order', () => {
    const c = chart();
    const issuer = new AcmeIssuer(c, 'acme', {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'ops@example.com',
    });
    issuer.issue('web', { dnsNames: ['*.example.com'] });
    issuer.addSolver(Dns01Solver.cloudDns({ project: 'my-project' }));
    issuer.addSolver(Http01Solver.ingress({ ingressClass: 'azure/application-gateway', selector: { dnsNames: ['a.example.com'] } }));
    const solvers = solversOf(synthValid(c));
    expect(solvers).toEqual([
      { dns01: { cloudDNS: { project: 'my-project' } } },
      { selector: { dnsNames: ['a.example.com'] }, http01: { ingress: { class: 'azure/application-gateway' } } },
    ]);
  });

  test('skipTLSVerify has no prop (its only effect would be to fail); written through the escape hatch, it is refused at synth', () => {
    const c = chart();
    const issuer = new AcmeIssuer(c, 'insecure', {
      server: 'https://acme.example.internal/directory',
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    issuer.apiObject.addJsonPatch(JsonPatch.add('/spec/acme/skipTLSVerify', true));
    expect(synthError(c)).toMatch(/\[test\/insecure\] \[TLS-X1\] spec\.acme\.skipTLSVerify/);
  });

  test('an External Account Binding secret without a key is refused at synth', () => {
    const c = chart();
    new AcmeIssuer(c, 'eab', {
      server: 'https://acme.zerossl.com/v2/DV90',
      email: 'ops@example.com',
      externalAccountBinding: { keyId: 'kid', keySecret: { name: 'eab' } },
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    expect(synthError(c)).toMatch(/\[CM-A6\] spec\.acme\.externalAccountBinding\.keySecretRef\.key/);
  });

  test('a missing e-mail is a warning, which fails synth in error mode', () => {
    const c = chart('error');
    new AcmeIssuer(c, 'anon', {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      solvers: [Http01Solver.ingress({ ingressClassName: 'nginx' })],
    });
    expect(synthError(c)).toMatch(/\[TLS-X13\] spec\.acme\.email/);
  });
});

describe('Http01Solver', () => {
  test('ingress: every field of the pod and ingress templates is reachable', () => {
    const c = chart();
    const solver = Http01Solver.ingress({
      ingressName: 'existing-ingress',
      serviceType: SolverServiceType.NODE_PORT,
      waitInsteadOfSelfCheck: Duration.seconds(30),
      selector: { matchLabels: { solver: 'http' } },
      ingressTemplate: { labels: { team: 'web' }, annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' } },
      podTemplate: {
        labels: { app: 'acme-solver' },
        annotations: { 'sidecar.istio.io/inject': 'false' },
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [
          { key: 'dedicated', operator: SolverTolerationOperator.EQUAL, value: 'ingress', effect: SolverTaintEffect.NO_SCHEDULE },
          { operator: SolverTolerationOperator.EXISTS, effect: SolverTaintEffect.NO_EXECUTE, tolerationSeconds: 60 },
        ],
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } },
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'acme-solver',
        imagePullSecrets: ['registry-creds'],
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 1000,
          runAsGroup: 1000,
          fsGroup: 1000,
          fsGroupChangePolicy: 'OnRootMismatch',
          supplementalGroups: [2000],
          seccompProfile: { type: 'RuntimeDefault' },
          seLinuxOptions: { level: 's0:c123,c456' },
          sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
        },
        resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
      },
    });
    expect(solver.challengeType).toBe(AcmeChallengeType.HTTP01);
    new AcmeIssuer(c, 'acme', { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'ops@example.com', solvers: [solver] });
    const objects = synthValid(c);
    expect(solversOf(objects)).toEqual([{
      selector: { matchLabels: { solver: 'http' } },
      http01: {
        ingress: {
          name: 'existing-ingress',
          serviceType: 'NodePort',
          podTemplate: {
            metadata: { labels: { app: 'acme-solver' }, annotations: { 'sidecar.istio.io/inject': 'false' } },
            spec: {
              nodeSelector: { 'kubernetes.io/os': 'linux' },
              tolerations: [
                { key: 'dedicated', operator: 'Equal', value: 'ingress', effect: 'NoSchedule' },
                { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
              ],
              affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }] } } },
              priorityClassName: 'system-cluster-critical',
              serviceAccountName: 'acme-solver',
              imagePullSecrets: [{ name: 'registry-creds' }],
              securityContext: {
                runAsNonRoot: true,
                runAsUser: 1000,
                runAsGroup: 1000,
                fsGroup: 1000,
                fsGroupChangePolicy: 'OnRootMismatch',
                supplementalGroups: [2000],
                seccompProfile: { type: 'RuntimeDefault' },
                seLinuxOptions: { level: 's0:c123,c456' },
                sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
              },
              resources: { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
            },
          },
          ingressTemplate: { metadata: { labels: { team: 'web' }, annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'false' } } },
        },
      },
      waitInsteadOfSelfCheck: '30s',
    }]);
    expect(objects).toMatchSnapshot();
  });

  test('ingress: more than one of ingressClassName, ingressClass, ingressName can never be right', () => {
    expect(() => Http01Solver.ingress({ ingressClassName: 'nginx', ingressClass: 'nginx' }))
      .toThrow(/ingressClassName and ingressClass .*only one of/);
    expect(() => Http01Solver.ingress({ ingressClassName: 'nginx', ingressName: 'web' })).toThrow(/only one of/);
  });

  test('ingress: an invalid IngressClass name is reported by the rules', () => {
    const c = chart();
    new AcmeIssuer(c, 'acme', {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'ops@example.com',
      solvers: [Http01Solver.ingress({ ingressClassName: 'azure/application-gateway' })],
    });
    expect(synthError(c)).toMatch(/\[CM-A14\] spec\.acme\.solvers\[0\]\.http01\.ingress\.ingressClassName/);
  });

  test('gatewayHttpRoute: parentRefs get an explicit kind; labels, pod template and a zero wait', () => {
    const c = chart();
    const solver = Http01Solver.gatewayHttpRoute({
      parentRefs: [
        { name: 'public', namespace: 'gateways', sectionName: 'http' },
        { name: 'internal', kind: 'Gateway', group: 'gateway.networking.k8s.io', port: 80 },
      ],
      labels: { 'gateway-access': 'public' },
      serviceType: SolverServiceType.CLUSTER_IP,
      podTemplate: { nodeSelector: { 'kubernetes.io/os': 'linux' } },
      waitInsteadOfSelfCheck: Duration.seconds(0),
    });
    new AcmeIssuer(c, 'acme', { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'ops@example.com', solvers: [solver] });
    const objects = synthValid(c);
    expect(solversOf(objects)).toEqual([{
      http01: {
        gatewayHTTPRoute: {
          parentRefs: [
            { kind: 'Gateway', name: 'public', namespace: 'gateways', sectionName: 'http' },
            { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'internal', port: 80 },
          ],
          labels: { 'gateway-access': 'public' },
          serviceType: 'ClusterIP',
          podTemplate: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' } } },
        },
      },
      waitInsteadOfSelfCheck: '0s',
    }]);
    expect(objects).toMatchSnapshot();
  });
});

describe('Dns01Solver', () => {
  test('every in-tree provider renders the fields cert-manager reads', () => {
    const c = chart();
    const sel = (zone: string) => ({ selector: { dnsZones: [zone] } });
    const solvers = [
      Dns01Solver.acmeDns({ host: 'https://auth.acme-dns.io', accountSecret: { name: 'acme-dns', key: 'acmedns.json' }, ...sel('a.example') }),
      Dns01Solver.akamai({
        serviceConsumerDomain: 'akab-xxx.luna.akamaiapis.net',
        clientTokenSecret: { name: 'akamai', key: 'clientToken' },
        clientSecretSecret: { name: 'akamai', key: 'clientSecret' },
        accessTokenSecret: { name: 'akamai', key: 'accessToken' },
        ...sel('b.example'),
      }),
      Dns01Solver.azureDns({
        subscriptionId: 'sub',
        resourceGroupName: 'dns-rg',
        hostedZoneName: 'c.example',
        environment: AzureDnsEnvironment.AZURE_PUBLIC_CLOUD,
        zoneType: AzureDnsZoneType.PRIVATE,
        servicePrincipal: { clientId: 'app-id', tenantId: 'tenant', clientSecret: { name: 'azure-sp', key: 'client-secret' } },
        ...sel('c.example'),
      }),
      Dns01Solver.azureDns({
        subscriptionId: 'sub',
        resourceGroupName: 'dns-rg',
        managedIdentity: { clientId: 'mi-client', tenantId: 'mi-tenant' },
        ...sel('d.example'),
      }),
      Dns01Solver.cloudDns({ project: 'proj', hostedZoneName: 'e-example', serviceAccountSecret: { name: 'gcp', key: 'key.json' }, ...sel('e.example') }),
      Dns01Solver.cloudflare({ apiKey: { name: 'cf', key: 'api-key' }, email: 'dns@example.com', ...sel('f.example') }),
      Dns01Solver.digitalOcean({ tokenSecret: { name: 'do', key: 'token' }, ...sel('g.example') }),
      Dns01Solver.rfc2136({
        nameserver: '[2001:db8::53]:53',
        tsigKeyName: 'acme-key',
        tsigAlgorithm: TsigAlgorithm.HMAC_SHA256,
        tsigSecret: { name: 'tsig', key: 'secret' },
        protocol: Rfc2136Protocol.TCP,
        ...sel('h.example'),
      }),
      Dns01Solver.route53({
        region: 'us-east-1',
        role: 'arn:aws:iam::123456789012:role/dns',
        serviceAccount: { name: 'cert-manager-route53', audiences: ['sts.amazonaws.com'] },
        ...sel('i.example'),
      }),
      Dns01Solver.route53({
        accessKeyIdSecret: { name: 'aws', key: 'access-key-id' },
        secretAccessKeySecret: { name: 'aws', key: 'secret-access-key' },
        ...sel('j.example'),
      }),
      Dns01Solver.route53({
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKeySecret: { name: 'aws', key: 'secret-access-key' },
        ...sel('k.example'),
      }),
      Dns01Solver.webhook({
        groupName: 'acme.hetzner.example',
        solverName: 'hetzner',
        config: { secretName: 'hetzner', zoneName: 'l.example', apiUrl: 'https://dns.hetzner.com/api/v1' },
        cnameStrategy: CnameStrategy.FOLLOW,
        waitInsteadOfSelfCheck: Duration.minutes(2),
        ...sel('l.example'),
      }),
    ];
    for (const s of solvers) expect(s.challengeType).toBe(AcmeChallengeType.DNS01);
    new AcmeIssuer(c, 'acme', { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'ops@example.com', solvers });
    const objects = synthValid(c);
    const dns01 = solversOf(objects).map((s: any) => s.dns01);
    expect(dns01).toEqual([
      { acmeDNS: { host: 'https://auth.acme-dns.io', accountSecretRef: { name: 'acme-dns', key: 'acmedns.json' } } },
      {
        akamai: {
          serviceConsumerDomain: 'akab-xxx.luna.akamaiapis.net',
          clientTokenSecretRef: { name: 'akamai', key: 'clientToken' },
          clientSecretSecretRef: { name: 'akamai', key: 'clientSecret' },
          accessTokenSecretRef: { name: 'akamai', key: 'accessToken' },
        },
      },
      {
        azureDNS: {
          clientID: 'app-id',
          clientSecretSecretRef: { name: 'azure-sp', key: 'client-secret' },
          tenantID: 'tenant',
          subscriptionID: 'sub',
          resourceGroupName: 'dns-rg',
          hostedZoneName: 'c.example',
          environment: 'AzurePublicCloud',
          zoneType: 'AzurePrivateZone',
        },
      },
      { azureDNS: { subscriptionID: 'sub', resourceGroupName: 'dns-rg', managedIdentity: { clientID: 'mi-client', tenantID: 'mi-tenant' } } },
      { cloudDNS: { project: 'proj', hostedZoneName: 'e-example', serviceAccountSecretRef: { name: 'gcp', key: 'key.json' } } },
      { cloudflare: { email: 'dns@example.com', apiKeySecretRef: { name: 'cf', key: 'api-key' } } },
      { digitalocean: { tokenSecretRef: { name: 'do', key: 'token' } } },
      {
        rfc2136: {
          nameserver: '[2001:db8::53]:53',
          tsigKeyName: 'acme-key',
          tsigAlgorithm: 'HMACSHA256',
          tsigSecretSecretRef: { name: 'tsig', key: 'secret' },
          protocol: 'TCP',
        },
      },
      {
        route53: {
          region: 'us-east-1',
          role: 'arn:aws:iam::123456789012:role/dns',
          auth: { kubernetes: { serviceAccountRef: { name: 'cert-manager-route53', audiences: ['sts.amazonaws.com'] } } },
        },
      },
      {
        route53: {
          accessKeyIDSecretRef: { name: 'aws', key: 'access-key-id' },
          secretAccessKeySecretRef: { name: 'aws', key: 'secret-access-key' },
        },
      },
      { route53: { accessKeyID: 'AKIAIOSFODNN7EXAMPLE', secretAccessKeySecretRef: { name: 'aws', key: 'secret-access-key' } } },
      {
        cnameStrategy: 'Follow',
        webhook: {
          groupName: 'acme.hetzner.example',
          solverName: 'hetzner',
          config: { secretName: 'hetzner', zoneName: 'l.example', apiUrl: 'https://dns.hetzner.com/api/v1' },
        },
      },
    ]);
    const last = solversOf(objects)[11];
    expect(last.selector).toEqual({ dnsZones: ['l.example'] });
    expect(last.waitInsteadOfSelfCheck).toBe('2m');
    expect(objects).toMatchSnapshot();
  });

  test('route53 with nothing set uses ambient credentials: an empty provider', () => {
    const c = chart();
    new AcmeIssuer(c, 'acme', { server: 'https://acme-v02.api.letsencrypt.org/directory', email: 'ops@example.com', solvers: [Dns01Solver.route53()] });
    expect(solversOf(synthValid(c))).toEqual([{ dns01: { route53: {} } }]);
  });

  test('mutually exclusive credentials can never be right', () => {
    expect(() => Dns01Solver.cloudflare({ apiToken: { name: 'cf', key: 't' }, apiKey: { name: 'cf', key: 'k' }, email: 'a@example.com' }))
      .toThrow(/apiToken and apiKey were both given/);
    expect(() => Dns01Solver.route53({ accessKeyId: 'AKIA', accessKeyIdSecret: { name: 'aws', key: 'id' } }))
      .toThrow(/accessKeyId and accessKeyIdSecret were both given/);
    expect(() => Dns01Solver.azureDns({
      subscriptionId: 's',
      resourceGroupName: 'rg',
      servicePrincipal: { clientId: 'c', tenantId: 't', clientSecret: { name: 'sp', key: 'k' } },
      managedIdentity: {},
    })).toThrow(/servicePrincipal and managedIdentity were both given/);
  });

  test('an unbracketed IPv6 RFC 2136 nameserver fails synth with the rule id', () => {
    const c = chart();
    new AcmeIssuer(c, 'acme', {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'ops@example.com',
      solvers: [Dns01Solver.rfc2136({ nameserver: '2001:db8::1', tsigKeyName: 'k', tsigAlgorithm: TsigAlgorithm.HMAC_SHA256, tsigSecret: { name: 'tsig', key: 'secret' } })],
    });
    expect(synthError(c)).toMatch(/\[test\/acme\] \[CM-D26\] spec\.acme\.solvers\[0\]\.dns01\.rfc2136\.nameserver/);
  });

  test('weak or broad credentials are warned (and fail synth in error mode)', () => {
    const c = chart('error');
    new AcmeIssuer(c, 'acme', {
      server: 'https://acme-v02.api.letsencrypt.org/directory',
      email: 'ops@example.com',
      solvers: [
        Dns01Solver.cloudflare({ apiKey: { name: 'cf', key: 'api-key' }, email: 'dns@example.com', selector: { dnsZones: ['a.example'] } }),
        Dns01Solver.route53({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKeySecret: { name: 'aws', key: 's' }, selector: { dnsZones: ['b.example'] } }),
        Dns01Solver.rfc2136({ nameserver: '10.0.0.53', tsigKeyName: 'k', tsigAlgorithm: TsigAlgorithm.HMAC_MD5, tsigSecret: { name: 'tsig', key: 's' } }),
      ],
    });
    const message = synthError(c);
    expect(message).toMatch(/\[TLS-X7\]/);
    expect(message).toMatch(/\[TLS-X8\]/);
    expect(message).toMatch(/\[TLS-X6\]/);
  });
});
