/**
 * The wiring graph as a Mermaid flowchart (code hosts render it): the workloads as nodes in
 * their namespaces, each connection an edge labelled with what it carries and its port, and
 * what lies outside the cluster's pods (applications, the API server, object stores) as
 * nodes of its own. Nodes and edges are sorted, so the same graph gives the same text.
 */
import type { Endpoint } from '../../common/contract/endpoint';
import type { Peer, Wiring } from '../../wiring/wiring';
import { ManifestDoc, PodWorkload, byTuple, podWorkloads } from './workloads';

interface Node {
  readonly id: string;
  readonly label: string;
  /** The namespace it is drawn in; none for what is outside the stack's namespaces. */
  readonly namespace?: string;
  /** `stadium` for what is outside the cluster's pods. */
  readonly outside: boolean;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly dotted: boolean;
}

/**
 * A Mermaid id: letters, digits and underscores only, after a prefix that names its kind (an
 * id that began with `o` or `x` right after an edge would read as a circle or cross edge).
 */
const mermaidId = (prefix: string, ...parts: string[]): string => `${prefix}_${parts.join('__').replace(/[^A-Za-z0-9]/g, '_')}`;

/** A label inside Mermaid's quotes: a double quote is its entity. */
const text = (s: string): string => s.replace(/"/g, '#quot;');

const selects = (selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The nodes of the graph, by how a connection's ends find them. */
class Nodes {
  private readonly all = new Map<string, Node>();

  constructor(private readonly workloads: readonly PodWorkload[]) {}

  private add(node: Node): string {
    this.all.set(node.id, node);
    return node.id;
  }

  /** The node of a peer: its workload when one of the manifests' matches, else the peer itself (applications). */
  public peer(p: Peer): string {
    const w = typeof p.namespace === 'string' ? this.workloads.find((x) => x.namespace === p.namespace && selects(p.podSelector, x.labels)) : undefined;
    if (w) return this.workload(w);
    const namespaces = typeof p.namespace === 'string' ? [p.namespace] : [...p.namespace].sort();
    const where = namespaces.length ? `namespaces ${namespaces.join(', ')}` : 'any namespace';
    return this.add({ id: mermaidId('p', p.name, ...namespaces), label: `${p.name}<br/>${where}`, outside: true });
  }

  /** The node of an Endpoint: the workload behind its Service, else the Service. */
  public endpoint(e: Endpoint): string {
    const w = this.workloads.find((x) => x.namespace === e.namespace && selects(e.podSelector, x.labels));
    if (w) return this.workload(w);
    return this.add({ id: mermaidId('s', e.namespace, e.service), label: `Service ${e.service}`, namespace: e.namespace, outside: false });
  }

  public workload(w: PodWorkload): string {
    return this.add({ id: mermaidId('w', w.namespace, w.name), label: `${w.name}<br/>${w.kind}`, namespace: w.namespace, outside: false });
  }

  public external(label: string): string {
    return this.add({ id: mermaidId('ext', label.replace(/<br\/>/g, ' ')), label, outside: true });
  }

  public sorted(): Node[] {
    return [...this.all.values()].sort((a, b) => byTuple([a.id], [b.id]));
  }
}

const ports = (ps: readonly number[]): string => ps.map((p) => `:${p}`).join(', ');

/** The edges of the recorded and implied connections; one per pair of nodes and label (the replicas of a StatefulSet addressed one by one are one edge). */
const connectionEdges = (graph: Wiring, nodes: Nodes): Edge[] => {
  const edges = new Map<string, Edge>();
  const byPod = new Set<string>();
  for (const c of graph.connections) {
    const from = nodes.peer(c.from);
    const to = nodes.endpoint(c.to);
    const k = JSON.stringify([from, to, c.purpose, c.to.port]);
    if (c.to.pod) byPod.add(k);
    edges.set(k, { from, to, label: `${c.purpose} :${c.to.port}${c.to.udp ? ' (TCP, UDP)' : ''}`, dotted: c.kind === 'scrape' });
  }
  return [...edges].map(([k, e]) => (byPod.has(k) ? { ...e, label: `${e.label}, to each pod` } : e));
};

/** The edges to what lies outside the cluster's pods: each external connection, and the workloads whose egress is not restricted. */
const externalEdges = (graph: Wiring, nodes: Nodes): Edge[] => [
  ...graph.externalConnections.map((x) => {
    const where = x.bucket ? `bucket ${x.bucket}${x.destination ? `<br/>${x.destination}` : ''}` : (x.destination ?? x.purpose);
    return { from: nodes.peer(x.from), to: nodes.external(where), label: `${x.purpose} ${ports(x.ports)}`, dotted: false };
  }),
  ...graph.workloads
    .filter((w) => w.unrestrictedEgress)
    .map((w) => ({ from: nodes.peer(w.peer), to: nodes.external('any address<br/>(egress not restricted)'), label: w.unrestrictedEgress!, dotted: false })),
];

/** The Mermaid flowchart of the graph, over the workloads of the manifests. */
export const dataFlowChart = (graph: Wiring, objects: readonly ManifestDoc[]): string => {
  const nodes = new Nodes(podWorkloads(objects));
  // every workload of the graph is drawn, also one nothing connects to
  for (const w of graph.workloads) nodes.peer(w.peer);
  const edges = [...connectionEdges(graph, nodes), ...externalEdges(graph, nodes)].sort((a, b) => byTuple([a.from, a.to, a.label], [b.from, b.to, b.label]));
  const all = nodes.sorted();
  const shape = (n: Node) => (n.outside ? `${n.id}(["${text(n.label)}"])` : `${n.id}["${text(n.label)}"]`);
  const namespaces = [...new Set(all.flatMap((n) => (n.namespace ? [n.namespace] : [])))].sort();
  return [
    'flowchart LR',
    ...all.filter((n) => !n.namespace).map((n) => `  ${shape(n)}`),
    ...namespaces.flatMap((ns) => [`  subgraph ${mermaidId('ns', ns)}["namespace ${ns}"]`, ...all.filter((n) => n.namespace === ns).map((n) => `    ${shape(n)}`), '  end']),
    ...edges.map((e) => `  ${e.from} ${e.dotted ? '-.->' : '-->'}|"${text(e.label)}"| ${e.to}`),
  ].join('\n');
};
