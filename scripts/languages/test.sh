#!/usr/bin/env bash
# `npx projen test:languages`: from the compiled lib/ (`npx projen compile` first), builds the
# JavaScript, Python, Java and Go packages in one jsii-pacmak run, writes the TypeScript examples'
# YAML, then runs each language's own test runner against the packages and that ecosystem's cdk8s
# packages: pytest (in .venv, from PyPI), JUnit 5 through Maven Surefire, `go test`.
#
# Reports go to test-reports/languages/: pytest.xml, surefire/*.xml, go-test.json, and counts.json
# (passed and failed per runner, read by .ci/run). LANGUAGES="python go" runs a subset.
# Exits non-zero on any failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export CDK8S_TLS_ROOT=$root JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
languages=" ${LANGUAGES:-python java go} "
has() { [[ "$languages" == *" $1 "* ]]; }
reports=$root/test-reports/languages
examples=(letsencrypt-ingress istio-strict-mtls platform)
version() { node -p "require('./node_modules/$1/package.json').version"; }
status=0
fail() { echo "test:languages: $*" >&2; status=1; }
started=$SECONDS
step() { echo "::: test:languages [$((SECONDS - started))s] $*"; }

[ -f lib/src/index.js ] && [ -f .jsii ] || { echo "test:languages: no compiled library: run npx projen compile first" >&2; exit 1; }
rm -rf "$reports" && mkdir -p "$reports"

# The TypeScript examples' YAML, while the packages build. Transpile-only: tsc type-checks the
# examples elsewhere (test/tsconfig.json), and this is ten seconds per example faster.
(
  for example in "${examples[@]}"; do
    (cd "examples/$example" && TS_NODE_TRANSPILE_ONLY=true "$root/node_modules/.bin/cdk8s" synth \
      --output "$reports/typescript/$example" --check-upgrade false >/dev/null) || exit 1
  done
) >"$reports/typescript.log" 2>&1 &
typescript=$!

step "cdk8s bindings"
for language in java go; do
  if has $language; then bash scripts/languages/cdk8s-bindings.sh $language || fail "no cdk8s bindings for $language"; fi
done

step "packages (jsii-pacmak)"
targets=(--target js)
for language in python java go; do has $language && targets+=(--target $language); done
# The test build of the jar skips its javadoc and sources jars (a minute on two cores);
# `npx projen package:java` builds them.
MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.javadoc.skip=true -Dmaven.source.skip=true" \
  npx jsii-pacmak -v "${targets[@]}" --force || fail "jsii-pacmak failed"

step "TypeScript examples' YAML"
wait $typescript || { cat "$reports/typescript.log" >&2; fail "cdk8s synth of a TypeScript example failed"; }

python_tests() {
  local venv=$root/.venv
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || return 1
  "$venv/bin/pip" install -q "cdk8s==$(version cdk8s)" "cdk8s-plus-27==$(version cdk8s-plus-27)" \
    "constructs==$(version constructs)" "pytest>=8,<10" dist/python/*.whl &&
    "$venv/bin/pip" install -q --force-reinstall --no-deps dist/python/*.whl || return 1
  # The venv's bin on the PATH: the tests run the `cdk8s-tls` command that pip installed.
  PATH="$venv/bin:$PATH" "$venv/bin/python" -m pytest -q -p no:cacheprovider test/languages/python \
    --junitxml="$reports/pytest.xml"
}

java_tests() {
  # A rebuilt cdk8s-tls 0.0.0 must not be shadowed by the copy Maven cached from an earlier build.
  local m2=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository} result
  rm -rf "$m2/io/github/cdk8s-tls"
  mvn -B -q -Dmaven.repo.local="$m2" -s test/languages/java/settings.xml -f test/languages/java/pom.xml test
  result=$?
  mkdir -p "$reports/surefire" && cp test/languages/java/tests/target/surefire-reports/*.xml "$reports/surefire/" 2>/dev/null
  return $result
}

go_tests() {
  # A workspace of the examples and the tests, with the packages built here in place of the
  # registry's: cdk8s-tls always, cdk8s and cdk8s-plus-27 when they were generated locally.
  mkdir -p "$reports/go"
  {
    echo "go 1.25"
    echo "use ("
    for example in "${examples[@]}"; do echo "	$root/examples/$example/go"; done
    echo "	$root/test/languages/go"
    echo ")"
    echo "replace github.com/cdk8s-tls/cdk8s-tls-go/cdk8stls v0.0.0 => $root/dist/go/cdk8stls"
    if [ -d node_modules/cdk8s/dist/go/cdk8s ]; then
      echo "replace github.com/cdk8s-team/cdk8s-core-go/cdk8s/v2 v$(version cdk8s) => $root/node_modules/cdk8s/dist/go/cdk8s"
    fi
    if [ -d node_modules/cdk8s-plus-27/dist/go/cdk8splus27 ]; then
      echo "replace github.com/cdk8s-team/cdk8s-plus-go/cdk8splus27/v2 v$(version cdk8s-plus-27) => $root/node_modules/cdk8s-plus-27/dist/go/cdk8splus27"
    fi
  } >"$reports/go/go.work"
  (cd test/languages/go && GOWORK="$reports/go/go.work" go test -count=1 -json ./... >"$reports/go-test.json") && return 0
  # The test output, readable.
  grep -h '"Output"' "$reports/go-test.json" | node -e 'require("readline").createInterface({ input: process.stdin }).on("line", (l) => process.stdout.write(JSON.parse(l).Output))'
  return 1
}

# The three runners at once: pytest mostly waits for jsii's node processes while Maven and go
# compile. Each one's output is shown when it ends.
step "pytest, JUnit 5 (Maven Surefire) and go test"
# Each with its own jsii package cache: the runtime's shared cache is not safe for processes of
# different languages unpacking the same new package at the same moment.
runners=()
for language in python java go; do
  if has $language; then
    JSII_RUNTIME_PACKAGE_CACHE_ROOT=${XDG_CACHE_HOME:-$HOME/.cache}/cdk8s-tls/jsii-package-cache/$language \
      ${language}_tests >"$reports/$language.log" 2>&1 &
    runners+=("$language:$!")
  fi
done
for runner in "${runners[@]}"; do
  language=${runner%%:*}
  wait "${runner#*:}"
  result=$?
  step "$language tests ended (status $result)"
  cat "$reports/$language.log"
  [ $result -eq 0 ] || fail "$language tests failed"
done

step "counts"
node scripts/languages/count.js "$reports" $languages || fail "a language test failed or wrote no report"
step "done"
exit $status
