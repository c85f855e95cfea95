import * as fs from 'fs';
import * as path from 'path';

/** The version in the package's package.json (found upward from this file, in src/ or lib/src/). */
export function toolVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (pkg.name === 'cdk8s-tls') return String(pkg.version);
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}
