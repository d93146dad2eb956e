/**
 * Typed configuration of each target of Tempo's distributed tier (microservices mode), for
 * the version pinned in common/images.ts. Each target gets only the blocks it reads; the
 * blocks it shares with the monolithic shape (server, receivers, metrics generator,
 * overrides) are the monolithic config's own, so both shapes say the same.
 * @see https://grafana.com/docs/tempo/latest/setup/deployment/
 */
import { TempoConfigOptions, tempoConfig, traceStorage } from './config';
import { KAFKA_SASL_PASSWORD_ENV, KafkaLog } from './ingest';

/** The `-target` of each workload of the distributed tier (cmd/tempo/app/modules.go, v3.0.3). */
export type TempoTargetName = 'distributor' | 'live-store' | 'block-builder' | 'querier' | 'query-frontend' | 'backend-scheduler' | 'backend-worker' | 'metrics-generator';

/** What one target's config depends on. */
export interface TempoTargetConfigOptions extends TempoConfigOptions {
  readonly target: TempoTargetName;
  /** The log, for the targets that write or read it. @default - the target does not use it */
  readonly kafka?: Required<Pick<KafkaLog, 'address' | 'topic'>> & KafkaLog;
  /** Reads or writes trace blocks in the object store. */
  readonly objectStore: boolean;
  /** Memberlist: the gossip port and the members to join (the rings of live-stores and partitions). @default - not a member */
  readonly gossip?: { readonly port: number; readonly joinMembers: readonly string[] };
  /** The live-store's zone (`live_store.ring.instance_zone`). */
  readonly zone?: string;
  /** The query-frontends' gRPC address, resolving to every one of them (the queriers pull work from each). */
  readonly frontendAddress?: string;
  /** The backend-scheduler's gRPC address (the workers ask it for jobs). */
  readonly schedulerAddress?: string;
}

/** One target's config file. */
export type TempoTargetConfig = Record<string, unknown>;

/** The config of one target of Tempo's distributed tier. */
export const tempoTargetConfig = (o: TempoTargetConfigOptions): TempoTargetConfig => {
  const mono = tempoConfig(o);
  const kafka = o.kafka;
  const t = o.target;
  return {
    ...(t === 'query-frontend' ? { stream_over_http_enabled: mono.stream_over_http_enabled } : {}),
    server: mono.server,
    memory: mono.memory,
    ...(o.gossip
      ? {
          memberlist: {
            // one comma-separated string: dskit's StringSliceCSVMulti reads a string or a list,
            // and Tempo 3.0.3's own dump of its config writes this key as a string
            join_members: o.gossip.joinMembers.join(','),
            bind_port: o.gossip.port,
            // a member of another memberlist cluster reachable at the same addresses is not joined
            cluster_label: 'tempo',
            // the live-stores it joins may start after it: keep retrying rather than exit
            abort_if_cluster_join_fails: false,
          },
        }
      : {}),
    ...(kafka
      ? {
          ingest: {
            kafka: {
              address: kafka.address,
              topic: kafka.topic,
              // the topic is created beforehand with the derived partitions: creating it would
              // set the brokers' cluster-wide num.partitions
              auto_create_topic_enabled: false,
              ...(kafka.sasl ? { sasl_username: kafka.sasl.username, sasl_password: `\${${KAFKA_SASL_PASSWORD_ENV}}` } : {}),
            },
          },
        }
      : {}),
    ...(t === 'distributor' ? { distributor: mono.distributor } : {}),
    ...(t === 'live-store'
      ? {
          live_store: {
            // the instance id is the pod's name: its ordinal is the partition it owns
            ring: { instance_zone: o.zone, instance_addr: '${MY_POD_IP}' },
            wal: { path: `${o.dataDir}/live-store/traces` },
            shutdown_marker_dir: `${o.dataDir}/live-store/shutdown-marker`,
          },
        }
      : {}),
    ...(t === 'block-builder'
      ? {
          block_builder: {
            // one partition each, the pod's ordinal (its name is the instance id)
            partitions_per_instance: 1,
            wal: { path: `${o.dataDir}/block-builder/traces` },
          },
        }
      : {}),
    ...(t === 'backend-scheduler' ? { backend_scheduler: { local_work_path: `${o.dataDir}/backend-scheduler` } } : {}),
    ...(t === 'backend-worker'
      ? {
          backend_worker: {
            backend_scheduler_addr: o.schedulerAddress,
            compaction: mono.backend_worker.compaction,
            // its ring shares out the tenants: on memberlist, as the others
            ring: { kvstore: { store: 'memberlist' } },
          },
        }
      : {}),
    ...(t === 'querier' ? { querier: { frontend_worker: { frontend_address: o.frontendAddress } } } : {}),
    ...(t === 'metrics-generator' ? { metrics_generator: mono.metrics_generator } : {}),
    ...(o.objectStore ? { storage: { trace: traceStorage(o) } } : {}),
    overrides: mono.overrides,
    usage_report: mono.usage_report,
  };
};
