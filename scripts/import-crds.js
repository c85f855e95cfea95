#!/usr/bin/env node
// Regenerates imports/ from the pinned CRDs in crds/ with `cdk8s import`, offline.
//
// cdk8s import writes one module per API group and overwrites a module when two files of one
// group are imported one after the other, so the CRDs are first joined into one multi-document
// YAML per group. Groups the library does not model (ACME orders/challenges, Istio's extensions
// and telemetry) are left out: their schemas still serve the test helper from crds/.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const crdDir = path.join(root, 'crds');
const outDir = path.join(root, 'imports');

const IMPORTED_GROUPS = [
  'cert-manager.io',
  'trust.cert-manager.io',
  'trust-manager.io',
  'gateway.networking.k8s.io',
  'security.istio.io',
  'networking.istio.io',
  'policy.linkerd.io',
  'monitoring.coreos.com',
];

function crdFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return crdFiles(full);
    return entry.name.endsWith('.yaml') ? [full] : [];
  }).sort();
}

const byGroup = new Map();
for (const file of crdFiles(crdDir)) {
  for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
    const crd = doc.toJSON();
    if (!crd || crd.kind !== 'CustomResourceDefinition') continue;
    const group = crd.spec.group;
    if (!IMPORTED_GROUPS.includes(group)) continue;
    if (!byGroup.has(group)) byGroup.set(group, []);
    byGroup.get(group).push(crd);
  }
}

const missing = IMPORTED_GROUPS.filter((g) => !byGroup.has(g));
if (missing.length) {
  console.error(`import-crds: no CRDs found for ${missing.join(', ')} under crds/`);
  process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-tls-import-'));
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const cli = path.join(root, 'node_modules', '.bin', 'cdk8s');
for (const group of IMPORTED_GROUPS) {
  const crds = byGroup.get(group).sort((a, b) => a.spec.names.kind.localeCompare(b.spec.names.kind));
  const joined = path.join(work, `${group}.yaml`);
  fs.writeFileSync(joined, crds.map((c) => YAML.stringify(c)).join('---\n'));
  console.log(`import-crds: ${group} (${crds.map((c) => c.spec.names.kind).join(', ')})`);
  execFileSync(cli, ['import', joined, '-l', 'typescript', '-o', outDir, '--no-check-upgrade', '--no-save'], {
    cwd: work,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`import-crds: wrote ${fs.readdirSync(outDir).sort().join(', ')}`);
