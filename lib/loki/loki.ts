import { Construct } from 'constructs';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint, HttpDestination } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { goMemLimit } from '../common/k8s/resources';
import { ObjectStorage, checkStorage, s3CredentialEnv, storageEgress } from '../common/k8s/storage';
import { httpProbe, podIpEnv, tcpProbe } from '../common/k8s/workload';
import { IntakeProps, ShapeLimit, checkShapeLimit } from '../common/vocabulary/intake';
import { checkInt } from '../common/vocabulary/validate';
import { toYaml } from '../common/vocabulary/yaml';
import { DEFAULT_INDEX_LABELS, HIGH_CARDINALITY_ATTRIBUTES, LOKI_REPLICATION_FACTOR, lokiConfig } from './config';
import { LOKI } from './declaration';

/** Properties of {@link Loki}. */
export interface LokiProps extends BackendProps {
  /**
   * How long logs are kept (units s, m, h, d, w; a whole number of days, Loki's index period).
   * @default '31d'
   */
  readonly retention?: string;
  /** @default { type: 'filesystem' } */
  readonly storage?: ObjectStorage;
  /**
   * OTLP resource attributes promoted to index labels.
   * @default DEFAULT_INDEX_LABELS
   */
  readonly indexLabels?: string[];
  /**
   * The first day of the tsdb v13 schema period. Changing it on a running Loki loses
   * access to existing data: add a period instead.
   * @default '2026-01-01'
   */
  readonly schemaFrom?: string;
  /**
   * Replicas of one HA monolithic Loki (Loki 3.7's guidance beyond a single replica: 3 or
   * more, replication factor 3, a memberlist ring, object storage): 1, or 3, each holding
   * every stream, spread one per zone; a PodDisruptionBudget lets one go at a time, so
   * writes keep their quorum of 2. Needs object storage (`storage`).
   * @default - 3 in the production size profile with object storage; 1 in laptop or on the filesystem
   */
  readonly replicas?: number;
  /**
   * The environment's expected intake: a log volume above monolithic Loki's documented
   * limit is refused ({@link LOKI_MONOLITHIC_LIMIT}). @default - not checked
   */
  readonly intake?: IntakeProps;
}

/** Loki's documented volume for its monolithic mode, the shape the stack renders. */
export const LOKI_MONOLITHIC_LIMIT: ShapeLimit = {
  shape: 'Loki in monolithic mode',
  intake: 'logsGigabytesPerDay',
  max: 20,
  unit: 'GB of logs a day',
  source: `Loki 3.7 docs, deployment modes: "small read/write volumes of up to approximately 20GB per day"`,
  above: "Loki's microservices mode, which this stack does not render; run Loki from its own chart and give the stack's collectors its endpoint",
};

const DATA_DIR = '/var/loki';

/**
 * Grafana Loki, monolithic, on a PVC: native OTLP intake, LogQL API, retention; one replica,
 * or three of one HA monolithic Loki.
 */
export class Loki extends StatefulBackend<LokiProps> {
  /** The HTTP API (push, query, `/metrics`, `/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** Native OTLP/HTTP log intake. */
  public readonly otlpDestination: HttpDestination;
  /** The rendered config file. */
  public readonly configYaml: string;
  /** The OTLP resource attributes Loki indexes as stream labels (`service.name` is the label `service_name`). */
  public readonly indexLabels: readonly string[];
  /** Replicas: 1, or those of one HA monolithic Loki. */
  public readonly replicas: number;

