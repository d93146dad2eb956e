import { IConstruct } from 'constructs';
import { Endpoint } from './endpoint';

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
}

/** Connections that leave the cluster's pods: the API server, an object store. */
export interface ExternalConnection {
  readonly from: Peer;
  /** Destination TCP ports (any address). */
  readonly ports: number[];
  readonly purpose: string;
}

/** A workload of the stack and what its egress policy allows beyond its recorded connections. */
export interface Workload {
  readonly peer: Peer;
  /** Why the workload's egress cannot be narrowed (no egress policy is made). */
  readonly unrestrictedEgress?: string;
}

const graphs = new WeakMap<IConstruct, Wiring>();

/**
 * The graph of who talks to whom, recorded by each consumer as it takes an Endpoint
 * into its config. NetworkPolicies and tests are derived from it, so they cannot drift
 * from the configs. One graph per construct tree (per app).
 */
export class Wiring {
  /**
   * The graph `scope` belongs to: that of its nearest ancestor that has one of its own
   * (each environment's stack, see {@link Wiring.establish}), else the tree root's.
   */
  public static of(scope: IConstruct): Wiring {
    const owner = [...scope.node.scopes].reverse().find((s) => graphs.has(s)) ?? scope.node.root;
    let g = graphs.get(owner);
    if (!g) {
      g = new Wiring();
      graphs.set(owner, g);
    }
    return g;
  }

  /** Gives `scope` a graph of its own, so that several environments in one app never share edges. */
  public static establish(scope: IConstruct): Wiring {
    if (graphs.has(scope)) throw new Error(`${scope.node.path} already has a wiring graph`);
    const g = new Wiring();
    graphs.set(scope, g);
    return g;
  }

  private readonly list: Connection[] = [];
  private readonly externals: ExternalConnection[] = [];
  private readonly workloadList: Workload[] = [];

  private constructor() {}

  /** Records that `from` connects to `to`, and returns `to` for use in a config. */
  public connect(from: Peer, to: Endpoint, purpose: string): Endpoint {
    // one Service port is one Endpoint: same number, same name
    const clash = this.list.find(
      (c) => c.to.service === to.service && c.to.namespace === to.namespace && (c.to.port === to.port) !== (c.to.portName === to.portName),
    );
    if (clash) {
      throw new Error(
        `Endpoint of Service ${to.namespace}/${to.service}: one port must be one Endpoint (same number and name), it has port ${clash.to.port} named '${clash.to.portName}', got port ${to.port} named '${to.portName}'`,
      );
    }
    this.list.push({ from, to, purpose });
    return to;
  }

  /** Records a workload of the stack; each gets an egress policy unless `unrestrictedEgress` says why not. */
  public register(workload: Workload): void {
    this.workloadList.push(workload);
  }

  /** Records that `from` connects to addresses outside the cluster's pods on these ports. */
  public external(from: Peer, ports: number[], purpose: string): void {
    this.externals.push({ from, ports: [...ports], purpose });
  }

  /** Every registered workload. */
  public get workloads(): Workload[] {
    return [...this.workloadList];
  }

  /** Every recorded external connection. */
  public get externalConnections(): ExternalConnection[] {
    return [...this.externals];
  }

  /** Every recorded connection, in the order recorded. */
  public get connections(): Connection[] {
    return [...this.list];
  }
}
