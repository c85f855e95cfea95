import { cdk8s, javascript } from 'projen';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'cdk8s-tls',
  description: 'TLS on Kubernetes, correct by construction: cert-manager, trust-manager, Ingress, Gateway API, mesh and alerting constructs for cdk8s, validated at synth.',
  author: 'cdk8s-tls developers',
  authorAddress: 'cdk8s-tls@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdk8s-tls/cdk8s-tls.git',
  license: 'Apache-2.0',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,

  cdk8sVersion: '2.70.106',
  constructsVersion: '10.4.2',
  jsiiVersion: '~6.0.0',

  // No network here for GitHub workflows, releases or dependency upgrades.
  github: false,
  release: false,
  depsUpgrade: false,
  // JS only on this machine; the API stays jsii-clean so other targets can be switched on elsewhere.
  // (python/java/go/dotnet packaging needs registries this machine cannot reach.)

  peerDeps: ['cdk8s-plus-27@^2.9.5'],
  // `yaml` parses multi-document YAML with line numbers for `cdk8s-tls audit`; bundled because
  // jsii libraries may only depend on other jsii libraries at runtime.
  // `ajv` validates Helm values against a chart's own values.schema.json (JSON Schema with $refs)
  // before `helm template` runs, so a bad value gets our message instead of helm's.
  bundledDeps: ['yaml@^2.9.1', 'ajv@^8.20.0'],
  devDeps: [
    'cdk8s-cli@2.207.60', // `cdk8s import` of the pinned CRDs and `cdk8s synth` of the examples
    'kubernetes-models@^4.5.1', // core Kubernetes schema checks in the test helper (v5 is ESM-only, needs Node 22)
    'fast-check@^4.10.2', // property-based tests
    'ts-node@^10.9.2',
  ],

  bin: { 'cdk8s-tls': 'lib/src/cli/main.js' },
  entrypoint: 'lib/src/index.js',
  entrypointTypes: 'lib/src/index.d.ts',

  tsconfig: {
    compilerOptions: { rootDir: '.' },
    include: ['imports/**/*.ts'],
  },
  // test/tsconfig.json: paths are relative to test/; it type-checks the tests, the library and the examples.
  tsconfigDev: {
    compilerOptions: { rootDir: '..' },
    include: ['../src/**/*.ts', '../imports/**/*.ts', '../examples/**/*.ts'],
  },

  jestOptions: {
    // Snapshots never update implicitly: `npx projen test:update` does it on purpose.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testTimeout: 120_000,
      collectCoverage: false,
    },
    // .ci/run reads the real pass/fail counts from this report; no test may be silently absent.
    extraCliOptions: ['--json', '--outputFile=test-reports/jest.json'],
    passWithNoTests: false,
    coverageText: false,
  },

  gitignore: ['.tools/', 'test-reports/', 'examples/*/dist/', '*.cpuprofile'],
  npmIgnoreOptions: { ignorePatterns: ['/crds/', '/charts/', '/examples/', '/scripts/', '/.ci/', '/docs/'] },
});

// Silence jsii's Node 20 end-of-life banner (Node 20 is what this project's machines run).
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// unrs-resolver 1.13 ships only a linux build to the registry we install from; 1.12.2 installs everywhere.
project.package.addPackageResolutions('unrs-resolver@1.12.2');

// The library's own `imports/` are compiled by jsii together with `src/` (rootDir '.').
project.package.addField('jsii', {
  outdir: 'dist',
  targets: {},
  tsc: { outDir: 'lib', rootDir: '.' },
  tsconfig: 'tsconfig.json',
  validateTsconfig: 'strict',
});

project.package.addField('types', 'lib/src/index.d.ts');

// imports/ is the output of `cdk8s import` over the pinned CRDs in crds/; regenerated only here.
project.addTask('import', {
  description: 'Regenerate imports/ from the pinned CRDs in crds/ (cdk8s import, offline)',
  exec: 'node scripts/import-crds.js',
}).exec('node scripts/crd-versions.js');

project.addTask('synth-examples', {
  description: 'Synthesize every app in examples/ into dist/<example>/ with `cdk8s synth`',
  exec: 'bash scripts/synth-examples.sh',
});

// Benchmarks print ratios against baselines measured in the same run (see scripts/bench/harness.ts);
// BENCH_SKIP_SLOW_BASELINE=1 skips the baselines that take minutes.
const bench = project.addTask('bench', {
  description: 'Run the benchmarks (scripts/bench/main.ts) and write dist/bench.json',
  exec: 'ts-node scripts/bench/main.ts',
});
// The "load" case measures require() of the compiled library.
bench.prependSpawn(project.compileTask);

project.synth();
