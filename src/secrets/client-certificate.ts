import { ApiObjectMetadata, Duration } from 'cdk8s';
import * as plus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { Certificate } from '../certificates/certificate';
import { KeyUsage } from '../certificates/key-usage';
import { PrivateKeyOptions } from '../certificates/private-key';
import { IIssuer } from '../issuers/issuer-reference';

/** Props of `ClientCertificate.forServiceAccount`. */
export interface ServiceAccountClientCertificateProps {
  /** Who signs it: the private CA the servers trust for client certificates. */
  readonly issuer: IIssuer;
  /** The workload identity: the certificate names it with a SPIFFE ID URI SAN. */
  readonly serviceAccount: plus.IServiceAccount;
  /**
   * Trust domain of the SPIFFE ID (`spiffe://<trust domain>/ns/<namespace>/sa/<name>`).
   * @default 'cluster.local'
   */
  readonly trustDomain?: string;
  /**
   * Common name, for servers that map it to a user (PostgreSQL, MySQL, Kafka).
   * @default - none
   */
  readonly commonName?: string;
  /**
   * Metadata of the Certificate.
   * @default - a generated name, the service account's namespace
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

/**
 * Client certificates from cert-manager, for mutual TLS between services outside a service mesh:
 * usages `digital signature` and `client auth` only, so the certificate cannot be used to serve.
 */
export class ClientCertificate {
  /**
   * A client certificate for a service account's workloads, in its namespace, naming it with the
   * SPIFFE ID a mesh would give it, so servers can authorize by workload identity.
   */
  public static forServiceAccount(scope: Construct, id: string, props: ServiceAccountClientCertificateProps): Certificate {
    const subject = props.serviceAccount.toSubjectConfiguration();
    const namespace = props.metadata?.namespace ?? subject.namespace;
    if (!namespace) {
      throw new Error(`${scope.node.path}/${id}: service account "${subject.name}" has no namespace, which the SPIFFE ID needs; give the chart a namespace`);
    }
    const trustDomain = props.trustDomain ?? 'cluster.local';
    return new Certificate(scope, id, {
      issuer: props.issuer,
      metadata: { ...props.metadata, namespace },
      secretName: props.secretName,
      commonName: props.commonName,
      uris: [`spiffe://${trustDomain}/ns/${namespace}/sa/${subject.name}`],
      duration: props.duration,
      privateKey: props.privateKey,
      usages: [KeyUsage.DIGITAL_SIGNATURE, KeyUsage.CLIENT_AUTH],
    });
  }

  private constructor() {}
}
