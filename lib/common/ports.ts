/** A named port: the name is used on the container and on the Service. */
export interface NamedPort {
  /** Lowercase, at most 15 characters. */
  readonly name: string;
  readonly port: number;
}

/** The ports of the stack's components, in one place. */
export const PORTS = {
  otlpGrpc: { name: 'otlp-grpc', port: 4317 },
  otlpHttp: { name: 'otlp-http', port: 4318 },
  /** The collector's own telemetry (Prometheus pull reader). */
  collectorMetrics: { name: 'metrics', port: 8888 },
  /** The collector's health_check extension. */
  collectorHealth: { name: 'health', port: 13133 },
  /** Tempo's HTTP API, `/metrics` and `/ready`. */
  tempoHttp: { name: 'http-metrics', port: 3200 },
  tempoGrpc: { name: 'grpc', port: 9095 },
  /** Loki's HTTP API (including `/otlp`), `/metrics` and `/ready`. */
  lokiHttp: { name: 'http-metrics', port: 3100 },
  lokiGrpc: { name: 'grpc', port: 9095 },
  /** Prometheus's web API, remote-write and OTLP receivers, and `/metrics`. */
  prometheusHttp: { name: 'http-metrics', port: 9090 },
} as const satisfies Record<string, NamedPort>;
