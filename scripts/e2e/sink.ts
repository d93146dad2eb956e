/**
 * What stands in for Tempo and Loki (AGPL: not built here), and the harness's own receivers.
 *
 * Each stand-in is the pinned otelcol listening where the real backend listens, on its
 * Service's loopback address: Tempo's OTLP gRPC intake on 4317, Loki's native OTLP/HTTP
 * intake at /otlp/v1/logs on 3100. It hands everything it accepts, synchronously (no
 * queue: an accepted request is already recorded), as OTLP/JSON to the {@link Sink} of the
 * harness, which counts spans per service and trace, and log records per stream and
 * sequence number. The webhook receiver records what Alertmanager delivers.
 */
import * as http from 'http';
import * as zlib from 'zlib';
import { stringify } from 'yaml';

/** A log record as the sink keeps it. */
export interface LogRecord {
  readonly body: string;
  readonly resource: Record<string, unknown>;
  readonly attributes: Record<string, unknown>;
  /** The record's trace context and severity, as the agent set them. */
  readonly traceId?: string;
  readonly spanId?: string;
  readonly severityText?: string;
}

const attrs = (list: any[] | undefined): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const a of list ?? []) {
    const v = a.value ?? {};
    out[a.key] = v.stringValue ?? v.intValue ?? v.boolValue ?? v.doubleValue ?? JSON.stringify(v);
  }
  return out;
};

/** The harness's OTLP/JSON receiver behind the stand-ins. */
export class Sink {
  /** Spans per service.name. */
  public readonly spans = new Map<string, number>();
  /** Trace IDs per service.name. */
  public readonly traces = new Map<string, Set<string>>();
  /** Distinct spans (trace ID and span ID) per service.name: Tempo keeps a span sent twice once. */
  public readonly spanIds = new Map<string, Set<string>>();
  /** Resource attributes of the first span seen per service.name. */
  public readonly spanResources = new Map<string, Record<string, unknown>>();
  /** Every log record. */
  public readonly logs: LogRecord[] = [];
  public readonly requests = { traces: 0, logs: 0, refused: 0 };
  /** Services whose data the backends refuse for good (answered 400, as to a payload they reject): the stand-ins pass the refusal back. */
  public readonly refusing = new Set<string>();
  private server?: http.Server;

  constructor(public readonly ip: string) {}

  public async listen(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const body = req.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          const doc = JSON.parse(body.toString('utf8') || '{}');
          if (this.refuses(doc)) {
            this.requests.refused++;
            res.writeHead(400, { 'content-type': 'text/plain' });
            res.end('refused by the e2e backend');
            return;
          }
          if (req.url === '/v1/traces') this.takeTraces(doc);
          else if (req.url === '/v1/logs') this.takeLogs(doc);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{}');
        } catch (e) {
          res.writeHead(400);
          res.end(String(e));
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, this.ip, r));
    return `http://${this.ip}:${(this.server.address() as any).port}`;
  }

  /** Whether a request carries data of a service the backends refuse. */
  private refuses(doc: any): boolean {
    const resources = [...(doc.resourceSpans ?? []), ...(doc.resourceLogs ?? [])].map((r: any) => attrs(r.resource?.attributes));
    return resources.some((r) => this.refusing.has(String(r['service.name'])));
  }

  private takeTraces(doc: any): void {
    this.requests.traces++;
    for (const rs of doc.resourceSpans ?? []) {
      const resource = attrs(rs.resource?.attributes);
      const svc = String(resource['service.name'] ?? '?');
      if (!this.spanResources.has(svc)) this.spanResources.set(svc, resource);
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          this.spans.set(svc, (this.spans.get(svc) ?? 0) + 1);
          if (!this.traces.has(svc)) this.traces.set(svc, new Set());
          this.traces.get(svc)!.add(s.traceId);
          if (!this.spanIds.has(svc)) this.spanIds.set(svc, new Set());
          this.spanIds.get(svc)!.add(`${s.traceId}/${s.spanId}`);
        }
      }
    }
  }

  private takeLogs(doc: any): void {
    this.requests.logs++;
    for (const rl of doc.resourceLogs ?? []) {
      const resource = attrs(rl.resource?.attributes);
      for (const sl of rl.scopeLogs ?? []) {
        for (const r of sl.logRecords ?? []) {
          const b = r.body ?? {};
          this.logs.push({ body: String(b.stringValue ?? JSON.stringify(b)), resource, attributes: attrs(r.attributes), traceId: r.traceId || undefined, spanId: r.spanId || undefined, severityText: r.severityText || undefined });
        }
      }
    }
  }

  public spanCount(service: string): number {
    return this.spans.get(service) ?? 0;
  }

  public distinctSpanCount(service: string): number {
    return this.spanIds.get(service)?.size ?? 0;
  }

  public traceCount(service: string): number {
    return this.traces.get(service)?.size ?? 0;
  }

  /** OTLP log records whose resource has this service.name. */
  public logCount(service: string): number {
    return this.logs.filter((l) => l.resource['service.name'] === service).length;
  }

  /** Sequence numbers of the file-log lines of a stream (`e2e stream=<s> seq=<n>`), with repeats. */
  public fileSeqs(stream: string): number[] {
    const re = new RegExp(`stream=${stream} seq=(\\d+)`);
    return this.logs.map((l) => re.exec(l.body)).filter((m): m is RegExpExecArray => !!m).map((m) => Number(m[1]));
  }

  public close(): void {
    this.server?.close();
  }
}

