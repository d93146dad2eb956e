/**
 * An HTTP API on an Endpoint: the base path a client appends to, e.g. `/otlp` for Loki's
 * OTLP intake (the exporter adds `/v1/logs`), `/api/v1/write` for Prometheus's remote write.
 */
export interface HttpDestination {
  readonly endpoint: Endpoint;
  readonly path: string;
}

/** The ways a Service's DNS name can be written inside the cluster. */
export type DnsForm = 'short' | 'namespaced' | 'svc' | 'fqdn';

/** The properties of an {@link Endpoint}. */
export interface EndpointProps {
  /** The Service's `metadata.name`. */
  readonly service: string;
  /** The Service's namespace. */
  readonly namespace: string;
  /** The Service port's name (at most 15 characters). */
  readonly portName: string;
  /** The Service port's number. */
  readonly port: number;
  /**
   * The protocol spoken on the port.
   * @default 'http'
   */
  readonly scheme?: 'http' | 'https' | 'grpc';
  /** The labels of the pods behind the Service (its selector), for NetworkPolicies. */
  readonly podSelector: Readonly<Record<string, string>>;
  /**
   * The container port the Service forwards to.
   * @default - the same number as `port`
   */
  readonly targetPort?: number;
  /**
   * The Service is headless (`clusterIP: None`): clients address its pods one by one, as
   * the load-balancing exporter does with the gateway's.
   * @default false
   */
  readonly headless?: boolean;
  /**
   * One pod of a StatefulSet, by its own DNS name under the (headless) Service:
   * `<pod>.<service>.<namespace>.svc`.
   * @default - the Service
   */
  readonly pod?: string;
  /** The port is served over UDP as well as TCP (memberlist gossip). @default false */
  readonly udp?: boolean;
}

/**
 * A point another component may reach: one named port of one Service. Providers derive
 * their Endpoints from their own Service and port constants; consumers take an Endpoint,
 * never a host string, and turn it into an address only where a config needs one.
 */
export class Endpoint {
  public readonly service: string;
  public readonly namespace: string;
  public readonly portName: string;
  public readonly port: number;
  public readonly scheme: 'http' | 'https' | 'grpc';
  public readonly targetPort: number;
  public readonly headless: boolean;
  public readonly pod?: string;
  public readonly udp: boolean;
  private readonly selector: Readonly<Record<string, string>>;
  private readonly props: EndpointProps;

  constructor(props: EndpointProps) {
    this.props = { ...props, podSelector: { ...props.podSelector } };
    this.service = props.service;
    this.namespace = props.namespace;
    this.portName = props.portName;
    this.port = props.port;
    this.scheme = props.scheme ?? 'http';
    this.targetPort = props.targetPort ?? props.port;
    this.headless = props.headless ?? false;
    this.pod = props.pod;
    this.udp = props.udp ?? false;
    this.selector = { ...props.podSelector };
  }

  /** The same port of one pod of the Service, by the pod's DNS name. */
  public forPod(pod: string): Endpoint {
    return new Endpoint({ ...this.props, pod });
  }

  /** The labels of the pods behind the Service (a copy). */
  public get podSelector(): Record<string, string> {
    return { ...this.selector };
  }

  /**
   * The Service's DNS name.
   * @param form `short` (same namespace only), `namespaced` (`name.ns`), `svc` (`name.ns.svc`,
   *   the default: independent of the cluster domain) or `fqdn` (`name.ns.svc.cluster.local`)
   */
  public host(form: DnsForm = 'svc'): string {
    const pod = this.pod ? `${this.pod}.` : '';
    switch (form) {
      case 'short':
        return `${pod}${this.service}`;
      case 'namespaced':
        return `${pod}${this.service}.${this.namespace}`;
      case 'svc':
        return `${pod}${this.service}.${this.namespace}.svc`;
      case 'fqdn':
        return `${pod}${this.service}.${this.namespace}.svc.cluster.local`;
    }
  }

  /** `host:port`, e.g. for gRPC exporters. */
  public hostPort(form: DnsForm = 'svc'): string {
    return `${this.host(form)}:${this.port}`;
  }

  /** An HTTP(S) URL to a path on this endpoint, e.g. `url('/api/v1/write')`. */
  public url(path = '', form: DnsForm = 'svc'): string {
    const scheme = this.scheme === 'https' ? 'https' : 'http';
    const suffix = path === '' || path.startsWith('/') ? path : `/${path}`;
    return `${scheme}://${this.hostPort(form)}${suffix}`;
  }

  /** A short description for messages: `service.namespace:port (portName)`. */
  public toString(): string {
    return `${this.pod ? `${this.pod}.` : ''}${this.service}.${this.namespace}:${this.port} (${this.portName})`;
  }
}

/** One destination or several, as a list (none for undefined). */
export const destinations = (d: HttpDestination | readonly HttpDestination[] | undefined): HttpDestination[] => (d === undefined ? [] : 'endpoint' in d ? [d as HttpDestination] : [...(d as readonly HttpDestination[])]);
