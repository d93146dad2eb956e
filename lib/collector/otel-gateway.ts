import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { StatefulBackend } from '../common/contract/backend';
import { ComponentProps } from '../common/contract/component';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint, HttpDestination, destinations } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { goMemLimit, parseMemory } from '../common/k8s/resources';
import { checkInt } from '../common/vocabulary/validate';
import { httpProbe, podIpEnv } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { gatewayConfig } from './config';
import { OTEL_GATEWAY } from './declaration';
import { COLLECTOR_PORTS } from './ports';

/** A HorizontalPodAutoscaler for the gateway. */
export interface GatewayAutoscaling {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Average CPU utilisation of the requests to aim for. @default 70 */
  readonly targetCpuPercent?: number;
}

/** Properties of {@link OtelGateway}. */
export interface OtelGatewayProps extends ComponentProps {
  /** Where sampled traces go (OTLP gRPC), e.g. Tempo. */
  readonly traces: Endpoint;
  /** Where the RED metrics go (OTLP/HTTP), e.g. Prometheus's OTLP receiver; several: every point to each (the replicas of a highly available Prometheus). */
  readonly metrics: HttpDestination | readonly HttpDestination[];
  /**
   * Replicas. A change re-hashes trace IDs over the replicas: the traces in flight while
   * it happens are split and decided in parts (see the README).
   * @default 2
   */
  readonly replicas?: number;
  /** Scale on CPU between two counts, slowly down (30 minutes of stabilisation). @default - a fixed `replicas` */
  readonly autoscaling?: GatewayAutoscaling;
  /**
   * How long the gateway waits for the spans of a trace before deciding (units s, m).
   * @default '10s'
   */
  readonly decisionWait?: string;
  /**
   * `url.path` and `http.route` values of probe and scrape requests: their traces are dropped.
   * @default ['/healthz', '/readyz', '/livez', '/metrics']
   */
  readonly probeRoutes?: string[];
  /** Traces at least this slow are always kept, in milliseconds. @default 1000 */
  readonly latencyThresholdMs?: number;
  /** The share of the remaining traces kept, in percent (0 to 100). @default 10 */
  readonly baselinePercentage?: number;
  /**
   * New traces a second the gateway tier takes, all replicas together. Each replica's trace
   * buffer and decision caches are sized for its share: this over `replicas`, or over
   * `autoscaling.minReplicas`. @default 1000
   */
  readonly expectedTracesPerSecond?: number;
}

const CONFIG_DIR = '/conf';

/**
 * The OpenTelemetry Collector as the gateway tier: a StatefulSet behind a headless Service,
 * which the agents' `load_balancing` exporter addresses pod by pod by trace ID, so each
 * replica sees whole traces. It counts RED metrics from every span, then tail-samples
 * (drop probes, keep errors, slow traces and a baseline share) and sends to Tempo. It keeps
 * nothing on disk (no volume): its queues are in memory and drained when a replica stops,
 * and what cannot go on waits in the agents' queues on the nodes.
 */
export class OtelGateway extends StatefulBackend<OtelGatewayProps> {
  /** OTLP gRPC intake, on the headless Service: clients address the pods one by one. */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** The rendered config file. */
  public readonly configYaml: string;
  /** Every trace with a span slower than this (milliseconds) is kept. */
  public readonly latencyThresholdMs: number;

