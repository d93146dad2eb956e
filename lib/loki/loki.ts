import { Construct } from 'constructs';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint, HttpDestination } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { goMemLimit } from '../common/k8s/resources';
import { ObjectStorage, checkStorage, s3CredentialEnv, storageEgress } from '../common/k8s/storage';
import { httpProbe, tcpProbe } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { DEFAULT_INDEX_LABELS, HIGH_CARDINALITY_ATTRIBUTES, lokiConfig } from './config';
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
}

const DATA_DIR = '/var/loki';

/** Grafana Loki, monolithic, on a PVC: native OTLP intake, LogQL API, retention. */
export class Loki extends StatefulBackend<LokiProps> {
  /** The HTTP API (push, query, `/metrics`, `/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** Native OTLP/HTTP log intake. */
  public readonly otlpDestination: HttpDestination;
  /** The rendered config file. */
  public readonly configYaml: string;
  /** The OTLP resource attributes Loki indexes as stream labels (`service.name` is the label `service_name`). */
  public readonly indexLabels: readonly string[];

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
    const ports = LOKI.ports;
    this.configYaml = toYaml(deepMerge(lokiConfig({ retention: retention.toGo(), storage, indexLabels, dataDir: DATA_DIR, schemaFrom }), props.overrides));
    this.httpEndpoint = this.endpoint(ports.http);
    this.otlpDestination = { endpoint: this.httpEndpoint, path: '/otlp' };

    const config = this.configMap('Config', `${this.name}-config`, { 'loki.yaml': this.configYaml });
    this.statefulBackend({
      user: { uid: 10001, gid: 10001 },
      args: ['-target=all', '-config.file=/etc/loki/loki.yaml', '-config.expand-env=true'],
      // Loki does not size the Go heap from its cgroup: leave headroom below the limit
      env: [{ name: 'GOMEMLIMIT', value: goMemLimit(this.size.memoryLimit, 0.9) }, ...s3CredentialEnv(storage)],
      ports: [ports.http, { ...ports.grpc, appProtocol: 'grpc' }],
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
