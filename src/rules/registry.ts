// Which checks run on which kinds. A rule module exports its checks; this file wires them in.
import { CERTIFICATE_CHECKS } from './cert-manager/certificate';
import { CERTIFICATE_NAME_CHECKS } from './cert-manager/certificate-names';
import { CERTIFICATE_REQUEST_CHECKS } from './cert-manager/certificate-request';
import { CROSS_CHECKS as CERT_MANAGER_CROSS_CHECKS } from './cert-manager/cross';
import { ISSUANCE_CROSS_CHECKS } from './cert-manager/issuance';
import { ISSUER_CHECKS } from './cert-manager/issuer';
import { RuleContext } from './context';
import { CORE_KIND_CHECKS } from './core';
import { DUPLICATE_CHECKS } from './duplicates';
import { EDGE_CROSS_CHECKS, EDGE_KIND_CHECKS } from './edge';
import { IssuerIndex } from './issuer-index';
import { MESH_CROSS_CHECKS, MESH_KIND_CHECKS } from './mesh';
import { KubeObject } from './object';
import { OBSERVABILITY_KIND_CHECKS } from './observability';
import { CrossCheck, KindChecks, ObjectCheck } from './rule';
import { SCHEMA_CHECK } from './schema/schema-check';
import { SECRETS_CROSS_CHECKS, SECRETS_KIND_CHECKS } from './secrets';
import { TRUST_CROSS_CHECKS, TRUST_KIND_CHECKS } from './trust';
import { API_VERSION_CHECKS, isUnservedVersion } from './versions';

// An object in an API version the cluster does not serve is refused before anything else looks
// at it: TLS-V1 says so, and no other rule judges it (its fields may mean something else in the
// old version, and a second finding about them would bury the one that matters).
function servedOnly(check: ObjectCheck): ObjectCheck {
  const wrapped: ObjectCheck = (obj, report, ctx) => {
    if (!isUnservedVersion(obj)) check(obj, report, ctx);
  };
  Object.defineProperty(wrapped, 'name', { value: check.name });
  return wrapped;
}

// One narrowed context per audit, so that the cross checks share its lazily built issuer index.
const servedContexts = new WeakMap<RuleContext, RuleContext>();
function servedContext(ctx: RuleContext): RuleContext {
  let served = servedContexts.get(ctx);
  if (!served) {
    const objects = ctx.objects.filter((obj) => !isUnservedVersion(obj));
    served = objects.length === ctx.objects.length ? ctx : narrowedContext(ctx, objects);
    servedContexts.set(ctx, served);
  }
  return served;
}

function narrowedContext(ctx: RuleContext, objects: readonly KubeObject[]): RuleContext {
  let issuers: IssuerIndex | undefined;
  const narrowed: RuleContext = {
    objects,
    now: ctx.now,
    mode: ctx.mode,
    externals: ctx.externals,
    sourceOf: ctx.sourceOf,
    get issuers() {
      issuers ??= new IssuerIndex(narrowed);
      return issuers;
    },
  };
  return narrowed;
}

function servedCross(check: CrossCheck): CrossCheck {
  const wrapped: CrossCheck = (ctx, reporterFor) => check(servedContext(ctx), reporterFor);
  Object.defineProperty(wrapped, 'name', { value: check.name });
  return wrapped;
}

const SEMANTIC_KIND_CHECKS: readonly KindChecks[] = [
  { group: 'cert-manager.io', kind: 'Certificate', checks: CERTIFICATE_CHECKS },
  { group: 'cert-manager.io', kind: 'Certificate', checks: CERTIFICATE_NAME_CHECKS },
  { group: 'cert-manager.io', kind: 'CertificateRequest', checks: CERTIFICATE_REQUEST_CHECKS },
  { group: 'cert-manager.io', kind: 'Issuer', checks: ISSUER_CHECKS },
  { group: 'cert-manager.io', kind: 'ClusterIssuer', checks: ISSUER_CHECKS },
  ...EDGE_KIND_CHECKS,
  ...MESH_KIND_CHECKS,
  ...TRUST_KIND_CHECKS,
  ...SECRETS_KIND_CHECKS,
  ...CORE_KIND_CHECKS,
  ...OBSERVABILITY_KIND_CHECKS,
];

export const KIND_CHECKS: readonly KindChecks[] = SEMANTIC_KIND_CHECKS.map((entry) => ({ ...entry, checks: entry.checks.map(servedOnly) }));

/**
 * Checks for every object: whether its API version is served, and the CRD schema of the kinds
 * whose schema the library carries.
 */
export const ANY_KIND_CHECKS: readonly ObjectCheck[] = [...API_VERSION_CHECKS, servedOnly(SCHEMA_CHECK)];

const SEMANTIC_CROSS_CHECKS: readonly CrossCheck[] = [
  ...DUPLICATE_CHECKS,
  ...CERT_MANAGER_CROSS_CHECKS,
  ...ISSUANCE_CROSS_CHECKS,
  ...EDGE_CROSS_CHECKS,
  ...MESH_CROSS_CHECKS,
  ...TRUST_CROSS_CHECKS,
  ...SECRETS_CROSS_CHECKS,
];

export const CROSS_CHECKS: readonly CrossCheck[] = SEMANTIC_CROSS_CHECKS.map(servedCross);
