// The one CEL environment of the rule engine: CEL's standard functions and macros, the strings
// extension, the Kubernetes library functions the pinned CRDs call, and cel-go's string
// conversions. Built on first use, so loading the library loads no CEL.
import { CelEnv, celEnv } from '@bufbuild/cel';
import { RE2JS } from '@bufbuild/re2';
import { CEL_GO_CONVERSIONS } from './cel-go-conversions';
import { KUBERNETES_CEL_FUNCTIONS } from './cel-k8s-library';

let environment: CelEnv | undefined;

// matches() with the same RE2 engine @bufbuild/cel uses, keeping each compiled pattern: the pinned
// rules' patterns are literals, and compiling one per call was a tenth of the time on many objects.
const patterns = new Map<string, RE2JS>();
const cachingRe2 = {
  compile(pattern: string): RE2JS {
    let re = patterns.get(pattern);
    if (!re) {
      re = RE2JS.compile(pattern);
      patterns.set(pattern, re);
    }
    return re;
  },
};

export function celEnvironment(): CelEnv {
  environment ??= celEnv({ funcs: [...KUBERNETES_CEL_FUNCTIONS, ...CEL_GO_CONVERSIONS], re2: cachingRe2 });
  return environment;
}
