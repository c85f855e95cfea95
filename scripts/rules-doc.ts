// Writes docs/rules.md from the rule catalogue (src/rules/catalogue). Run by `npx projen rules-doc`;
// test/cli/catalogue.test.ts fails when the committed file is stale.
import * as fs from 'fs';
import * as path from 'path';
import { rulesMarkdown } from '../src/rules/catalogue/markdown';

fs.writeFileSync(path.join(__dirname, '..', 'docs', 'rules.md'), rulesMarkdown());