  constructor(scope: Construct, id: string, props: LokiProps) {
    const storage = checkStorage('Loki', props.storage ?? { type: 'filesystem' });
    super(scope, id, LOKI, props, storageEgress(storage));
    const retentionValue = props.retention ?? '31d';
    const retention = Duration.parse(`Loki 'retention'`, retentionValue, 86400);
    if (retention.seconds % 86400 !== 0) {
      throw new Error(`Loki 'retention' must be a whole number of days (Loki's index period is 24h), got '${retentionValue}'`);
    }
    const indexLabels = props.indexLabels ?? DEFAULT_INDEX_LABELS;
    for (const label of indexLabels) {
      if (HIGH_CARDINALITY_ATTRIBUTES.includes(label)) {
        throw new Error(
          `Loki 'indexLabels' must not contain per-pod or per-process attributes (${HIGH_CARDINALITY_ATTRIBUTES.join(', ')}), got '${label}'`,
        );
      }
    }
    this.indexLabels = [...indexLabels];
    const schemaFrom = props.schemaFrom ?? '2026-01-01';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(schemaFrom) || Number.isNaN(Date.parse(schemaFrom))) {
      throw new Error(`Loki 'schemaFrom' must be a date YYYY-MM-DD, got '${schemaFrom}'`);
    }
    checkShapeLimit(this.owner, LOKI_MONOLITHIC_LIMIT, props.intake ?? {});
    // the profile's replicas share one object store; on the filesystem each would hold its own data
    const defaultReplicas = storage.type === 'filesystem' ? 1 : (this.size.replicas ?? 1);
    this.replicas = checkInt(`${this.owner} 'replicas'`, props.replicas ?? defaultReplicas, 1, LOKI_REPLICATION_FACTOR);
    if (this.replicas !== 1 && this.replicas !== LOKI_REPLICATION_FACTOR) {
      throw new Error(
        `${this.owner} 'replicas' must be 1 or ${LOKI_REPLICATION_FACTOR} (HA monolithic Loki writes every stream to ${LOKI_REPLICATION_FACTOR} replicas and needs 2 of them for a write), got ${this.replicas}`,
      );
    }
    const clustered = this.replicas > 1;
    if (clustered && storage.type === 'filesystem') {
      throw new Error(`${this.owner} 'replicas' of ${this.replicas} need object storage: 'storage' is { type: 'filesystem' }, which each replica would hold alone (give 'storage' an S3 bucket, or 'replicas' 1)`);
    }
    const ports = LOKI.ports;
    const pods = Array.from({ length: this.replicas }, (_, i) => `${this.name}-${i}`);
    // the replicas gossip their ring, and push to and query each other over gRPC at their pod IPs
    const gossip = clustered ? pods.map((p) => this.wiring.connect(this.peer, this.endpoint(ports.gossip, 'http', this.peersService, true).forPod(p), 'ring (memberlist)')) : [];
    for (const p of clustered ? pods : []) this.wiring.connect(this.peer, this.endpoint(ports.grpc, 'grpc', this.peersService, true).forPod(p), 'replication and queries between replicas');
    this.configYaml = toYaml(
      deepMerge(
        lokiConfig({
          retention: retention.toGo(),
          storage,
          indexLabels,
          dataDir: DATA_DIR,
          schemaFrom,
          ...(clustered ? { cluster: { peers: gossip.map((e) => e.hostPort()), gossipPort: ports.gossip.port } } : {}),
        }),
        props.overrides,
      ),
    );
    this.httpEndpoint = this.endpoint(ports.http);
    this.otlpDestination = { endpoint: this.httpEndpoint, path: '/otlp' };

    const config = this.configMap('Config', `${this.name}-config`, { 'loki.yaml': this.configYaml });
    this.statefulBackend({
      user: { uid: 10001, gid: 10001 },
      args: ['-target=all', '-config.file=/etc/loki/loki.yaml', '-config.expand-env=true'],
      // Loki does not size the Go heap from its cgroup: leave headroom below the limit
      env: [...(clustered ? [podIpEnv()] : []), { name: 'GOMEMLIMIT', value: goMemLimit(this.size.memoryLimit, 0.9) }, ...s3CredentialEnv(storage)],
      ports: [ports.http, { ...ports.grpc, appProtocol: 'grpc' }],
      ...(clustered ? { replicas: this.replicas, peers: { ports: [ports.gossip, ports.grpc] }, disruptionBudget: true } : {}),
      configMaps: [{ ref: config, mountPath: '/etc/loki' }],
      dataDir: DATA_DIR,
      tmp: true,
      readinessProbe: httpProbe(ports.http, '/ready', { initialDelaySeconds: 15 }),
      // not /ready: readiness may lag behind a live process
      livenessProbe: tcpProbe(ports.http),
      // WAL replay after a restart can take minutes
      startupProbe: httpProbe(ports.http, '/ready', { periodSeconds: 10, failureThreshold: 60 }),
    });
  }
}
