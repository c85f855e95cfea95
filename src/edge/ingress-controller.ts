import { Duration } from 'cdk8s';
import { CONTROLLER } from '../rules/edge/annotations';

/** HTTP Strict Transport Security: browsers that saw the header refuse plain HTTP to the host. */
export interface HstsOptions {
  /**
   * How long browsers remember to use HTTPS only.
   * @default Duration.days(365)
   */
  readonly maxAge?: Duration;
  /**
   * Apply to every subdomain of the host too. Only when every subdomain serves HTTPS.
   * @default false
   */
  readonly includeSubdomains?: boolean;
  /**
   * Ask to be put on the browsers' preload list (needs includeSubdomains and a maxAge of at
   * least a year; hard to undo).
   * @default false
   */
  readonly preload?: boolean;
}

/** Options of the ingress-nginx and HAProxy controllers. */
export interface IngressControllerOptions {
  /**
   * The IngressClass the controller watches (`spec.ingressClassName`).
   * @default - `nginx` for ingress-nginx, `haproxy` for HAProxy
   */
  readonly className?: string;
}

/** Options of the Traefik controller. */
export interface TraefikControllerOptions {
  /**
   * The IngressClass Traefik watches.
   * @default 'traefik'
   */
  readonly className?: string;
  /**
   * The entrypoint that serves HTTPS (`router.entrypoints`). The router is bound to it alone, so
   * the app is never served over plain HTTP.
   * @default 'websecure' (the Traefik Helm chart's name)
   */
  readonly httpsEntrypoint?: string;
  /**
   * Middlewares to apply (`router.middlewares`), as Traefik names them:
   * `<namespace>-<name>@kubernetescrd`, e.g. a `headers` Middleware with `stsSeconds` for HSTS.
   * @default - none
   */
  readonly middlewares?: string[];
}

/** The Ingress controller kinds this library writes annotations for. */
export enum IngressControllerType {
  /** kubernetes/ingress-nginx (`nginx.ingress.kubernetes.io/*`). */
  NGINX = 'ingress-nginx',
  /** Traefik's Kubernetes Ingress provider (`traefik.ingress.kubernetes.io/*`). */
  TRAEFIK = 'traefik',
  /** HAProxy Technologies' kubernetes-ingress (`haproxy.org/*`). */
  HAPROXY = 'haproxy',
  /** Any other controller: no controller annotations are written. */
  OTHER = 'other',
}

/**
 * The Ingress controller that serves a `TlsIngress`, and the annotations that make it redirect
 * HTTP to HTTPS and send HSTS. What each controller needs beyond annotations is in the README
 * (edge section).
 */
export class IngressController {
  /**
   * kubernetes/ingress-nginx: `ssl-redirect` (308 to HTTPS; `/.well-known/acme-challenge` is
   * exempt through the controller's `no-tls-redirect-locations` default). HSTS is set in the
   * controller's ConfigMap (`hsts`, on by default), not per Ingress.
   */
  public static nginx(options: IngressControllerOptions = {}): IngressController {
    return new IngressController(IngressControllerType.NGINX, options.className ?? 'nginx', {});
  }

  /**
   * Traefik: the router is bound to the HTTPS entrypoint with TLS on. The HTTP-to-HTTPS redirect
   * is the `web` entrypoint's redirection (Helm values), HSTS a `headers` Middleware you name.
   */
  public static traefik(options: TraefikControllerOptions = {}): IngressController {
    return new IngressController(IngressControllerType.TRAEFIK, options.className ?? 'traefik', {
      httpsEntrypoint: options.httpsEntrypoint ?? 'websecure',
      middlewares: [...options.middlewares ?? []],
    });
  }

  /** HAProxy Technologies' kubernetes-ingress: `ssl-redirect` with code 301 and an HSTS response header. */
  public static haproxy(options: IngressControllerOptions = {}): IngressController {
    return new IngressController(IngressControllerType.HAPROXY, options.className ?? 'haproxy', {});
  }

  /**
   * Any other controller, by IngressClass: no controller annotations are written, so redirect
   * and HSTS must be configured on the controller itself.
   */
  public static other(className: string): IngressController {
    return new IngressController(IngressControllerType.OTHER, className, {});
  }

  /** Which controller. */
  public readonly type: IngressControllerType;
  /** `spec.ingressClassName`. */
  public readonly className: string;
  private readonly traefik: { httpsEntrypoint?: string; middlewares?: string[] };

  private constructor(type: IngressControllerType, className: string, traefik: { httpsEntrypoint?: string; middlewares?: string[] }) {
    if (className === '') throw new Error('IngressController: the ingress class name is empty');
    this.type = type;
    this.className = className;
    this.traefik = traefik;
  }

  /**
   * The annotations for HTTPS-only serving. `redirect: false` writes the opt-out explicitly,
   * which the rules report as a warning (TLS-E11).
   * @internal
   */
  public _httpsAnnotations(redirect: boolean, hsts: HstsOptions | undefined): Record<string, string> {
    switch (this.type) {
      case IngressControllerType.NGINX:
        if (hsts) {
          throw new Error('IngressController.nginx: ingress-nginx sets HSTS in its ConfigMap (hsts, hsts-max-age, hsts-include-subdomains, hsts-preload), '
            + 'not per Ingress; remove hsts and configure the controller');
        }
        return { [CONTROLLER.nginxSslRedirect]: String(redirect) };
      case IngressControllerType.HAPROXY:
        return {
          [CONTROLLER.haproxySslRedirect]: String(redirect),
          ...(redirect ? { [CONTROLLER.haproxySslRedirectCode]: '301' } : {}),
          [CONTROLLER.haproxyResponseSetHeader]: `Strict-Transport-Security "${hstsValue(hsts ?? {})}"`,
        };
      case IngressControllerType.TRAEFIK: {
        if (hsts) {
          throw new Error('IngressController.traefik: Traefik sends HSTS through a headers Middleware (stsSeconds); '
            + 'remove hsts and name the Middleware in IngressController.traefik({ middlewares })');
        }
        // Opting out serves the router on the HTTP entrypoint too, so TLS is left to the HTTPS
        // entrypoint's own configuration (router.tls on `web` would expect TLS on port 80).
        return {
          [CONTROLLER.traefikEntrypoints]: redirect ? this.traefik.httpsEntrypoint! : `web,${this.traefik.httpsEntrypoint}`,
          ...(redirect ? { [CONTROLLER.traefikTls]: 'true' } : {}),
          ...(this.traefik.middlewares!.length ? { [CONTROLLER.traefikMiddlewares]: this.traefik.middlewares!.join(',') } : {}),
        };
      }
      default:
        return {};
    }
  }
}

/** The Strict-Transport-Security header value. */
export function hstsValue(hsts: HstsOptions): string {
  // HSTS max-age is whole seconds; a fraction is rounded down, as browsers would parse it.
  const maxAge = Math.floor((hsts.maxAge ?? Duration.days(365)).toSeconds({ integral: false }));
  return [`max-age=${maxAge}`, ...(hsts.includeSubdomains ? ['includeSubDomains'] : []), ...(hsts.preload ? ['preload'] : [])].join('; ');
}
