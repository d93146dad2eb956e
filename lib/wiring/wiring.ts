import { App, Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { Endpoint } from '../common/contract/endpoint';
import { checkScope } from '../output/scope-checks';
import { NetworkPolicyChart } from './network-policies';

/** The pods on one side of a connection. */
export interface Peer {
  /** A human name for messages and policy names, e.g. `otel-agent`. */
  readonly name: string;
  /**
   * The pods' namespace; or the namespaces they may be in, by name.
   * An empty list means any namespace.
   */
  readonly namespace: string | readonly string[];
  /** The labels of the pods; empty selects every pod of the namespace(s). */
  readonly podSelector: Readonly<Record<string, string>>;
}

/** One edge of the graph: pods of `from` open connections to `to`. */
export interface Connection {
  readonly from: Peer;
  readonly to: Endpoint;
  /** What the connection carries, e.g. `traces (OTLP gRPC)`. */
  readonly purpose: string;
  /** `scrape`: `from` pulls metrics from `to` (a Prometheus scrape job is rendered from it). */
  readonly kind: ConnectionKind;
  /** For a scrape: keep the scraped `namespace`, `pod`... labels over the target's. @default false */
  readonly honorLabels?: boolean;
}

/** How a connection is used: `push` (the client sends), `scrape` (Prometheus pulls), `query`. */
export type ConnectionKind = 'push' | 'scrape' | 'query';

/** Where an external connection goes, as far as the component knows it. */
export interface ExternalDestination {
  /**
   * The destination in words or as a host, e.g. `the Kubernetes API server` or
   * `s3.eu-west-1.amazonaws.com`: the node of the data-flow picture it is drawn as.
   * @default - the connection's purpose
   */
  readonly destination?: string;
  /** The object-store bucket it reads and writes, whose access its identity needs. @default - none */
  readonly bucket?: string;
}

/** Connections that leave the cluster's pods: the API server, an object store. */
export interface ExternalConnection extends ExternalDestination {
  readonly from: Peer;
  /** Destination TCP ports (any address). */
  readonly ports: number[];
  readonly purpose: string;
}

/** A workload of the graph and what its egress policy allows beyond its recorded connections. */
export interface Workload {
  readonly peer: Peer;
  /** Why the workload's egress cannot be narrowed (no egress policy is made). */
  readonly unrestrictedEgress?: string;
  /** Its own `/metrics`: every scraper of the graph scrapes it. @default - not scraped */
  readonly metricsEndpoint?: Endpoint;
  /** The scrape keeps the scraped `namespace`, `pod`... labels over the target's. @default false */
  readonly metricsHonorLabels?: boolean;
}

/** The construct id of a graph in its scope. */
const GRAPH_ID = 'Wiring';

/**
 * The graph of who talks to whom, recorded by each consumer as it takes an Endpoint into
 * its config. It is a construct of the scope that owns it: an {@link ObservabilityStack}
 * makes its own, and a component created anywhere else joins the app's (made on first use
 * at the root). The outputs derived from it (NetworkPolicies, Prometheus's scrape jobs,
 * Grafana's datasources) are produced inside cdk8s's synthesis from the complete graph, so
 * the order in which components are added or connected does not change the result; its
 * validation runs every output check on the charts of its scope as cdk8s writes them.
 */
export class Wiring extends Construct {
  /**
   * The graph of the nearest scope that owns one (a stack's), or else the app's, made at
   * the root on first use.
   */
  public static of(scope: IConstruct): Wiring {
    return Wiring.find(scope) ?? new Wiring(scope.node.root, { environment: 'app' });
  }

  /** The graph of the nearest scope that owns one, if any. */
  public static find(scope: IConstruct): Wiring | undefined {
    for (const s of [...scope.node.scopes].reverse()) {
      const g = s.node.tryFindChild(GRAPH_ID);
      if (g instanceof Wiring) return g;
    }
    return undefined;
  }

  /** The environment's name: the folder of its output, the first word of its findings. */
  public readonly environment: string;
  /** The chart of the NetworkPolicies derived from the graph. */
  public readonly policies: NetworkPolicyChart;
  private readonly list: Connection[] = [];
  private readonly externals: ExternalConnection[] = [];
  private readonly workloadList: Workload[] = [];
  private readonly scrapers: Peer[] = [];
  private closed = false;

  /**
   * Makes the graph of `scope`: the components created below it join this graph.
   * @param props.environment the environment's name, for messages and output folders
   */
  constructor(scope: Construct, props: { readonly environment: string }) {
    super(scope, GRAPH_ID);
    this.environment = props.environment;
    this.policies = new NetworkPolicyChart(scope, 'network-policies', this);
    this.node.addValidation({ validate: () => checkScope(this) });
  }

  /** The construct whose charts this graph's components are in. */
  public get owner(): IConstruct {
    return this.node.scope!;
  }

  /** The charts of the graph's scope (not those of a scope below it with a graph of its own), in the order cdk8s writes them. */
  public get charts(): Chart[] {
    const mine = (c: IConstruct) => Wiring.find(c) === this;
    const root = this.owner;
    const all = root === root.node.root && root instanceof App ? root.charts : root.node.findAll().filter((c): c is Chart => c instanceof Chart);
    return all.filter((c) => c.node.scopes.includes(root) && mine(c));
  }

  /**
   * Ends recording: the NetworkPolicies were made from the graph, and a connection recorded
   * later would be in a config but in no policy.
   */
  public close(): void {
    this.closed = true;
  }

  private open(what: string): void {
    if (this.closed) throw new Error(`the wiring graph is closed (its NetworkPolicies were synthesized): ${what} must be recorded before`);
  }

  /** Records that `from` connects to `to`, and returns `to` for use in a config. */
  public connect(from: Peer, to: Endpoint, purpose: string, kind: ConnectionKind = 'push', honorLabels?: boolean): Endpoint {
    this.open(`the connection ${from.name} -> ${to}`);
    // one Service port is one Endpoint: same number, same name
    const clash = this.list.find(
      (c) => c.to.service === to.service && c.to.namespace === to.namespace && (c.to.port === to.port) !== (c.to.portName === to.portName),
    );
    if (clash) {
      throw new Error(
        `Endpoint of Service ${to.namespace}/${to.service}: one port must be one Endpoint (same number and name), it has port ${clash.to.port} named '${clash.to.portName}', got port ${to.port} named '${to.portName}'`,
      );
    }
    this.list.push({ from, to, purpose, kind, ...(honorLabels ? { honorLabels } : {}) });
    return to;
  }

  /** Records a workload; each gets an egress policy unless `unrestrictedEgress` says why not, and is scraped when it has a metrics endpoint. */
  public register(workload: Workload): void {
    this.open(`the workload ${workload.peer.name}`);
    this.workloadList.push(workload);
  }

  /** Records that `from` scrapes the metrics of every workload of the graph (Prometheus). */
  public addScraper(from: Peer): void {
    this.open(`the scraper ${from.name}`);
    this.scrapers.push(from);
  }

  /** Records that `from` connects to addresses outside the cluster's pods on these ports (at `where`, when it is known). */
  public external(from: Peer, ports: number[], purpose: string, where: ExternalDestination = {}): void {
    this.open(`the external connection of ${from.name}`);
    this.externals.push({ from, ports: [...ports], purpose, ...(where.destination ? { destination: where.destination } : {}), ...(where.bucket ? { bucket: where.bucket } : {}) });
  }

  /** Every registered workload. */
  public get workloads(): Workload[] {
    return [...this.workloadList];
  }

  /** Every recorded external connection. */
  public get externalConnections(): ExternalConnection[] {
    return [...this.externals];
  }

  /** The connections recorded by the components, in order (without the implied scrapes). */
  public get recorded(): Connection[] {
    return [...this.list];
  }

  /**
   * Every connection: those recorded, in order, then each scraper's scrape of every
   * workload's own metrics that no recorded scrape of it covers.
   */
  public get connections(): Connection[] {
    const implied: Connection[] = [];
    for (const from of this.scrapers) {
      for (const w of this.workloadList) {
        const to = w.metricsEndpoint;
        if (!to) continue;
        const covered = this.list.some((c) => c.kind === 'scrape' && c.from === from && c.to.service === to.service && c.to.namespace === to.namespace);
        if (!covered) implied.push({ from, to, purpose: 'scrape', kind: 'scrape', honorLabels: w.metricsHonorLabels });
      }
    }
    return [...this.list, ...implied];
  }
}
