import { ApiObject, ApiObjectMetadata, Duration } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct, IConstruct } from 'constructs';
import { Certificate } from '../certificates/certificate';
import { PrivateKeyOptions } from '../certificates/private-key';
import { validateWithRules } from '../core/rule-validation';
import { IIssuer } from '../issuers/issuer-reference';
import { INJECTABLE_KINDS, INJECT_CA_FROM } from '../rules/secrets/ca-injection';

/** Props of `WebhookServingCertificate`. */
export interface WebhookServingCertificateProps {
  /**
   * Who signs it. Usually a private CA (`PrivateCa`, or a CA `Issuer` in the webhook's
   * namespace): the API server trusts it through the injected caBundle, not a public CA.
   */
  readonly issuer: IIssuer;
  /** The Service the API server calls; the certificate covers all its in-cluster DNS names. */
  readonly service: plus.Service;
  /**
   * The cluster's DNS domain.
   * @default 'cluster.local'
   */
  readonly clusterDomain?: string;
  /**
   * Metadata of the Certificate (its namespace is always the Service's: the Secret must be
   * where the webhook's pods are).
   * @default - a generated name
   */
  readonly metadata?: ApiObjectMetadata;
  /**
   * The Secret the certificate is written to.
   * @default - `<certificate name>-tls`
   */
  readonly secretName?: string;
  /**
   * Lifetime.
   * @default - 90 days (the Certificate default for private CAs)
   */
  readonly duration?: Duration;
  /**
   * Private key.
   * @default - ECDSA P-256, PKCS8, rotated on every issuance
   */
  readonly privateKey?: PrivateKeyOptions;
}

/** The in-cluster DNS names of a Service, shortest first. */
export function serviceDnsNames(name: string, namespace: string, clusterDomain: string): string[] {
  return [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, `${name}.${namespace}.svc.${clusterDomain}`];
}

/** Targets already checked by the CA-injection rules at synth. */
const validatedTargets = new WeakSet<ApiObject>();

function namespaceOf(scope: Construct, id: string, service: plus.Service): string {
  const namespace = service.metadata.namespace;
  if (!namespace) {
    throw new Error(`${scope.node.path}/${id}: Service "${service.name}" has no namespace, and its DNS names and the `
      + `${INJECT_CA_FROM} reference need one; give its chart a namespace, or set metadata.namespace on the Service`);
  }
  return namespace;
}

/**
 * The serving certificate of an admission webhook, aggregated API server or CRD conversion
 * webhook: a cert-manager Certificate for every in-cluster DNS name of its Service
 * (`svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.<cluster domain>`; the API server dials
 * `svc.ns.svc`), in the Service's namespace, whose CA cert-manager's cainjector copies into the
 * objects given to `injectCaInto`.
 */
export class WebhookServingCertificate extends Certificate {
  /** The DNS names the certificate covers. */
  public readonly serviceDnsNames: string[];

  constructor(scope: Construct, id: string, props: WebhookServingCertificateProps) {
    const namespace = namespaceOf(scope, id, props.service);
    const dnsNames = serviceDnsNames(props.service.name, namespace, props.clusterDomain ?? 'cluster.local');
    super(scope, id, {
      issuer: props.issuer,
      metadata: { ...props.metadata, namespace },
      secretName: props.secretName,
      dnsNames,
      duration: props.duration,
      privateKey: props.privateKey,
    });
    this.serviceDnsNames = dnsNames;
  }

  /**
   * Annotates each target `cert-manager.io/inject-ca-from: <namespace>/<certificate>`, so
   * cainjector keeps its caBundle equal to this certificate's CA, across renewals. A target is a
   * `ValidatingWebhookConfiguration`, `MutatingWebhookConfiguration`, `APIService` or
   * `CustomResourceDefinition` (conversion webhook: `spec.conversion.strategy: Webhook`), given as
   * an `ApiObject` or a construct whose default child is one (cdk8s-plus, imported L1 classes).
   * Leave the targets' caBundle unset: cainjector fills it in.
   */
  public injectCaInto(...targets: IConstruct[]): void {
    for (const target of targets) {
      const apiObject = ApiObject.of(target);
      const injectable = INJECTABLE_KINDS.some((k) => k.kind === apiObject.kind && k.group === apiObject.apiGroup);
      if (!injectable) {
        throw new Error(`${this.node.path}: cannot inject a CA into ${apiObject.kind} ${apiObject.node.path}; cainjector injects only into `
          + `${INJECTABLE_KINDS.map((k) => k.kind).join(', ')}`);
      }
      apiObject.metadata.addAnnotation(INJECT_CA_FROM, `${this.namespace}/${this.name}`);
      // The target is not a construct of this library: it is checked here (TLS-I*), under its own path.
      if (!validatedTargets.has(apiObject)) validateWithRules(target, apiObject);
      validatedTargets.add(apiObject);
    }
  }
}
