import { NamedPort, OTLP_PORTS } from '../common/k8s/ports';

/** The ports every collector of the stack serves or binds. */
export const COLLECTOR_PORTS = {
  otlpGrpc: OTLP_PORTS.grpc,
  otlpHttp: OTLP_PORTS.http,
  /** The collector's own telemetry (Prometheus pull reader). */
  metrics: { name: 'metrics', port: 8888 },
  /** The health_check extension. */
  health: { name: 'health', port: 13133 },
} as const satisfies Record<string, NamedPort>;
