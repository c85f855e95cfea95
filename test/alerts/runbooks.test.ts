import * as fs from 'fs';
import * as path from 'path';
import { CertExpiryAlert, CertManagerAlertName, ClusterPkiAlertName } from '../../src';

const { DEFAULT_RUNBOOK_BASE_URL } = CertExpiryAlert;

const RUNBOOKS = path.resolve(__dirname, '..', '..', 'docs', 'runbooks');
const ALERTS = [...Object.values(CertManagerAlertName), ...Object.values(ClusterPkiAlertName)] as string[];

describe('runbooks', () => {
  test.each(ALERTS)('%s has a runbook with what it means, why the threshold, what to do', (alert) => {
    const file = path.join(RUNBOOKS, `${alert}.md`);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith(`# ${alert}\n`)).toBe(true);
    for (const section of ['## What it means', '## Why this threshold', '## What to do']) expect(text).toContain(section);
  });

  test('no runbook without an alert; the default base URL is this folder in the repository', () => {
    const files = fs.readdirSync(RUNBOOKS).filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
    expect(files.sort()).toEqual([...ALERTS].sort());
    expect(DEFAULT_RUNBOOK_BASE_URL).toBe('https://github.com/cdk8s-tls/cdk8s-tls/blob/main/docs/runbooks');
    expect(fs.readFileSync(path.join(RUNBOOKS, 'README.md'), 'utf8')).toContain(DEFAULT_RUNBOOK_BASE_URL);
  });
});
