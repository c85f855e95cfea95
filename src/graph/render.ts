import { GraphEdge, GraphNode, NodeRole, TlsGraph } from './model';

// Issuers on the left, consumers on the right; broken nodes and links in red, dashed.

const ROLE_ORDER: NodeRole[] = ['issuer', 'certificate', 'secret', 'bundle', 'consumer'];
const sorted = (graph: TlsGraph): GraphNode[] =>
  [...graph.nodes].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.label.localeCompare(b.label));

/** Short ids in output order, so the text is stable and diffable. */
function ids(nodes: readonly GraphNode[]): Map<string, string> {
  return new Map(nodes.map((n, i) => [n.id, `n${i}`]));
}

/** Edges in the order of their ends' nodes. */
function sortedEdges(graph: TlsGraph, nodes: readonly GraphNode[]): GraphEdge[] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  return [...graph.edges].sort((a, b) =>
    index.get(a.from)! - index.get(b.from)! || index.get(a.to)! - index.get(b.to)! || a.label.localeCompare(b.label));
}

const nodeText = (n: GraphNode) => (n.broken ? `${n.label}\n${n.broken}` : n.label);
const edgeText = (e: GraphEdge) => (e.broken ? `${e.label}: ${e.broken}` : e.label);

/** Mermaid `flowchart LR`, for Markdown that GitHub renders. */
export function toMermaid(graph: TlsGraph): string {
  const nodes = sorted(graph);
  const id = ids(nodes);
  const text = (s: string) => `"${s.replace(/"/g, '#quot;').replace(/\n/g, '<br/>')}"`;
  const shape: Record<NodeRole, (s: string) => string> = {
    issuer: (s) => `[[${s}]]`,
    certificate: (s) => `(${s})`,
    secret: (s) => `[(${s})]`,
    bundle: (s) => `{{${s}}}`,
    consumer: (s) => `[${s}]`,
  };
  const lines = ['flowchart LR'];
  for (const n of nodes) lines.push(`  ${id.get(n.id)}${shape[n.role](text(nodeText(n)))}`);
  const edges = sortedEdges(graph, nodes);
  const brokenLinks: number[] = [];
  edges.forEach((e, i) => {
    lines.push(`  ${id.get(e.from)} ${e.broken ? '-.->' : '-->'}|${text(edgeText(e))}| ${id.get(e.to)}`);
    if (e.broken) brokenLinks.push(i);
  });
  lines.push('  classDef broken fill:#fdd,stroke:#c00,stroke-width:2px,stroke-dasharray:5 3');
  const broken = nodes.filter((n) => n.broken).map((n) => id.get(n.id));
  if (broken.length) lines.push(`  class ${broken.join(',')} broken`);
  if (brokenLinks.length) lines.push(`  linkStyle ${brokenLinks.join(',')} stroke:#c00,stroke-width:2px`);
  return `${lines.join('\n')}\n`;
}

/** Graphviz DOT, for `dot -Tsvg`. */
export function toDot(graph: TlsGraph): string {
  const nodes = sorted(graph);
  const id = ids(nodes);
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
  const shape: Record<NodeRole, string> = { issuer: 'box3d', certificate: 'note', secret: 'cylinder', bundle: 'hexagon', consumer: 'box' };
  const lines = [
    'digraph tls {',
    '  rankdir=LR;',
    '  node [fontname="Helvetica", fontsize=10, style=filled, fillcolor="#f5f7fa"];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const role of ROLE_ORDER) {
    const members = nodes.filter((n) => n.role === role);
    if (members.length === 0) continue;
    lines.push(`  { rank=same; ${members.map((n) => id.get(n.id)).join('; ')}; }`);
  }
  for (const n of nodes) {
    const style = n.broken ? ', color="#cc0000", fillcolor="#ffdddd", style="filled,dashed", penwidth=2' : '';
    lines.push(`  ${id.get(n.id)} [label=${quote(nodeText(n))}, shape=${shape[n.role]}${style}];`);
  }
  for (const e of sortedEdges(graph, nodes)) {
    const style = e.broken ? ', color="#cc0000", fontcolor="#cc0000", style=dashed, penwidth=2' : '';
    lines.push(`  ${id.get(e.from)} -> ${id.get(e.to)} [label=${quote(edgeText(e))}${style}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
