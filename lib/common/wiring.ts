import { IConstruct } from 'constructs';
import { Endpoint } from './endpoint';

/** The pods on one side of a connection. */
export interface Peer {
  /** A human name for messages and policy names, e.g. `otel-agent`. */
  readonly name: string;
  readonly namespace: string;
  /** The labels of the pods. */
  readonly podSelector: Readonly<Record<string, string>>;
}

/** One edge of the graph: pods of `from` open connections to `to`. */
export interface Connection {
  readonly from: Peer;
  readonly to: Endpoint;
  /** What the connection carries, e.g. `traces (OTLP gRPC)`. */
  readonly purpose: string;
}

const graphs = new WeakMap<IConstruct, Wiring>();

/**
 * The graph of who talks to whom, recorded by each consumer as it takes an Endpoint
 * into its config. NetworkPolicies and tests are derived from it, so they cannot drift
 * from the configs. One graph per construct tree (per app).
 */
export class Wiring {
  /** The graph of the tree that `scope` belongs to. */
  public static of(scope: IConstruct): Wiring {
    const root = scope.node.root;
    let g = graphs.get(root);
    if (!g) {
      g = new Wiring();
      graphs.set(root, g);
    }
    return g;
  }

  private readonly list: Connection[] = [];

  private constructor() {}

  /** Records that `from` connects to `to`, and returns `to` for use in a config. */
  public connect(from: Peer, to: Endpoint, purpose: string): Endpoint {
    this.list.push({ from, to, purpose });
    return to;
  }

  /** Every recorded connection, in the order recorded. */
  public get connections(): Connection[] {
    return [...this.list];
  }
}
