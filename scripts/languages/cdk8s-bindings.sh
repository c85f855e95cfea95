#!/usr/bin/env bash
# Usage: cdk8s-bindings.sh java|go
#
# Makes the Java or Go bindings of cdk8s and cdk8s-plus-27, at the versions pinned in package.json,
# available to jsii-pacmak and to the language tests. They come from the ecosystem's registry when it
# serves them. The registries this project builds from do not (Maven Central stops at cdk8s 2.70.47
# and has no cdk8s-plus-27; the Go module proxy refuses the cdk8s-team modules), so they are then
# generated with jsii-pacmak from the very npm packages the TypeScript app uses, which is how
# cdk8s-team publishes them. The output goes to node_modules/<package>/dist/<language>, where
# jsii-pacmak looks for local builds of a dependency, and is cached per version in
# ${XDG_CACHE_HOME:-~/.cache}/cdk8s-tls/bindings so that a fresh clone does not rebuild it.
set -euo pipefail
lang=${1:?usage: cdk8s-bindings.sh java|go}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
version() { node -p "require('./node_modules/$1/package.json').version"; }
cdk8s=$(version cdk8s)
plus=$(version cdk8s-plus-27)

from_registry() {
  case "$lang" in
    java)
      mvn -B -q dependency:get -Dtransitive=false -Dartifact="org.cdk8s:cdk8s:$cdk8s" >/dev/null 2>&1 &&
        mvn -B -q dependency:get -Dtransitive=false -Dartifact="org.cdk8s:cdk8s-plus-27:$plus" >/dev/null 2>&1 ;;
    go)
      GOFLAGS=-mod=mod go list -m "github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2@v$cdk8s" >/dev/null 2>&1 &&
        GOFLAGS=-mod=mod go list -m "github.com/cdk8s-team/cdk8s-plus-go/cdk8splus27/v2@v$plus" >/dev/null 2>&1 ;;
    *) echo "cdk8s-bindings: unknown language $lang" >&2; exit 2 ;;
  esac
}

# Already generated in this clone: nothing to ask the registry.
if [ -d "node_modules/cdk8s/dist/$lang" ] && [ -d "node_modules/cdk8s-plus-27/dist/$lang" ]; then
  echo "cdk8s-bindings: $lang cdk8s $cdk8s and cdk8s-plus-27 $plus from node_modules/*/dist/$lang"
  exit 0
fi

if from_registry; then
  echo "cdk8s-bindings: $lang cdk8s $cdk8s and cdk8s-plus-27 $plus come from the registry"
  exit 0
fi

cache=${XDG_CACHE_HOME:-$HOME/.cache}/cdk8s-tls/bindings
built=()
for pkg in "cdk8s@$cdk8s" "cdk8s-plus-27@$plus"; do
  name=${pkg%@*}
  out=node_modules/$name/dist/$lang
  if [ ! -d "$out" ] && [ -d "$cache/$pkg/$lang" ]; then
    mkdir -p "node_modules/$name/dist" && cp -a "$cache/$pkg/$lang" "$out"
  fi
  [ -d "$out" ] || built+=("node_modules/$name")
done
if [ ${#built[@]} -gt 0 ]; then
  echo "cdk8s-bindings: not in the $lang registry; generating ${built[*]} with jsii-pacmak"
  # Only this project's builds and tests use them: no javadoc or sources jars (minutes on two cores).
  MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.javadoc.skip=true -Dmaven.source.skip=true" \
    JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20 npx jsii-pacmak -v "${built[@]}" --target "$lang"
  for dir in "${built[@]}"; do
    name=${dir#node_modules/}
    pkg="$name@$(version "$name")"
    rm -rf "${cache:?}/$pkg/$lang" && mkdir -p "$cache/$pkg" && cp -a "$dir/dist/$lang" "$cache/$pkg/$lang"
  done
fi
echo "cdk8s-bindings: $lang cdk8s $cdk8s and cdk8s-plus-27 $plus from node_modules/*/dist/$lang"
