import { AuditMode, RuleContext } from './context';
import { Reporter } from './report';

/**
 * An insecure choice that the cluster accepts, made without the library's explicit opt-in
 * (e.g. a private key in a manifest without its annotation). By the severity model it is a
 * warning: it works. In a cdk8s app, the library's secure defaults refuse it at synth unless the
 * user opts in by name, so there it is an error; the message names the opt-in.
 */
export function reportInsecureDefault(report: Reporter, ctx: RuleContext, ruleId: string, path: string, message: string): void {
  if (ctx.mode === AuditMode.APP) report.error(ruleId, path, message);
  else report.warning(ruleId, path, message);
}
