import { Construct } from 'constructs';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint, HttpDestination, destinations } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { ObjectStorage, checkStorage, s3CredentialEnv, storageEgress } from '../common/k8s/storage';
import { IntakeProps, ShapeLimit, checkShapeLimit } from '../common/vocabulary/intake';
import { KafkaLog } from './ingest';
import { checkNonEmpty } from '../common/vocabulary/validate';
import { httpProbe, tcpProbe } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { tempoConfig } from './config';
import { TEMPO, TEMPO_USER } from './declaration';

/** Properties of {@link Tempo}. */
export interface TempoProps extends BackendProps {
  /** The `cluster` label on generated metrics. */
  readonly clusterName: string;
  /**
   * How long traces are kept (units s, m, h, d, w; rendered as hours for Tempo).
   * @default '14d'
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
  readonly metricsRemoteWrite?: HttpDestination | readonly HttpDestination[];
  /**
   * Replicas: 1. Tempo 3's monolithic mode runs one instance (its backend scheduler is a
   * singleton); any other count is refused. @default 1
   */
  readonly replicas?: number;
  /**
   * The environment's expected intake: spans a second above monolithic Tempo's documented
   * limit are refused ({@link TEMPO_MONOLITHIC_LIMIT}). @default - not checked
   */
  readonly intake?: IntakeProps;
  /**
   * The Kafka-compatible log of Tempo's distributed tier ({@link TempoDistributed}), which the
   * stack renders instead of monolithic Tempo above {@link TEMPO_MONOLITHIC_LIMIT}: required
   * there, refused below it (monolithic Tempo writes no log, so it would go unused).
   * @default - none: monolithic Tempo
   */
  readonly kafka?: KafkaLog;
}

/** Tempo's documented throughput for its monolithic mode, the shape the stack renders. */
export const TEMPO_MONOLITHIC_LIMIT: ShapeLimit = {
  shape: 'Tempo in monolithic mode',
  intake: 'spansPerSecond',
  max: 55000,
  unit: 'spans a second',
  source: 'Tempo 3 docs, deployment modes: monolithic when "your trace volume is under 25-35 MB/s or 55k-80k spans/s", the lower bound taken',
  above:
    "Tempo's distributed tier (TempoDistributed: distributors writing to a Kafka-compatible log, about 10 MB/s a partition, read by as many block-builders as partitions, and live-stores), which the stack renders when the environment gives 'tempo.kafka'",
};

const DATA_DIR = '/var/tempo';

/** Grafana Tempo, monolithic, on a PVC: OTLP intake, TraceQL API, metrics generator. */
export class Tempo extends StatefulBackend<TempoProps> {
  /** OTLP gRPC intake. */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** OTLP/HTTP intake. */
  public readonly otlpHttpEndpoint: Endpoint;
  /** The HTTP API (query, `/metrics`, `/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: TempoProps) {
    const storage = checkStorage('Tempo', props.storage ?? { type: 'filesystem' });
    super(scope, id, TEMPO, props, storageEgress(storage));
    checkNonEmpty(`Tempo 'clusterName'`, props.clusterName);
    if (props.replicas !== undefined && props.replicas !== 1) {
      throw new Error(
        `${this.owner} 'replicas' must be 1, got ${JSON.stringify(props.replicas)}: Tempo 3 docs, deployment modes: "Running more than one -target=all instance isn't supported because the backend scheduler is a singleton"; for more, Tempo's microservices mode (above ${TEMPO_MONOLITHIC_LIMIT.max.toLocaleString('en-US')} spans a second)`,
      );
    }
    checkShapeLimit(this.owner, TEMPO_MONOLITHIC_LIMIT, props.intake ?? {});
    if (props.kafka !== undefined) {
      const spans = props.intake?.spansPerSecond;
      throw new Error(
        `${this.owner} 'kafka' is for Tempo's distributed tier, rendered above ${TEMPO_MONOLITHIC_LIMIT.max.toLocaleString('en-US')} ${TEMPO_MONOLITHIC_LIMIT.unit}; 'intake.spansPerSecond' declares ${spans === undefined ? 'none' : spans.toLocaleString('en-US')}, so Tempo is monolithic and writes no log: remove 'kafka', or declare the intake that needs it`,
      );
    }
    const retention = Duration.parse(`Tempo 'retention'`, props.retention ?? '14d', 3600).toGo();
    const ports = TEMPO.ports;

    // each replica of a highly available Prometheus gets every sample
    const remoteWriteUrls = destinations(props.metricsRemoteWrite).map((rw) => this.wiring.connect(this.peer, rw.endpoint, 'span metrics (remote write)').url(rw.path));
    this.configYaml = toYaml(deepMerge(tempoConfig({ clusterName: props.clusterName, retention, storage, remoteWriteUrls, dataDir: DATA_DIR }), props.overrides));

    this.otlpGrpcEndpoint = this.endpoint(ports.otlpGrpc, 'grpc');
    this.otlpHttpEndpoint = this.endpoint(ports.otlpHttp);
    this.httpEndpoint = this.endpoint(ports.http);

    const config = this.configMap('Config', `${this.name}-config`, { 'tempo.yaml': this.configYaml });
    this.statefulBackend({
      user: TEMPO_USER,
      args: ['-target=all', '-config.file=/etc/tempo/tempo.yaml', '-config.expand-env=true'],
      env: s3CredentialEnv(storage),
      ports: [ports.http, { ...ports.grpc, appProtocol: 'grpc' }, { ...ports.otlpGrpc, appProtocol: 'grpc' }, ports.otlpHttp],
      configMaps: [{ ref: config, mountPath: '/etc/tempo' }],
      dataDir: DATA_DIR,
      tmp: true,
      readinessProbe: httpProbe(ports.http, '/ready', { initialDelaySeconds: 15 }),
      // not /ready: readiness may lag behind a live process
      livenessProbe: tcpProbe(ports.http, { initialDelaySeconds: 30 }),
    });
  }
}
