import { Construct } from 'constructs';
import { BackendProps, DEFAULT_BACKEND_RESOURCES, backendPeer, statefulBackend } from '../common/backend';
import { Endpoint, HttpDestination } from '../common/endpoint';
import { deepMerge } from '../common/merge';
import { NAMES } from '../common/names';
import { IMAGES } from '../common/images';
import { ComponentIdentity } from '../common/labels';
import { PORTS } from '../common/ports';
import { ObjectStorage, checkStorage, s3CredentialEnv } from '../common/storage';
import { checkDnsLabel, checkDuration, checkNonEmpty } from '../common/validate';
import { Peer, Wiring } from '../common/wiring';
import { endpointOf, httpProbe, tcpProbe } from '../common/workload';
import { toYaml } from '../common/yaml';
import { tempoConfig } from './config';

/** Properties of {@link Tempo}. */
export interface TempoProps extends BackendProps {
  /** The `cluster` label on generated metrics. */
  readonly clusterName: string;
  /**
   * How long traces are kept (a Go duration: h, m, s).
   * @default '336h'
   */
  readonly retention?: string;
  /**
   * Where trace blocks live. The WAL and the generator's WAL stay on the PVC either way.
   * @default { type: 'filesystem' }
   */
  readonly storage?: ObjectStorage;
  /**
   * Where the metrics generator remote-writes span metrics and service graphs (with exemplars).
   * @default - the generator keeps its series to itself
   */
  readonly metricsRemoteWrite?: HttpDestination;
}

const NAME = NAMES.tempo;
const DATA_DIR = '/var/tempo';

/** Grafana Tempo, monolithic, on a PVC: OTLP intake, TraceQL API, metrics generator. */
export class Tempo extends Construct {
  public static readonly IDENTITY: ComponentIdentity = { name: NAME, component: 'tracing', version: IMAGES.tempo.tag };

  /** OTLP gRPC intake. */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** OTLP/HTTP intake. */
  public readonly otlpHttpEndpoint: Endpoint;
  /** The HTTP API (query, `/metrics`, `/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** Tempo's pods, as a peer of the connections they open. */
  public readonly peer: Peer;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: TempoProps) {
    super(scope, id);
    const ns = checkDnsLabel(`Tempo 'namespace'`, props.namespace);
    checkNonEmpty(`Tempo 'clusterName'`, props.clusterName);
    const retention = checkDuration(`Tempo 'retention'`, props.retention ?? '336h', true);
    const storage = checkStorage('Tempo', props.storage ?? { type: 'filesystem' });
    const identity = Tempo.IDENTITY;
    this.peer = backendPeer(this, identity, ns, storage);

    const rw = props.metricsRemoteWrite;
    const remoteWriteUrls = rw
      ? [Wiring.of(this).connect(this.peer, rw.endpoint, 'span metrics (remote write)').url(rw.path)]
      : [];
    this.configYaml = toYaml(deepMerge(tempoConfig({ clusterName: props.clusterName, retention, storage, remoteWriteUrls, dataDir: DATA_DIR }), props.overrides));

    this.otlpGrpcEndpoint = endpointOf(identity, NAME, ns, PORTS.otlpGrpc, 'grpc');
    this.otlpHttpEndpoint = endpointOf(identity, NAME, ns, PORTS.otlpHttp);
    this.httpEndpoint = endpointOf(identity, NAME, ns, PORTS.tempoHttp);

    statefulBackend(this, {
      identity,
      owner: 'Tempo',
      name: NAME,
      namespace: ns,
      image: 'tempo',
      imageRegistry: props.imageRegistry,
      user: { uid: 10001, gid: 10001 },
      args: ['-target=all', '-config.file=/etc/tempo/tempo.yaml', '-config.expand-env=true'],
      env: s3CredentialEnv(storage),
      ports: [PORTS.tempoHttp, { ...PORTS.tempoGrpc, appProtocol: 'grpc' }, { ...PORTS.otlpGrpc, appProtocol: 'grpc' }, PORTS.otlpHttp],
      configFiles: { 'tempo.yaml': this.configYaml },
      configName: `${NAME}-config`,
      configDir: '/etc/tempo',
      dataDir: DATA_DIR,
      storageSize: props.storageSize ?? '10Gi',
      storageClassName: props.storageClassName,
      tmp: true,
      resources: props.resources ?? DEFAULT_BACKEND_RESOURCES,
      readinessProbe: httpProbe(PORTS.tempoHttp, '/ready', { initialDelaySeconds: 15 }),
      // not /ready: readiness may lag behind a live process
      livenessProbe: tcpProbe(PORTS.tempoHttp, { initialDelaySeconds: 30 }),
    });
  }
}
