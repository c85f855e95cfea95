import { readInputs } from './audit';
import { CliIo, UsageError } from './io';
import { tlsGraph } from '../graph/model';
import { toDot, toMermaid } from '../graph/render';

export const GRAPH_USAGE = `usage: cdk8s-tls graph <file|dir|->... [--format mermaid|dot]

Draws the TLS topology of Kubernetes YAML: issuers -> certificates -> Secrets -> their consumers
(Ingress TLS entries, Gateway and ListenerSet listeners, pod volumes, trust bundles, CA injection
targets, Istio gateways and destination rules). Broken links are drawn red and dashed: an issuer
that does not exist, a host no certificate of the Secret covers, a Secret written twice or by
nobody. mermaid (default) renders in GitHub Markdown; dot renders with Graphviz
(cdk8s-tls graph dist --format dot | dot -Tsvg > tls.svg).

exit status: 0 drawn, 2 unreadable input, no Kubernetes objects, or bad usage`;

/** `cdk8s-tls graph`: returns the exit status. */
export function graph(args: readonly string[], io: CliIo): number {
  let format: 'mermaid' | 'dot' = 'mermaid';
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice('--format='.length) : args[++i];
      if (value !== 'mermaid' && value !== 'dot') throw new UsageError(`--format takes mermaid or dot; got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      format = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) throw new UsageError('no input: name files, directories or - for standard input');
  const { sources, errors } = readInputs(inputs, io);
  if (errors.length === 0 && sources.size === 0) errors.push(`no Kubernetes objects (YAML documents with apiVersion and kind) in ${inputs.join(', ')}`);
  for (const message of errors) io.stderr(`${message}\n`);
  if (errors.length) return 2;
  const model = tlsGraph([...sources.keys()]);
  io.stdout(format === 'dot' ? toDot(model) : toMermaid(model));
  return 0;
}
