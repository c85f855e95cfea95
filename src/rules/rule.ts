import { RuleContext } from './context';
import { KubeObject } from './object';
import { Reporter } from './report';

/** Checks one object of the kinds it is registered for. */
export type ObjectCheck = (obj: KubeObject, report: Reporter, ctx: RuleContext) => void;

/**
 * Checks relations between objects (a certificate and its issuer, two certificates and one
 * Secret). It gets every object and a reporter per object; it must index what it needs once,
 * never compare all pairs.
 */
export type CrossCheck = (ctx: RuleContext, reporterFor: (obj: KubeObject) => Reporter) => void;

/** The per-object checks of one `group/Kind`, e.g. `cert-manager.io/Certificate`. */
export interface KindChecks {
  readonly group: string;
  readonly kind: string;
  readonly checks: readonly ObjectCheck[];
}
