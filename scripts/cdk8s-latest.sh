#!/usr/bin/env bash
# Runs TlsApp's contract with cdk8s (test/api/tls-app-contract.test.ts) against the newest cdk8s 2.x
# of the npm registry, installed into a temporary folder: TlsApp follows cdk8s's synthesis byte
# for byte, and this says whether a newer cdk8s still agrees before the project moves its pin.
# Usage: scripts/cdk8s-latest.sh [VERSION]   (default: the newest 2.x); part of `npx projen test`
# (task test:cdk8s-latest), its jest report is test-reports/cdk8s-latest.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pinned=$(node -p "require('$root/node_modules/cdk8s/package.json').version")
latest=${1:-$(npm view 'cdk8s@2' version --json | node -e '
  const versions = [].concat(JSON.parse(require("fs").readFileSync(0, "utf8")));
  const key = (v) => v.split(".").map(Number);
  versions.sort((a, b) => { const [x, y] = [key(a), key(b)]; return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; });
  console.log(versions.pop());
')}
echo "cdk8s: pinned $pinned, under test $latest"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --silent "cdk8s@$latest" "constructs@$(node -p "require('$root/node_modules/constructs/package.json').version")"
# Every import of cdk8s and constructs, ours and the test's, resolves to the installed copy.
config=$(node -e '
  const [root, tmp] = process.argv.slice(1);
  console.log(JSON.stringify({
    rootDir: root,
    testMatch: ["<rootDir>/test/api/tls-app-contract.test.ts"],
    transform: { "^.+\\.[t]sx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json", isolatedModules: true }] },
    moduleNameMapper: {
      "^cdk8s$": `${tmp}/node_modules/cdk8s`,
      "^cdk8s/(.*)$": `${tmp}/node_modules/cdk8s/$1`,
      "^constructs$": `${tmp}/node_modules/constructs`,
    },
  }));
' "$root" "$tmp")
cd "$root"
mkdir -p test-reports
npx jest --config "$config" --ci --json --outputFile=test-reports/cdk8s-latest.json
