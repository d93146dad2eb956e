import { Construct } from 'constructs';
import { BackendProps, DEFAULT_BACKEND_RESOURCES, backendPeer, statefulBackend } from '../common/backend';
import { Endpoint, HttpDestination } from '../common/endpoint';
import { deepMerge } from '../common/merge';
import { NAMES } from '../common/names';
import { IMAGES } from '../common/images';
import { ComponentIdentity } from '../common/labels';
import { goMemLimit } from '../common/resources';
import { PORTS } from '../common/ports';
import { ObjectStorage, checkStorage, s3CredentialEnv } from '../common/storage';
import { Peer } from '../common/wiring';
import { checkDnsLabel, checkDuration } from '../common/validate';
import { endpointOf, httpProbe, tcpProbe } from '../common/workload';
import { toYaml } from '../common/yaml';
import { DEFAULT_INDEX_LABELS, HIGH_CARDINALITY_ATTRIBUTES, lokiConfig } from './config';

/** Properties of {@link Loki}. */
export interface LokiProps extends BackendProps {
  /**
   * How long logs are kept (h, d, w or y units).
   * @default '744h'
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

const NAME = NAMES.loki;
const DATA_DIR = '/var/loki';

/** Grafana Loki, monolithic, on a PVC: native OTLP intake, LogQL API, retention. */
export class Loki extends Construct {
  public static readonly IDENTITY: ComponentIdentity = { name: NAME, component: 'logging', version: IMAGES.loki.tag };

  /** The HTTP API (push, query, `/metrics`, `/ready`). */
  public readonly httpEndpoint: Endpoint;
  /** Native OTLP/HTTP log intake. */
  public readonly otlpDestination: HttpDestination;
  /** Loki's pods, as a peer of the connections they open. */
  public readonly peer: Peer;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: LokiProps) {
    super(scope, id);
    const ns = checkDnsLabel(`Loki 'namespace'`, props.namespace);
    const retention = checkDuration(`Loki 'retention'`, props.retention ?? '744h');
    const storage = checkStorage('Loki', props.storage ?? { type: 'filesystem' });
    const indexLabels = props.indexLabels ?? DEFAULT_INDEX_LABELS;
    for (const label of indexLabels) {
      if (HIGH_CARDINALITY_ATTRIBUTES.includes(label)) {
        throw new Error(
          `Loki 'indexLabels' must not contain per-pod or per-process attributes (${HIGH_CARDINALITY_ATTRIBUTES.join(', ')}), got '${label}'`,
        );
      }
    }
    const schemaFrom = props.schemaFrom ?? '2026-01-01';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(schemaFrom) || Number.isNaN(Date.parse(schemaFrom))) {
      throw new Error(`Loki 'schemaFrom' must be a date YYYY-MM-DD, got '${schemaFrom}'`);
    }
    const identity = Loki.IDENTITY;
    const resources = props.resources ?? DEFAULT_BACKEND_RESOURCES;
    this.peer = backendPeer(this, identity, ns, storage);
    this.configYaml = toYaml(deepMerge(lokiConfig({ retention, storage, indexLabels, dataDir: DATA_DIR, schemaFrom }), props.overrides));
    this.httpEndpoint = endpointOf(identity, NAME, ns, PORTS.lokiHttp);
    this.otlpDestination = { endpoint: this.httpEndpoint, path: '/otlp' };

    statefulBackend(this, {
      identity,
      owner: 'Loki',
      name: NAME,
      namespace: ns,
      image: 'loki',
      imageRegistry: props.imageRegistry,
      user: { uid: 10001, gid: 10001 },
      args: ['-target=all', '-config.file=/etc/loki/loki.yaml', '-config.expand-env=true'],
      // Loki does not size the Go heap from its cgroup: leave headroom below the limit
      env: [{ name: 'GOMEMLIMIT', value: goMemLimit(resources.memoryLimit, 0.9) }, ...s3CredentialEnv(storage)],
      ports: [PORTS.lokiHttp, { ...PORTS.lokiGrpc, appProtocol: 'grpc' }],
      configFiles: { 'loki.yaml': this.configYaml },
      configName: `${NAME}-config`,
      configDir: '/etc/loki',
      dataDir: DATA_DIR,
      storageSize: props.storageSize ?? '10Gi',
      storageClassName: props.storageClassName,
      tmp: true,
      resources,
      readinessProbe: httpProbe(PORTS.lokiHttp, '/ready', { initialDelaySeconds: 15 }),
      // not /ready: readiness may lag behind a live process
      livenessProbe: tcpProbe(PORTS.lokiHttp),
      // WAL replay after a restart can take minutes
      startupProbe: httpProbe(PORTS.lokiHttp, '/ready', { periodSeconds: 10, failureThreshold: 60 }),
    });
  }
}
