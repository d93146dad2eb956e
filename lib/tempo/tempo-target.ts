import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { BACKEND_PROP_KEYS, BackendProps, StatefulBackend } from '../common/contract/backend';
import { ComponentDeclaration, ComponentSize, EgressDeclaration } from '../common/contract/component';
import { Endpoint } from '../common/contract/endpoint';
import { NamedPort } from '../common/k8s/ports';
import { httpProbe, tcpProbe } from '../common/k8s/workload';
import { SizeName } from '../common/vocabulary/sizes';
import { toYaml } from '../common/vocabulary/yaml';
import { TempoTargetName } from './distributed-config';
import { TEMPO, TEMPO_USER } from './declaration';
import type { TempoProps } from './tempo';

/** The memberlist port of the targets that gossip the rings (TCP, on their peers' headless Service). */
export const TEMPO_GOSSIP_PORT: NamedPort = { name: 'memberlist', port: 7946 };

/** Properties of {@link TempoTarget}. */
export interface TempoTargetProps extends BackendProps {
  /** Its `-target`. */
  readonly target: TempoTargetName;
  /** Its name after `tempo-`, e.g. `live-store-zone-a`. */
  readonly suffix: string;
  readonly replicas: number;
  /** Resources and volume per size profile. */
  readonly sizes: Readonly<Record<SizeName, ComponentSize>>;
  /** It gossips the rings over memberlist. */
  readonly gossip: boolean;
  /** Its pods are found one by one through its headless peers Service (the query-frontends, by the queriers). @default false */
  readonly discovered?: boolean;
  /** It keeps data on a volume of its own (the live-stores' recent traces, a generator's WAL). */
  readonly volume: boolean;
  /** Beyond its recorded connections: the object store, the log. */
  readonly egress: EgressDeclaration;
}

/**
 * One target of Tempo's distributed tier: a StatefulSet of `-target=<target>` pods (their
 * names carry the ordinal a live-store or block-builder takes its partition from), a Service,
 * a headless peers Service where the others reach its pods one by one (memberlist, the
 * query-frontends' discovery), spread over zones and nodes, one pod at a time out.
 * Made by {@link TempoDistributed}, which renders its config once every target exists.
 */
export class TempoTarget extends StatefulBackend<TempoTargetProps> {
  public readonly target: TempoTargetName;
  public readonly replicas: number;
  /** The HTTP API, `/metrics` and `/ready`. */
  public readonly httpEndpoint: Endpoint;
  /** gRPC (the queriers' and workers' work, the live-stores' queries). */
  public readonly grpcEndpoint: Endpoint;
  /** Its memberlist port, on the peers Service, for the members that gossip with it. @default - not a member */
  public readonly gossipEndpoint?: Endpoint;
  /** Its gRPC port on the peers Service: every pod's address. @default - not discovered */
  public readonly discoveryEndpoint?: Endpoint;
  private readonly spec: TempoTargetProps;
  private rendered = false;

  constructor(scope: Construct, id: string, props: TempoTargetProps) {
    const declaration: ComponentDeclaration<TempoTargetProps> = {
      ...TEMPO,
      name: `${TEMPO.name}-${props.suffix}`,
      ports: { ...TEMPO.ports, gossip: TEMPO_GOSSIP_PORT },
      sizes: props.sizes,
      props: { ...TARGET_PROP_KEYS },
    };
    super(scope, id, declaration, props, props.egress);
    this.spec = props;
    this.target = props.target;
    this.replicas = props.replicas;
    this.httpEndpoint = this.endpoint(TEMPO.ports.http);
    this.grpcEndpoint = this.endpoint(TEMPO.ports.grpc, 'grpc');
    if (props.gossip) this.gossipEndpoint = this.endpoint(TEMPO_GOSSIP_PORT, 'http', this.peersService, true);
    if (props.discovered) this.discoveryEndpoint = this.endpoint(TEMPO.ports.grpc, 'grpc', this.peersService, true);
  }

  /** Its OTLP intake (the distributors'). */
  public otlpEndpoint(protocol: 'grpc' | 'http'): Endpoint {
    return protocol === 'grpc' ? this.endpoint(TEMPO.ports.otlpGrpc, 'grpc') : this.endpoint(TEMPO.ports.otlpHttp);
  }

  /** Each pod's memberlist address, by its DNS name under the peers Service. */
  public get gossipMembers(): Endpoint[] {
    const e = this.gossipEndpoint;
    return e ? Array.from({ length: this.replicas }, (_, i) => e.forPod(`${this.name}-${i}`)) : [];
  }

  /** Records that this target's pods connect to `to`, and returns it. */
  public connect(to: Endpoint, purpose: string, kind: 'push' | 'query' = 'push'): Endpoint {
    return this.wiring.connect(this.peer, to, purpose, kind);
  }

  /** Writes its config, Services and StatefulSet: once, when every target's endpoints are known. */
  public render(config: object, env: k8s.EnvVar[], dataDir: string, affinity?: k8s.Affinity): void {
    if (this.rendered) throw new Error(`TempoTarget '${this.name}' is rendered once`);
    this.rendered = true;
    const ports = TEMPO.ports;
    const cm = this.configMap('Config', `${this.name}-config`, { 'tempo.yaml': toYaml(config) });
    const peersPorts = [...(this.spec.gossip ? [TEMPO_GOSSIP_PORT] : []), ...(this.spec.discovered ? [ports.grpc] : [])];
    this.statefulBackend({
      user: TEMPO_USER,
      args: [`-target=${this.target}`, '-config.file=/etc/tempo/tempo.yaml', '-config.expand-env=true'],
      env,
      ports: [ports.http, { ...ports.grpc, appProtocol: 'grpc' }, ...(this.target === 'distributor' ? [{ ...ports.otlpGrpc, appProtocol: 'grpc' }, ports.otlpHttp] : [])],
      replicas: this.replicas,
      ...(peersPorts.length ? { peers: { ports: peersPorts } } : {}),
      disruptionBudget: true,
      configMaps: [{ ref: cm, mountPath: '/etc/tempo' }],
      ...(this.spec.volume ? { dataDir } : {}),
      tmp: true,
      readinessProbe: httpProbe(ports.http, '/ready', { initialDelaySeconds: 15 }),
      // not /ready: readiness may lag behind a live process (a live-store catching up on its partition)
      livenessProbe: tcpProbe(ports.http, { initialDelaySeconds: 30 }),
      ...(this.target === 'live-store'
        ? {
            // a live-store replays its partition from the log before it is ready
            startupProbe: httpProbe(ports.http, '/ready', { periodSeconds: 10, failureThreshold: 60 }),
            // it hands its recent blocks over before it stops
            terminationGracePeriodSeconds: 300,
          }
        : {}),
      ...(affinity ? { affinity } : {}),
    });
  }
}

/** The keys of {@link TempoTargetProps}. */
const TARGET_PROP_KEYS: Record<keyof TempoTargetProps, true> = {
  ...BACKEND_PROP_KEYS,
  target: true,
  suffix: true,
  replicas: true,
  sizes: true,
  gossip: true,
  discovered: true,
  volume: true,
  egress: true,
};

/** The props of {@link TempoProps} every target takes as they are. */
export type TempoTargetBase = Pick<TempoProps, 'namespace' | 'size' | 'resources' | 'imageRegistry' | 'serviceAccountAnnotations' | 'imagePullSecrets' | 'priorityClassName' | 'storageSize' | 'storageClassName'>;
