// Values that are filled in after the YAML is written: Flux post-build substitution
// (`${SECRET_DOMAIN}`, `${VAR:=default}`, `${VAR/./-}`), and template markers a renderer left
// behind (`{{ .Values.host }}`). Templates that a program evaluates at run time (Prometheus alert
// annotations, Alertmanager) are values, not placeholders. Their final value is unknown, so no rule can judge them; the
// engine drops the findings about such fields and says once per object which fields it could
// not check. A rule that compares values across fields or objects asks `isPlaceholder` first.

// Not from ../object: that module reads namespaces through `isPlaceholder`.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Flux post-build substitution and envsubst: `${VAR}`, `${VAR:=default}`, `${VAR/./-}`. */
const SUBSTITUTION = /\$\{[^{}]*\}/;
const TEMPLATE_MARKER = /\{\{[\s\S]*?\}\}/g;
/** Helm's built-in objects and template functions: a chart rendered incompletely. */
const HELM = /\.(Values|Release|Chart|Capabilities|Files|Template)\b|\b(include|tpl|required|toYaml|lookup)\b/;
/**
 * Templates that stay in the object and are evaluated at run time: Prometheus and Alertmanager
 * (`{{ $labels.name }}`, `{{ $value }}`, `{{ .CommonLabels.alertname }}`, `{{ . }}`, `{{ end }}`).
 */
const RUNTIME = /\$|\.(CommonLabels|CommonAnnotations|GroupLabels|Labels|Annotations|Alerts|Status|ExternalURL|Receiver)\b|^\{\{-?\s*(\.|else|end)\s*-?\}\}$/;

/**
 * Whether the value is, or contains, a placeholder whose final text is not known yet: a Flux
 * `${...}`, a leftover Helm marker (`{{ .Values.host }}`), or another `{{ ... }}` marker (Jinja,
 * Ansible) in a string that is not a run-time Prometheus or Alertmanager template.
 */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (SUBSTITUTION.test(value)) return true;
  const markers = value.match(TEMPLATE_MARKER);
  if (!markers) return false;
  if (markers.some((m) => HELM.test(m))) return true;
  return !markers.some((m) => RUNTIME.test(m));
}

/** Whether the value or anything inside it (object values, list items) is a placeholder. */
export function containsPlaceholder(value: unknown): boolean {
  if (isPlaceholder(value)) return true;
  if (Array.isArray(value)) return value.some(containsPlaceholder);
  if (isRecord(value)) return Object.values(value).some(containsPlaceholder);
  return false;
}

/** The finding-style paths (`spec.tls[0].hosts[1]`, `metadata.annotations.a/b`) of every placeholder in an object. */
export function placeholderPaths(value: unknown, path = ''): string[] {
  if (isPlaceholder(value)) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, `${path}[${i}]`));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, path === '' ? k : `${path}.${k}`));
  return [];
}

/**
 * The placeholders of an object's fields. A ConfigMap's `data` and `binaryData` are payloads for
 * a program (a Grafana dashboard's `${datasource}` is Grafana's own variable), not fields.
 */
export function fieldPlaceholderPaths(obj: Record<string, unknown>): string[] {
  const payload = obj.apiVersion === 'v1' && obj.kind === 'ConfigMap';
  return placeholderPaths(obj).filter((p) => !(payload && /^(data|binaryData)[.[]/.test(p)));
}

/**
 * The value a finding path points at. Map keys may hold dots (annotation keys such as
 * `cert-manager.io/issuer`), so at each map the longest key that the rest of the path starts
 * with wins. Undefined when the path leads nowhere.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let value = root;
  let rest = path;
  while (rest !== '') {
    if (rest.startsWith('[')) {
      const m = /^\[(\d+)\]/.exec(rest);
      if (!m || !Array.isArray(value)) return undefined;
      value = value[Number(m[1])];
      rest = rest.slice(m[0].length);
    } else {
      if (rest.startsWith('.')) rest = rest.slice(1);
      if (!isRecord(value)) return undefined;
      const record = value;
      const key = Object.keys(record)
        .filter((k) => rest.startsWith(k) && (rest.length === k.length || rest[k.length] === '.' || rest[k.length] === '['))
        .sort((a, b) => b.length - a.length)[0];
      if (key === undefined) return undefined;
      value = record[key];
      rest = rest.slice(key.length);
    }
  }
  return value;
}