/** The config of the otelcol that stands in for Tempo's and Loki's intake on their addresses. */
export const standInConfig = (opts: { what: 'tempo' | 'loki'; ip: string; sinkUrl: string; backendConfig: any }): string => {
  const exporter = { endpoint: opts.sinkUrl, encoding: 'json', compression: 'none', sending_queue: { enabled: false }, retry_on_failure: { enabled: false } };
  // the intake limits of the real backend, as its config in dist/ sets them (or its defaults)
  const receivers =
    opts.what === 'tempo'
      ? { otlp: { protocols: { grpc: { endpoint: `${opts.ip}:4317`, max_recv_msg_size_mib: opts.backendConfig?.distributor?.receivers?.otlp?.protocols?.grpc?.max_recv_msg_size_mib ?? 4 } } } }
      : { otlp: { protocols: { http: { endpoint: `${opts.ip}:3100`, logs_url_path: '/otlp/v1/logs', max_request_body_size: opts.backendConfig?.distributor?.max_recv_msg_size ?? 100 * 1024 * 1024 } } } };
  const pipeline = opts.what === 'tempo' ? 'traces' : 'logs';
  return stringify({
    receivers,
    exporters: { 'otlp_http/sink': exporter },
    service: {
      telemetry: { logs: { level: 'warn' }, metrics: { level: 'normal', readers: [{ pull: { exporter: { prometheus: { host: opts.ip, port: 8888 } } } }] } },
      pipelines: { [pipeline]: { receivers: ['otlp'], exporters: ['otlp_http/sink'] } },
    },
  });
};

/** One notification Alertmanager delivered to the webhook. */
export interface Notification {
  readonly at: number;
  readonly status: string;
  readonly alerts: Array<{ status: string; labels: Record<string, string> }>;
}

/** The local webhook receiver of Alertmanager's notifications. */
export class Webhook {
  public readonly received: Notification[] = [];
  private server?: http.Server;

  constructor(public readonly ip: string) {}

  public async listen(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          this.received.push({ at: Date.now(), status: doc.status, alerts: doc.alerts ?? [] });
        } catch {
          /* not a notification */
        }
        res.writeHead(200);
        res.end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(port, this.ip, r));
    return `http://${this.ip}:${(this.server.address() as any).port}/alerts`;
  }

  public close(): void {
    this.server?.close();
  }
}
