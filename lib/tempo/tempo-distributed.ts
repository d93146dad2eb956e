import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { ComponentSize, EgressDeclaration } from '../common/contract/component';
import { Endpoint, destinations } from '../common/contract/endpoint';
import { s3CredentialEnv, storageEgress, checkStorage, S3Storage } from '../common/k8s/storage';
import { podIpEnv } from '../common/k8s/workload';
import { Duration } from '../common/vocabulary/duration';
import { deepMerge } from '../common/vocabulary/merge';
import { SizeName } from '../common/vocabulary/sizes';
import { checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';
import { TempoTargetName, tempoTargetConfig } from './distributed-config';
import { TEMPO } from './declaration';
import { BYTES_PER_SPAN, PARTITION_BYTES_PER_SECOND, checkKafkaLog, kafkaEgress, kafkaSecretEnv, tracePartitions } from './ingest';
import { TEMPO_MONOLITHIC_LIMIT, TempoProps } from './tempo';
import { TEMPO_GOSSIP_PORT, TempoTarget, TempoTargetBase } from './tempo-target';

/** The live-stores' zones: each partition is held by one live-store in each (Tempo 3 docs, size the cluster: "typically deployed across multiple availability zones"). */
export const LIVE_STORE_ZONES = ['zone-a', 'zone-b'] as const;

/**
 * What one querier serves: Tempo 3 docs, size the cluster: "1 replica per every 1-2MB/s of
 * received traffic" (the upper figure).
 */
const QUERIER_BYTES_PER_SECOND = 2_000_000;

/** The replicas of each target for a declared intake, and the partitions of the log. */
export interface TempoDistributedShape {
  /** Partitions of the log: one per 10 MB/s at 500 bytes a span. */
  readonly partitions: number;
  /** The intake in bytes a second the shape is derived from. */
  readonly bytesPerSecond: number;
  readonly replicas: Readonly<Record<TempoTargetName, number>>;
}

/**
 * The shape of the distributed tier for an intake of spans a second, from Tempo 3's sizing
 * page ("Size the cluster"): distributors 1 per 10 MB/s, live-stores 1 per 6-10 MB/s (one per
 * partition) in each zone, block-builders 1 per partition, queriers 1 per 1-2 MB/s,
 * query-frontends 2, one backend-scheduler (a singleton); backend-workers and
 * metrics-generators have no documented figure and run 2, the fewest that survive a lost pod.
 */
export const tempoDistributedShape = (spansPerSecond: number): TempoDistributedShape => {
  const bytesPerSecond = spansPerSecond * BYTES_PER_SPAN;
  const partitions = tracePartitions(spansPerSecond);
  return {
    partitions,
    bytesPerSecond,
    replicas: {
      distributor: Math.max(2, Math.ceil(bytesPerSecond / PARTITION_BYTES_PER_SECOND)),
      'live-store': partitions,
      'block-builder': partitions,
      querier: Math.max(2, Math.ceil(bytesPerSecond / QUERIER_BYTES_PER_SECOND)),
      'query-frontend': 2,
      'backend-scheduler': 1,
      'backend-worker': 2,
      'metrics-generator': 2,
    },
  };
};

const laptop = (storageSize?: string): ComponentSize => ({ cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi', ...(storageSize ? { storageSize } : {}) });
/** Resources per target: production from Tempo 3's sizing page, the lower memory figure where it gives a range. */
const SIZES: Readonly<Record<TempoTargetName, Readonly<Record<SizeName, ComponentSize>>>> = {
  distributor: { laptop: laptop(), production: { cpuRequest: '2', memoryRequest: '2Gi', memoryLimit: '2Gi' } },
  'live-store': { laptop: laptop('5Gi'), production: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '8Gi', storageSize: '50Gi' } },
  'block-builder': { laptop: laptop('5Gi'), production: { cpuRequest: '500m', memoryRequest: '5Gi', memoryLimit: '10Gi', storageSize: '20Gi' } },
  querier: { laptop: laptop(), production: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '4Gi' } },
  'query-frontend': { laptop: laptop(), production: { cpuRequest: '500m', memoryRequest: '4Gi', memoryLimit: '4Gi' } },
  'backend-scheduler': { laptop: laptop('1Gi'), production: { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi', storageSize: '1Gi' } },
  'backend-worker': { laptop: laptop(), production: { cpuRequest: '500m', memoryRequest: '1Gi', memoryLimit: '2Gi' } },
  'metrics-generator': { laptop: laptop('5Gi'), production: { cpuRequest: '1', memoryRequest: '2Gi', memoryLimit: '4Gi', storageSize: '10Gi' } },
};

const DATA_DIR = '/var/tempo';
/** Targets without a volume keep their scratch files (the store's WAL directory) in the pod's /tmp. */
const SCRATCH_DIR = '/tmp/tempo';

/**
 * Grafana Tempo's distributed tier (Tempo 3's microservices mode), for an intake above what
 * monolithic Tempo takes ({@link TEMPO_MONOLITHIC_LIMIT}): distributors write the spans to a
 * Kafka-compatible log; block-builders (one per partition) cut blocks from it into the object
 * store; live-stores (one per partition in each of two zones) serve the recent traces; queriers
 * and query-frontends answer queries; one backend-scheduler hands compaction and retention
 * jobs to backend-workers; metrics-generators read the log for service graphs. The rings
 * (live-stores, partitions, workers) are gossiped over memberlist. Every target is a
 * StatefulSet spread over zones and nodes with a PodDisruptionBudget.
 */
export class TempoDistributed extends Construct {
  /** The distributors' OTLP gRPC intake (where the gateway sends). */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** The distributors' OTLP/HTTP intake. */
  public readonly otlpHttpEndpoint: Endpoint;
  /** The query-frontends' HTTP API (what Grafana queries). */
  public readonly httpEndpoint: Endpoint;
  /** The shape derived from the intake. */
  public readonly shape: TempoDistributedShape;
  /** Every target, by its name after `tempo-`. */
  public readonly targets: Readonly<Record<string, TempoTarget>>;
  /** The query-frontend, the tier's face to Grafana. */
  public readonly queryFrontend: TempoTarget;

  constructor(scope: Construct, id: string, props: TempoProps) {
    super(scope, id);
    const owner = 'Tempo';
    checkKnownKeys(owner, props, Object.keys(TEMPO.props));
    checkNonEmpty(`${owner} 'clusterName'`, props.clusterName);
    const limit = TEMPO_MONOLITHIC_LIMIT;
    const spans = props.intake?.spansPerSecond;
    const declared = `'intake.spansPerSecond' declares ${spans === undefined ? 'none' : spans.toLocaleString('en-US')}`;
    if (spans === undefined || spans <= limit.max) {
      throw new Error(
        `${owner}: the distributed tier is for an intake above ${limit.max.toLocaleString('en-US')} ${limit.unit} (${limit.shape} takes up to it), and its partitions derive from it; ${declared} (below it, monolithic Tempo)`,
      );
    }
    if (props.kafka === undefined) {
      throw new Error(
        `${owner} 'kafka' is required above ${limit.max.toLocaleString('en-US')} ${limit.unit} (${declared}): ${limit.shape} takes at most that (${limit.source}), and the distributed tier rendered above it writes spans to a Kafka-compatible log; give 'kafka' { address: 'host:port' } of a cluster the pods reach`,
      );
    }
    const kafka = checkKafkaLog(owner, props.kafka);
    const storage = checkStorage(owner, props.storage ?? { type: 'filesystem' });
    if (storage.type !== 's3') {
      throw new Error(
        `${owner} 'storage' must be object storage (type 's3') in the distributed tier (${declared}, above ${limit.max.toLocaleString('en-US')}): block-builders write the blocks that queriers and backend-workers on other pods read, got { type: '${storage.type}' }`,
      );
    }
    if (props.replicas !== undefined) {
      throw new Error(`${owner} 'replicas' applies to monolithic Tempo only: the distributed tier's replicas derive from 'intake.spansPerSecond', got ${JSON.stringify(props.replicas)}`);
    }
    const retention = Duration.parse(`${owner} 'retention'`, props.retention ?? '14d', 3600).toGo();
    this.shape = tempoDistributedShape(spans);
    const n = this.shape.replicas;

    const base: TempoTargetBase = {
      namespace: props.namespace,
      size: props.size,
      resources: props.resources,
      imageRegistry: props.imageRegistry,
      serviceAccountAnnotations: props.serviceAccountAnnotations,
      imagePullSecrets: props.imagePullSecrets,
      priorityClassName: props.priorityClassName,
      storageSize: props.storageSize,
      storageClassName: props.storageClassName,
    };
    const store = storageEgress(storage).external;
    const log = [kafkaEgress(kafka)];
    const egress = (uses: { store?: boolean; log?: boolean }): EgressDeclaration => ({ external: [...(uses.log ? log : []), ...(uses.store ? store : [])] });
    const make = (target: TempoTargetName, suffix: string, o: { gossip: boolean; volume: boolean; store?: boolean; log?: boolean; discovered?: boolean }) =>
      new TempoTarget(this, suffix.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()), {
        ...base,
        target,
        suffix,
        replicas: n[target],
        sizes: SIZES[target],
        gossip: o.gossip,
        discovered: o.discovered,
        volume: o.volume,
        egress: egress(o),
      });
    const distributor = make('distributor', 'distributor', { gossip: true, volume: false, log: true });
    const liveStores = LIVE_STORE_ZONES.map((z) => make('live-store', `live-store-${z}`, { gossip: true, volume: true, log: true }));
    const blockBuilder = make('block-builder', 'block-builder', { gossip: true, volume: true, log: true, store: true });
    const querier = make('querier', 'querier', { gossip: true, volume: false, store: true });
    const queryFrontend = make('query-frontend', 'query-frontend', { gossip: false, volume: false, store: true, discovered: true });
    const scheduler = make('backend-scheduler', 'backend-scheduler', { gossip: false, volume: true, store: true });
    const worker = make('backend-worker', 'backend-worker', { gossip: true, volume: false, store: true });
    const generator = make('metrics-generator', 'metrics-generator', { gossip: true, volume: true, log: true });
    const all = [distributor, ...liveStores, blockBuilder, querier, queryFrontend, scheduler, worker, generator];
    this.targets = Object.fromEntries(all.map((t) => [t.name.slice(TEMPO.name.length + 1), t]));
    this.queryFrontend = queryFrontend;

    // the rings: every member gossips with every other; they join at the live-stores, which own the partitions
    const members = all.filter((t) => t.gossipEndpoint);
    for (const m of members) for (const other of members) m.connect(other.gossipEndpoint!, 'rings (memberlist)');
    const joinMembers = liveStores.flatMap((l) => l.gossipMembers.map((e) => e.hostPort()));
    const frontendAddress = querier.connect(queryFrontend.discoveryEndpoint!, 'query jobs from each query-frontend (gRPC)', 'query').hostPort();
    for (const l of liveStores) querier.connect(l.grpcEndpoint, 'recent traces (gRPC)', 'query');
    const schedulerAddress = worker.connect(scheduler.grpcEndpoint, 'compaction and retention jobs (gRPC)').hostPort();
    // each replica of a highly available Prometheus gets every sample
    const remoteWriteUrls = destinations(props.metricsRemoteWrite).map((rw) => generator.connect(rw.endpoint, 'span metrics (remote write)').url(rw.path));

    for (const t of all) {
      const zone = liveStores.indexOf(t) >= 0 ? LIVE_STORE_ZONES[liveStores.indexOf(t)] : undefined;
      const hasVolume = t === blockBuilder || t === scheduler || t === generator || zone !== undefined;
      const usesLog = [distributor, ...liveStores, blockBuilder, generator].includes(t);
      const usesStore = [blockBuilder, querier, queryFrontend, scheduler, worker].includes(t);
      const dataDir = hasVolume ? DATA_DIR : SCRATCH_DIR;
      const config = tempoTargetConfig({
        target: t.target,
        clusterName: props.clusterName,
        retention,
        storage: storage as S3Storage,
        remoteWriteUrls,
        dataDir,
        objectStore: usesStore,
        ...(usesLog ? { kafka } : {}),
        ...(t.gossipEndpoint ? { gossip: { port: TEMPO_GOSSIP_PORT.port, joinMembers } } : {}),
        ...(zone ? { zone } : {}),
        ...(t === querier ? { frontendAddress } : {}),
        ...(t === worker ? { schedulerAddress } : {}),
      });
      const env: k8s.EnvVar[] = [...(zone ? [podIpEnv()] : []), ...(usesLog ? kafkaSecretEnv(kafka) : []), ...(usesStore ? s3CredentialEnv(storage) : [])];
      // the two live-stores of a partition stay apart: not in one zone where the cluster has several
      const other = zone ? liveStores.find((l) => l !== t) : undefined;
      const affinity: k8s.Affinity | undefined = other
        ? {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                { weight: 100, podAffinityTerm: { topologyKey: 'topology.kubernetes.io/zone', labelSelector: { matchLabels: other.peer.podSelector } } },
              ],
            },
          }
        : undefined;
      t.render(deepMerge(config, props.overrides), env, dataDir, affinity);
    }

    this.otlpGrpcEndpoint = distributor.otlpEndpoint('grpc');
    this.otlpHttpEndpoint = distributor.otlpEndpoint('http');
    this.httpEndpoint = queryFrontend.httpEndpoint;
  }
}
