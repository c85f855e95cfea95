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

  // Python, Java and Go packages (jsii-pacmak, `npx projen package-all`), named the way each
  // ecosystem expects. .NET stays off: no .NET SDK here; the API is kept clean for it.
  publishToPypi: { distName: 'cdk8s-tls', module: 'cdk8s_tls' },
  publishToMaven: {
    javaPackage: 'io.github.cdk8s_tls',
    mavenGroupId: 'io.github.cdk8s-tls',
    mavenArtifactId: 'cdk8s-tls',
  },
  publishToGo: { moduleName: 'github.com/cdk8s-tls/cdk8s-tls-go', packageName: 'cdk8stls' },

  peerDeps: ['cdk8s-plus-27@^2.9.5'],
  // `yaml` parses multi-document YAML with line numbers for `cdk8s-tls audit`; bundled because
  // jsii libraries may only depend on other jsii libraries at runtime.
  // `ajv` validates Helm values against a chart's own values.schema.json (JSON Schema with $refs)
  // before `helm template` runs, so a bad value gets our message instead of helm's.
  // `@bufbuild/cel` evaluates the CRDs' x-kubernetes-validations (CEL) rules in the CRD-SCHEMA rule,
  // as the API server does: a conformance-tested CEL implementation with an RE2 engine for
  // `matches()`, instead of an evaluator of our own. `@bufbuild/protobuf` is its peer dependency;
  // `@bufbuild/re2` (its regex engine) is named so the engine can keep compiled patterns.
  bundledDeps: ['yaml@^2.9.1', 'ajv@^8.20.0', '@bufbuild/cel@^0.6.1', '@bufbuild/protobuf@^2.6.2', '@bufbuild/re2@^0.6.1'],
  devDeps: [
    'cdk8s-cli@2.207.60', // `cdk8s import` of the pinned CRDs and `cdk8s synth` of the examples
    'kubernetes-models@^4.5.1', // core Kubernetes schema checks in the test helper (v5 is ESM-only, needs Node 22)
    'fast-check@^4.10.2', // property-based tests
    'ts-node@^10.9.2',
    '@microsoft/jest-sarif@1.0.0-beta.0', // ships the official SARIF 2.1.0 JSON schema the audit tests validate against
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
    // ts-jest reads this file: isolatedModules makes it transpile each file on its own, without a
    // type check per test worker. The types of tests, library and examples are checked once, by
    // the `typecheck` step of the test task.
    compilerOptions: { rootDir: '..', isolatedModules: true },
    include: ['../src/**/*.ts', '../imports/**/*.ts', '../examples/**/*.ts'],
  },

  jestOptions: {
    // Snapshots never update implicitly: `npx projen test:update` does it on purpose.
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The slowest test takes about 5 s on an idle two-core machine and 25 s with the machine
      // shared eight ways; a test that needs more says so itself (examples: the CLI syntheses).
      testTimeout: 60_000,
      // Two workers on two cores (jest's default, one fewer than the cores, runs in band).
      maxWorkers: '100%',
      testSequencer: '<rootDir>/test/support/sequencer.js',
      setupFiles: ['<rootDir>/test/support/transpile-only.js'],
      collectCoverage: false,
    },
    // .ci/run reads the real pass/fail counts from this report; no test may be silently absent.
    extraCliOptions: ['--json', '--outputFile=test-reports/jest.json'],
    passWithNoTests: false,
    coverageText: false,
  },

  gitignore: ['.tools/', 'test-reports/', 'examples/*/dist/', '*.cpuprofile', '.venv/', 'target/', '__pycache__/', '.pytest_cache/'],
  npmIgnoreOptions: { ignorePatterns: ['/crds/', '/charts/', '/examples/', '/scripts/', '/.ci/', '/docs/', '/.venv/', '/.tools/'] },
});

// Silence jsii's Node 20 end-of-life banner (Node 20 is what this project's machines run).
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');

// unrs-resolver 1.13 ships only a linux build to the registry we install from; 1.12.2 installs everywhere.
project.package.addPackageResolutions('unrs-resolver@1.12.2');

// The library's own `imports/` are compiled by jsii together with `src/` (rootDir '.'); the rest of
// the jsii field (targets, outdir, tsconfig) is projen's.
project.package.file.addOverride('jsii.tsc', { outDir: 'lib', rootDir: '.' });

project.package.addField('types', 'lib/src/index.d.ts');

// The jsii kernel of every other language unpacks the npm tarball itself and runs a `bin` script
// directly (pip's `cdk8s-tls` command does), so the script must be executable in the tarball.
project.compileTask.exec('chmod +x lib/src/cli/main.js');

// Java and Go packages depend on cdk8s and cdk8s-plus-27 bindings that those registries may not
// serve; the script makes them available first (see its header).
for (const language of ['java', 'go']) {
  project.tasks.tryFind(`package:${language}`)!.prependExec(`bash scripts/languages/cdk8s-bindings.sh ${language}`);
}

// docs/api/{python,java,go}.md next to API.md (TypeScript), regenerated with it after each compile.
const docgenLanguages = project.addTask('docgen:languages', {
  description: 'Generate the API reference for Python, Java and Go into docs/api/ (jsii-docgen)',
  exec: 'node scripts/languages/docgen.js',
});
project.postCompileTask.spawn(docgenLanguages);

// The README's test command ends with this: the four packages from lib/, then pytest, JUnit 5
// (Maven Surefire) and `go test` on the Python, Java and Go examples and the packages.
project.addTask('test:languages', {
  description: 'Build the JavaScript, Python, Java and Go packages and run the language tests (needs compile)',
  exec: 'bash scripts/languages/test.sh',
});

// imports/ is the output of `cdk8s import` over the pinned CRDs in crds/; regenerated only here.
project.addTask('import', {
  description: 'Regenerate imports/ from the pinned CRDs in crds/ (cdk8s import, offline)',
  exec: 'node scripts/import-crds.js',
}).exec('node scripts/crd-versions.js');

// ts-jest only transpiles (isolatedModules above) and ts-node synthesizes the examples
// transpile-only, so type errors in tests and examples fail here, once per run.
const typecheck = project.addTask('typecheck', {
  description: 'Type-check the tests, the library and the examples (test/tsconfig.json)',
  exec: 'tsc --noEmit -p test/tsconfig.json',
});
project.testTask.spawn(typecheck);

// TlsApp follows cdk8s's synthesis byte for byte: its contract test runs against the newest cdk8s
// 2.x of the npm registry too (installed into a temporary folder), so a cdk8s release that breaks
// the contract fails the suite before the project moves its pin.
const cdk8sLatest = project.addTask('test:cdk8s-latest', {
  description: "Run TlsApp's cdk8s contract test against the newest cdk8s 2.x of the npm registry",
  exec: 'bash scripts/cdk8s-latest.sh',
});
project.testTask.spawn(cdk8sLatest);

// docs/rules.md is generated from the rule catalogue; a test fails when the committed file is stale.
project.addTask('rules-doc', {
  description: 'Regenerate docs/rules.md from the rule catalogue (src/rules/catalogue)',
  exec: 'ts-node --transpile-only scripts/rules-doc.ts',
});

// The TLS graph picture in docs/graphs (needs Graphviz's `dot`); a test fails when it is stale.
project.addTask('graph-doc', {
  description: 'Render the TLS graph of examples/webhook-serving-cert into docs/graphs (DOT and SVG)',
  exec: 'bash scripts/graph-doc.sh',
});

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
