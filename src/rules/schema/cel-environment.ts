// The one CEL environment of the rule engine: CEL's standard functions and macros, the strings
// extension, and the Kubernetes library functions the pinned CRDs call. Built on first use, so
// loading the library loads no CEL.
import { CelEnv, celEnv } from '@bufbuild/cel';
import { KUBERNETES_CEL_FUNCTIONS } from './cel-k8s-library';

let environment: CelEnv | undefined;

export function celEnvironment(): CelEnv {
  environment ??= celEnv({ funcs: [...KUBERNETES_CEL_FUNCTIONS] });
  return environment;
}
