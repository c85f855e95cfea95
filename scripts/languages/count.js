// Reads the reports of the language test runners in the directory given as first argument, for the
// languages that follow (python, java, go), prints `<runner>: N passed, N failed` for each, writes
// counts.json ({ runner: { passed, failed } }) and exits non-zero if any test failed or a runner
// wrote no report (counted as one failure: a test run that never happened is not a pass).
const fs = require('fs');
const path = require('path');

const [dir, ...languages] = process.argv.slice(2);

/** passed/failed from JUnit XML testsuite elements (pytest's --junitxml, Surefire's reports). */
function junit(files) {
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    for (const [suite] of xml.matchAll(/<testsuite\b[^>]*>/g)) {
      const attr = (name) => Number((suite.match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [])[1] ?? 0);
      const broken = attr('failures') + attr('errors');
      passed += attr('tests') - broken - attr('skipped');
      failed += broken;
    }
  }
  return files.length ? { passed, failed } : undefined;
}

/** passed/failed from `go test -json`: leaf tests (a test with subtests counts as its subtests). */
function goTest(file) {
  if (!fs.existsSync(file)) return undefined;
  const results = new Map();
  const failedPackages = new Set();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line);
    if (event.Test && (event.Action === 'pass' || event.Action === 'fail')) results.set(`${event.Package} ${event.Test}`, event.Action);
    if (!event.Test && event.Action === 'fail') failedPackages.add(event.Package);
  }
  // A package that failed without any test result (it did not build) is one failure.
  for (const pkg of failedPackages) {
    if (![...results.keys()].some((k) => k.startsWith(`${pkg} `))) results.set(`${pkg} (package)`, 'fail');
  }
  const keys = [...results.keys()];
  const leaves = keys.filter((k) => !keys.some((other) => other.startsWith(`${k}/`)));
  const passed = leaves.filter((k) => results.get(k) === 'pass').length;
  const failed = leaves.filter((k) => results.get(k) === 'fail').length;
  return results.size ? { passed, failed } : undefined;
}

const surefire = path.join(dir, 'surefire');
const runners = {
  python: ['pytest', () => (fs.existsSync(path.join(dir, 'pytest.xml')) ? junit([path.join(dir, 'pytest.xml')]) : undefined)],
  java: ['junit', () => junit(fs.existsSync(surefire) ? fs.readdirSync(surefire).filter((f) => f.endsWith('.xml')).map((f) => path.join(surefire, f)) : [])],
  go: ['go-test', () => goTest(path.join(dir, 'go-test.json'))],
};

const counts = {};
let ok = true;
for (const language of languages) {
  const [runner, read] = runners[language];
  const result = read() ?? { passed: 0, failed: 1 };
  counts[runner] = result;
  console.log(`${runner}: ${result.passed} passed, ${result.failed} failed`);
  if (result.failed > 0 || result.passed === 0) ok = false;
}
fs.writeFileSync(path.join(dir, 'counts.json'), JSON.stringify(counts, null, 2) + '\n');
process.exit(ok ? 0 : 1);
