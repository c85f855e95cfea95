#!/usr/bin/env bash
# Synthesizes every app in examples/ with `cdk8s synth` into dist/<example>/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cdk8s="$root/node_modules/.bin/cdk8s"
status=0
for dir in "$root"/examples/*/; do
  name=$(basename "$dir")
  # An example that plants a mistake for the validation plugin fails synth on purpose.
  [ -e "$dir/.synth-fails" ] && continue
  out="$root/dist/$name"
  rm -rf "$out"
  echo "synth examples/$name -> dist/$name"
  if ! (cd "$dir" && "$cdk8s" synth --output "$out" --check-upgrade false >/dev/null); then
    echo "synth-examples: examples/$name failed" >&2
    status=1
  fi
done
exit $status