  constructor(scope: Construct, id: string, props: OtelGatewayProps) {
    super(scope, id, OTEL_GATEWAY, props);
    const replicas = checkInt(`OtelGateway 'replicas'`, props.replicas ?? 2, 1, 100);
    const decisionWait = Duration.parse(`OtelGateway 'decisionWait'`, props.decisionWait ?? '10s');
    if (decisionWait.seconds > 600) throw new Error(`OtelGateway 'decisionWait' must be at most 10m (the trace buffer holds every span for that long), got '${props.decisionWait}'`);
    const probeRoutes = props.probeRoutes ?? ['/healthz', '/readyz', '/livez', '/metrics'];
    probeRoutes.forEach((r, i) => {
      if (typeof r !== 'string' || r.trim() === '') throw new Error(`OtelGateway 'probeRoutes[${i}]' must be a non-empty path such as /healthz, got '${r}'`);
    });
    const latencyThresholdMs = props.latencyThresholdMs ?? 1000;
    if (!Number.isInteger(latencyThresholdMs) || latencyThresholdMs <= 0) {
      throw new Error(`OtelGateway 'latencyThresholdMs' must be a positive integer (milliseconds), got ${latencyThresholdMs}`);
    }
    this.latencyThresholdMs = latencyThresholdMs;
    const baselinePercentage = props.baselinePercentage ?? 10;
    if (typeof baselinePercentage !== 'number' || !(baselinePercentage >= 0 && baselinePercentage <= 100)) {
      throw new Error(`OtelGateway 'baselinePercentage' must be a percentage from 0 to 100, got ${baselinePercentage}`);
    }
    const expectedTracesPerSecond = checkInt(`OtelGateway 'expectedTracesPerSecond'`, props.expectedTracesPerSecond ?? 1000, 1);
    const autoscaling = props.autoscaling && {
      minReplicas: checkInt(`OtelGateway 'autoscaling.minReplicas'`, props.autoscaling.minReplicas, 1, 100),
      maxReplicas: props.autoscaling.maxReplicas,
      targetCpuPercent: checkInt(`OtelGateway 'autoscaling.targetCpuPercent'`, props.autoscaling.targetCpuPercent ?? 70, 10, 100),
    };
    // the agents spread traces over the replicas by trace ID: each holds its share, at the fewest replicas
    const tracesPerReplica = Math.ceil(expectedTracesPerSecond / (autoscaling?.minReplicas ?? replicas));
    const ports = COLLECTOR_PORTS;

    this.configYaml = toYaml(
      deepMerge(
        gatewayConfig({
          sampling: { probeRoutes, latencyThresholdMs, baselinePercentage, decisionWait: decisionWait.toGo(), tracesPerSecond: tracesPerReplica },
          decisionWaitSeconds: decisionWait.seconds,
          memoryLimitBytes: parseMemory(this.size.memoryLimit)!,
          traces: this.wiring.connect(this.peer, props.traces, 'sampled traces (OTLP gRPC)'),
          metrics: destinations(props.metrics).map((d) => ({ ...d, endpoint: this.wiring.connect(this.peer, d.endpoint, 'RED metrics (OTLP/HTTP)') })),
        }),
        props.overrides,
      ),
    );
    this.otlpGrpcEndpoint = this.endpoint(ports.otlpGrpc, 'grpc', this.name, true);

    const config = this.configMap('Config', `${this.name}-config`, { 'config.yaml': this.configYaml });
    this.statefulBackend({
      user: { uid: 10001, gid: 10001 },
      args: [`--config=${CONFIG_DIR}/config.yaml`],
      env: [podIpEnv(), { name: 'MY_POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }, { name: 'GOMEMLIMIT', value: goMemLimit(this.size.memoryLimit) }],
      ports: [{ ...ports.otlpGrpc, appProtocol: 'grpc' }, ports.metrics],
      podOnlyPorts: [ports.health],
      configMaps: [{ ref: config, mountPath: CONFIG_DIR }],
      tmp: false,
      readinessProbe: httpProbe(ports.health, '/'),
      livenessProbe: httpProbe(ports.health, '/'),
      // a replica going away decides its pending traces first: give it the decision wait and a flush
      terminationGracePeriodSeconds: decisionWait.seconds + 30,
      // an autoscaler owns the count when there is one: no replicas field for a sync to reset
      replicas: autoscaling ? null : replicas,
      scaleOut: true,
    });

    if (autoscaling) {
      const min = autoscaling.minReplicas;
      const max = checkInt(`OtelGateway 'autoscaling.maxReplicas'`, autoscaling.maxReplicas, min, 100);
      const target = autoscaling.targetCpuPercent;
      new k8s.KubeHorizontalPodAutoscalerV2(this, 'Autoscaler', {
        metadata: this.metadata(),
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: this.name },
          minReplicas: min,
          maxReplicas: max,
          metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: target } } }],
          behavior: {
            // every change of the replica count re-hashes trace IDs: scale down rarely and one pod at a time
            scaleDown: { stabilizationWindowSeconds: 1800, policies: [{ type: 'Pods', value: 1, periodSeconds: 600 }] },
            scaleUp: { stabilizationWindowSeconds: 120, policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }] },
          },
        },
      });
    }
  }
}
