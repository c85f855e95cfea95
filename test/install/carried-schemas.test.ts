// The library carries the pinned charts' values.schema.json as TypeScript modules, so values for a
// chart fetched from a repository or registry are checked before helm downloads anything (a TS
// module, not a .json file: jsii compiles src/ to lib/ and copies no data files). This test keeps
// each carried copy identical to the chart folder it came from; to refresh them after a chart bump:
//   UPDATE_CARRIED_SCHEMAS=1 npx jest test/install/carried-schemas.test.ts
import * as fs from 'fs';
import * as path from 'path';
import { CERT_MANAGER_VALUES_SCHEMA } from '../../src/install/schemas/cert-manager-v1.21.1.generated';
import { TRUST_MANAGER_VALUES_SCHEMA } from '../../src/install/schemas/trust-manager-v0.24.0.generated';

const ROOT = path.resolve(__dirname, '..', '..');

interface Carried { folder: string; constName: string; upstream: string; loaded: object }

const CARRIED: Carried[] = [
  {
    folder: 'cert-manager-v1.21.1',
    constName: 'CERT_MANAGER_VALUES_SCHEMA',
    upstream: 'github.com/cert-manager/cert-manager tag v1.21.1, deploy/charts/cert-manager/values.schema.json',
    loaded: CERT_MANAGER_VALUES_SCHEMA,
  },
  {
    folder: 'trust-manager-v0.24.0',
    constName: 'TRUST_MANAGER_VALUES_SCHEMA',
    upstream: 'github.com/cert-manager/trust-manager tag v0.24.0, deploy/charts/trust-manager/values.schema.json',
    loaded: TRUST_MANAGER_VALUES_SCHEMA,
  },
];

function moduleText(c: Carried): string {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'charts', c.folder, 'values.schema.json'), 'utf8'));
  return [
    `// GENERATED from charts/${c.folder}/values.schema.json; do not edit.`,
    `// Upstream: ${c.upstream} (Apache-2.0; provenance in charts/README.md).`,
    '// Regenerate: UPDATE_CARRIED_SCHEMAS=1 npx jest test/install/carried-schemas.test.ts',
    `export const ${c.constName}: object = ${JSON.stringify(schema, null, 2)};`,
    '',
  ].join('\n');
}

describe.each(CARRIED)('carried values schema $folder', (c) => {
  const file = path.join(ROOT, 'src', 'install', 'schemas', `${c.folder}.generated.ts`);

  test('is the chart folder\'s values.schema.json, unchanged', () => {
    const expected = moduleText(c);
    if (process.env.UPDATE_CARRIED_SCHEMAS) fs.writeFileSync(file, expected);
    expect(fs.readFileSync(file, 'utf8')).toBe(expected);
    expect(c.loaded).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'charts', c.folder, 'values.schema.json'), 'utf8')));
  });
});
