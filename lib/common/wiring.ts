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
  /** `scrape`: `from` pulls metrics from `to` (a Prometheus scrape job is rendered from it). */
  readonly kind: ConnectionKind;
}

/** How a connection is used: `push` (the client sends), `scrape` (Prometheus pulls), `query`. */
export type ConnectionKind = 'push' | 'scrape' | 'query';

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

/** A construct that owns a wiring graph (each environment's stack): components find it up the tree. */
export interface IWiringScope extends IConstruct {
  readonly wiring: Wiring;
}

const isWiringScope = (c: IConstruct): c is IWiringScope => (c as Partial<IWiringScope>).wiring instanceof Wiring;

/**
 * The graph of who talks to whom, recorded by each consumer as it takes an Endpoint into
 * its config. The stack owns it; NetworkPolicies and Prometheus's scrape jobs are rendered
 * from it once it is finished (just before output), so the order in which components are
 * added or connected does not change the result.
 */
export class Wiring {
  /** The graph of the nearest enclosing {@link IWiringScope} (normally the stack). */
  public static of(scope: IConstruct): Wiring {
    const owner = [...scope.node.scopes].reverse().find(isWiringScope);
    if (!owner) throw new Error(`${scope.node.path}: a component must be created inside an ObservabilityStack (or another construct that owns a Wiring)`);
    return owner.wiring;
  }

  private done = false;
  private readonly list: Connection[] = [];
  private readonly externals: ExternalConnection[] = [];
  private readonly workloadList: Workload[] = [];

  /**
   * Ends recording: the derived outputs are about to be rendered from the graph, and a
   * connection recorded later would be in a config but in no NetworkPolicy.
   */
  public finish(): void {
    this.done = true;
  }

  /** Whether {@link finish} was called. */
  public get finished(): boolean {
    return this.done;
  }

  private open(what: string): void {
    if (this.done) throw new Error(`the wiring graph is finished (the output was rendered): ${what} must be recorded before`);
  }

  /** Records that `from` connects to `to`, and returns `to` for use in a config. */
  public connect(from: Peer, to: Endpoint, purpose: string, kind: ConnectionKind = 'push'): Endpoint {
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
    this.list.push({ from, to, purpose, kind });
    return to;
  }

  /** Records a workload of the stack; each gets an egress policy unless `unrestrictedEgress` says why not. */
  public register(workload: Workload): void {
    this.open(`the workload ${workload.peer.name}`);
    this.workloadList.push(workload);
  }

  /** Records that `from` connects to addresses outside the cluster's pods on these ports. */
  public external(from: Peer, ports: number[], purpose: string): void {
    this.open(`the external connection of ${from.name}`);
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
