#!/usr/bin/env bash
# Renders the TLS graph of examples/webhook-serving-cert into docs/graphs/ (DOT and SVG), the
# picture the README shows. test/cli/graph.test.ts fails when the committed DOT is stale.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$root/examples/webhook-serving-cert" && "$root/node_modules/.bin/cdk8s" synth --output "$out" --check-upgrade false >/dev/null)
mkdir -p "$root/docs/graphs"
(cd "$root" && npx ts-node --transpile-only src/cli/main.ts graph "$out" --format dot) > "$root/docs/graphs/webhook-serving-cert.dot"
dot -Tsvg "$root/docs/graphs/webhook-serving-cert.dot" > "$root/docs/graphs/webhook-serving-cert.svg"
