/**
 * Tempo's distributed tier and the Kafka-compatible log its distributors write to: the log's
 * address as the environment names it, and the partitions derived from the declared intake.
 */
import * as k8s from '../../imports/k8s';
import { SecretKeyRef } from '../common/k8s/secret-ref';
import { checkDnsLabel, checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';

/** SASL/PLAIN credentials of the log: the user name, and the password as a key of a Secret. */
export interface KafkaSasl {
  readonly username: string;
  /** A key of a Secret in the namespace, passed to the pods as an env var and referenced from the config. */
  readonly passwordSecret: SecretKeyRef;
}

/**
 * A Kafka-compatible log outside the stack (a managed cluster, Redpanda, WarpStream), which
 * Tempo's distributors write to and its block-builders, live-stores and metrics-generators
 * read. Tempo 3.0.3's Kafka client (`ingest.kafka`) has no TLS settings: the log is reached in
 * plain TCP, so it must be one the cluster's network reaches privately.
 */
export interface KafkaLog {
  /** A broker to bootstrap from, `host:port` without a scheme, e.g. `kafka.streaming.svc:9092` or `b-1.msk.internal:9092`. */
  readonly address: string;
  /**
   * The topic. It must exist with at least the partitions Tempo's distributed tier derives
   * from the intake ({@link tracePartitions}): Tempo does not create it (creating it would set
   * the brokers' cluster-wide default partition count).
   * @default 'tempo-ingest'
   */
  readonly topic?: string;
  /** SASL/PLAIN login. @default - none */
  readonly sasl?: KafkaSasl;
}

const KAFKA_KEYS: Record<keyof KafkaLog, true> = { address: true, topic: true, sasl: true };

/** The env var the SASL password reaches the pods in, expanded by `-config.expand-env`. */
export const KAFKA_SASL_PASSWORD_ENV = 'KAFKA_SASL_PASSWORD';

/** Checks a Kafka log prop; returns it with its topic resolved. */
export const checkKafkaLog = (owner: string, k: KafkaLog): Required<Pick<KafkaLog, 'address' | 'topic'>> & KafkaLog => {
  if (typeof k !== 'object' || k === null || Array.isArray(k)) throw new Error(`${owner} 'kafka' must be a mapping such as { address: 'kafka.streaming.svc:9092' }, got ${JSON.stringify(k)}`);
  checkKnownKeys(`${owner} 'kafka'`, k, Object.keys(KAFKA_KEYS));
  checkNonEmpty(`${owner} 'kafka.address'`, k.address);
  if (!/^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?:\d{1,5}$/.test(k.address) || Number(k.address.split(':')[1]) > 65535) {
    throw new Error(`${owner} 'kafka.address' must be a broker's host:port without a scheme, such as kafka.streaming.svc:9092, got '${k.address}'`);
  }
  const topic = k.topic ?? 'tempo-ingest';
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(topic)) throw new Error(`${owner} 'kafka.topic' must be a Kafka topic name (letters, digits, '.', '_', '-'), got '${topic}'`);
  if (k.sasl) {
    checkKnownKeys(`${owner} 'kafka.sasl'`, k.sasl, ['username', 'passwordSecret']);
    checkNonEmpty(`${owner} 'kafka.sasl.username'`, k.sasl.username);
    checkDnsLabel(`${owner} 'kafka.sasl.passwordSecret.name'`, k.sasl.passwordSecret?.name);
    checkNonEmpty(`${owner} 'kafka.sasl.passwordSecret.key'`, k.sasl.passwordSecret?.key);
  }
  return { ...k, topic };
};

/** The log's host and port, for egress policies and the data-flow picture. */
export const kafkaEgress = (k: KafkaLog): { ports: number[]; purpose: string; destination: string } => {
  const [host, port] = k.address.split(':');
  return { ports: [Number(port)], purpose: 'trace log (Kafka)', destination: host };
};

/** The env var that carries the SASL password from its Secret, if there is one. */
export const kafkaSecretEnv = (k: KafkaLog): k8s.EnvVar[] =>
  k.sasl ? [{ name: KAFKA_SASL_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: k.sasl.passwordSecret.name, key: k.sasl.passwordSecret.key } } }] : [];

/**
 * What one partition of the log takes: Tempo 3.0 docs, migrate to 3.0 ("plan for approximately
 * 10 MB/s of peak ingestion throughput per partition").
 */
export const PARTITION_BYTES_PER_SECOND = 10_000_000;

/**
 * The bytes of one span on the wire, as the same Tempo 3 deployment-modes page pairs its
 * figures: "under 25-35 MB/s or 55k-80k spans/s" is 25 MB/s for 55,000 spans/s (455 bytes)
 * and 35 MB/s for 80,000 (438 bytes); the larger, rounded up to 500 bytes for headroom.
 */
export const BYTES_PER_SPAN = 500;

/**
 * The partitions of the log for a declared intake (spans a second before sampling, as for
 * the monolithic limit): one per 10 MB/s at 500 bytes a span, that is one per 20,000 spans a
 * second, rounded up. One block-builder per partition, and one live-store per partition in
 * each of the two zones.
 */
export const tracePartitions = (spansPerSecond: number): number => Math.max(1, Math.ceil((spansPerSecond * BYTES_PER_SPAN) / PARTITION_BYTES_PER_SECOND));
