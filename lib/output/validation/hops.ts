import { parseByteSize } from '../../common/vocabulary/byte-size';
import { serviceOf } from './endpoints';
import { Check, EmbeddedConfig, Finding } from './types';

const MiB = 1024 * 1024;

/** The most an OTLP intake takes in one request, as its config sets it (or its version's default). */
interface IntakeLimit {
  readonly bytes: number;
  /** Where the config sets it, or the default it falls back to. */
  readonly source: string;
}

/**
 * The intake limit of a receiving config for one protocol, when its format is one whose
 * limit is known: the collector's and Tempo's OTLP gRPC receivers (`max_recv_msg_size_mib`,
 * grpc-go's 4 MiB when unset), Loki's push API (`distributor.max_recv_msg_size`, 100 MiB
 * when unset, counted on the body as sent).
 */
const intakeLimit = (c: EmbeddedConfig, protocol: 'grpc' | 'http'): IntakeLimit | undefined => {
  const mib = (value: unknown, path: string): IntakeLimit =>
    typeof value === 'number' ? { bytes: value * MiB, source: `${path}: ${value}` } : { bytes: 4 * MiB, source: `${path} unset: 4 MiB` };
  if (c.format === 'otelcol' && protocol === 'grpc') return mib(c.parsed?.receivers?.otlp?.protocols?.grpc?.max_recv_msg_size_mib, 'receivers.otlp.protocols.grpc.max_recv_msg_size_mib');
  if (c.format === 'tempo' && protocol === 'grpc') return mib(c.parsed?.distributor?.receivers?.otlp?.protocols?.grpc?.max_recv_msg_size_mib, 'distributor.receivers.otlp.protocols.grpc.max_recv_msg_size_mib');
  if (c.format === 'loki' && protocol === 'http') {
    const v = c.parsed?.distributor?.max_recv_msg_size;
    return typeof v === 'number' ? { bytes: v, source: `distributor.max_recv_msg_size: ${v}` } : { bytes: 100 * MiB, source: 'distributor.max_recv_msg_size unset: 100 MiB' };
  }
  return undefined;
};

/** Where an exporter sends, and by which protocol; undefined for one that sends nowhere in the cluster. */
const destinationOf = (id: string, e: any): { host: string; port: number; protocol: 'grpc' | 'http' } | undefined => {
  const type = id.split('/')[0];
  const hostPort = (text: unknown) => /^(?:[a-z]+:\/\/)?([^:/]+):(\d+)/.exec(String(text ?? ''));
  if (type === 'load_balancing') {
    const k8s = e?.resolver?.k8s;
    return k8s?.service && k8s.ports?.length ? { host: String(k8s.service), port: Number(k8s.ports[0]), protocol: 'grpc' } : undefined;
  }
  const m = hostPort(e?.endpoint);
  if (!m) return undefined;
  if (type === 'otlp_grpc' || type === 'otlp') return { host: m[1], port: Number(m[2]), protocol: 'grpc' };
  if (type === 'otlp_http' || type === 'otlphttp') return { host: m[1], port: Number(m[2]), protocol: 'http' };
  return undefined;
};

/**
 * Every hop fits the next one's intake: each collector exporter's largest request (its
 * queue's batches, sized in bytes) is at most what the receiving component takes, as the
 * receiver's own config sets it. A request over the limit is refused for good (the exporter
 * does not retry a size refusal), so the pair is refused at synth, naming both sides.
 */
/** Loki's longest line (`limits_config.max_line_size`, 256KB by default), in bytes, and whether it cuts longer ones instead of discarding them. */
const lineLimit = (c: EmbeddedConfig): { bytes: number; truncates: boolean; source: string } => {
  const v = c.parsed?.limits_config?.max_line_size ?? '256KB';
  const bytes = parseByteSize(v) ?? NaN;
  return { bytes, truncates: c.parsed?.limits_config?.max_line_size_truncate === true, source: `limits_config.max_line_size: ${v}` };
};

/** The longest line a collector reads from files: file_log's `max_log_size` and each container parser's (1 MiB when unset). */
const fileLineLimits = (fileLog: any): Array<{ path: string; bytes: number }> => [
  { path: 'receivers.file_log.max_log_size', bytes: Number(fileLog.max_log_size ?? MiB) },
  ...(Array.isArray(fileLog.operators) ? fileLog.operators : [])
    .map((o: any, i: number) => ({ o, i }))
    .filter(({ o }: any) => o?.type === 'container')
    .map(({ o, i }: any) => ({ path: `receivers.file_log.operators[${i}].max_log_size`, bytes: Number(o.max_log_size ?? MiB) })),
];

export const checkHopLimits: Check = (env) => {
  const findings: Finding[] = [];
  const services = env.objects.filter((o) => o.doc.kind === 'Service').map((o) => o.doc);
  const namespaces = new Set<string>(services.map((s) => s.metadata.namespace));
  for (const c of env.configs.filter((x) => x.format === 'otelcol')) {
    const ns = c.object.split('/')[1];
    for (const [id, e] of Object.entries<any>(c.parsed?.exporters ?? {})) {
      const to = destinationOf(id, e);
      const svcRef = to && serviceOf(to.host, ns, namespaces);
      const svc = svcRef && services.find((s) => s.metadata.name === svcRef[0] && s.metadata.namespace === svcRef[1]);
      const component = svc?.spec?.selector?.['app.kubernetes.io/name'];
      if (!to || !svc || !component) continue;
      const receiving = env.configs.find((r) => r.component === component && r.object.split('/')[1] === svc.metadata.namespace && intakeLimit(r, to.protocol));
      if (!receiving) continue;
      const limit = intakeLimit(receiving, to.protocol)!;
      const batch = e?.sending_queue?.batch;
      const largest = batch?.sizer === 'bytes' && Number(batch.max_size) > 0 ? Number(batch.max_size) : undefined;
      const target = `${component} (Service ${svc.metadata.namespace}/${svc.metadata.name} port ${to.port}) takes at most ${limit.bytes} bytes a request (${receiving.object} ${receiving.key}: ${limit.source})`;
      // a log line longer than Loki's max_line_size is discarded by Loki unless it cuts it
      const fileLog = c.parsed?.receivers?.file_log;
      if (receiving.format === 'loki' && fileLog && (c.parsed?.service?.pipelines?.logs?.exporters ?? []).includes(id)) {
        const line = lineLimit(receiving);
        for (const l of fileLineLimits(fileLog).filter((x) => !line.truncates && !(x.bytes <= line.bytes))) {
          findings.push({ level: 'error', file: c.file, object: c.object, path: `data.${c.key}: ${l.path}`, message: `reads log lines of up to ${l.bytes} bytes, but ${component} discards lines over ${line.bytes} bytes (${receiving.object} ${receiving.key}: ${line.source}, max_line_size_truncate off)` });
        }
      }
      if (largest === undefined) {
        findings.push({ level: 'error', file: c.file, object: c.object, path: `data.${c.key}: exporters.${id}.sending_queue.batch`, message: `sends requests of no bounded size (no batch with sizer 'bytes' and a max_size), and ${target}` });
      } else if (largest > limit.bytes) {
        findings.push({ level: 'error', file: c.file, object: c.object, path: `data.${c.key}: exporters.${id}.sending_queue.batch.max_size`, message: `sends requests of up to ${largest} bytes, but ${target}` });
      }
    }
  }
  return findings;
};
