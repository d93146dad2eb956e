/**
 * The alerts every cluster needs from day one (its objects and nodes) and the alerts of
 * the stack watching itself (data refused, dropped or backed up; rules failing; targets
 * down; notifications failing), as typed definitions. Each definition carries the series
 * that must fire it and a healthy series that must not, from which `promtool test rules`
 * tests are generated (see {@link alertRuleTestFile}), and reads only metrics listed in
 * the known-metrics data (schemas/metrics/known-metrics.json) of the pinned versions.
 */
import { Duration } from '../common/duration';
import { AlertingRule, RuleGroup, SEVERITIES, Severity, quote } from '../common/rules';
import { checkKnownKeys, checkOneOf } from '../common/validate';

/** A series of a promtool test: `metric{labels}` and its values in promtool's expanding notation. */
export interface TestSeries {
  readonly series: string;
  readonly values: string;
}

/** Which exporter an alert reads, so it is generated only when that exporter runs. */
export type AlertSource = 'kube-state-metrics' | 'node-exporter' | 'kubelet' | 'stack';

/** One alert, with the proof that it fires when it should and only then. */
export interface AlertDefinition {
  readonly alert: string;
  /** `cluster`: the cluster's objects and nodes; `stack`: the observability stack itself. */
  readonly group: 'cluster' | 'stack';
  readonly source: AlertSource;
  readonly severity: Severity;
  readonly expr: string;
  readonly for: string;
  /** May use `{{ $labels.x }}` of the labels the expression keeps. */
  readonly summary: string;
  readonly description: string;
  readonly test: {
    /** Series under which the alert fires at `at`, with exactly `labels` (besides severity). */
    readonly firing: readonly TestSeries[];
    /** Series of a healthy system, as close to firing as honest: nothing fires at `at`. */
    readonly healthy: readonly TestSeries[];
    readonly at: string;
    /** The labels (besides severity) of each alert that fires at `at`. */
    readonly labels: ReadonlyArray<Readonly<Record<string, string>>>;
  };
}

/**
 * The collector's three signals, as its own telemetry names them: at 0.159.0 its counters
 * carry no `_total` (the names as the pinned collector serves them, known-metrics data).
 */
const SIGNALS = [
  { signal: 'spans', item: 'spans' },
  { signal: 'metrics', item: 'metric_points' },
  { signal: 'logs', item: 'log_records' },
] as const;

/** `sum by (labels) (rate(metric[5m]))` of one counter per signal, each tagged with a `signal` label, joined by `or`. */
const perSignal = (metric: (item: string) => string, by: string[]): string =>
  SIGNALS.map((s) => `label_replace(sum by (${by.join(', ')}) (rate(${metric(s.item)}[5m])), "signal", ${quote(s.signal)}, "", "")`).join(' or ');

/** `n` samples of a constant. */
const flat = (v: number, n = 60): string => `${v}x${n}`;
/** A counter growing by `step` a minute. */
const growing = (step: number, n = 60): string => `0+${step}x${n}`;

/**
 * The alert definitions, in the order of their rule groups.
 * @param stackNamespaces the namespaces of the stack's own pods (its scrape targets)
 */
export const alertDefinitions = (stackNamespaces: readonly string[]): AlertDefinition[] => {
  const stackNs = `namespace=~${quote(stackNamespaces.join('|'))}`;
  return [
    // --- the cluster's objects (kube-state-metrics, kubelet) ---
    {
      alert: 'KubePodCrashLooping',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      expr: 'max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m])) >= 1',
      for: '15m',
      summary: 'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping',
      description: 'The container has been waiting in CrashLoopBackOff for 15 minutes: it starts, exits and is restarted with a growing back-off. Its previous logs (kubectl logs --previous) say why.',
      test: {
        firing: [{ series: 'kube_pod_container_status_waiting_reason{namespace="shop",pod="cart-0",container="cart",reason="CrashLoopBackOff"}', values: flat(1) }],
        healthy: [{ series: 'kube_pod_container_status_waiting_reason{namespace="shop",pod="cart-0",container="cart",reason="ContainerCreating"}', values: flat(1) }],
        at: '30m',
        labels: [{ namespace: 'shop', pod: 'cart-0', container: 'cart' }],
      },
    },
    {
      alert: 'KubePodNotReady',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      // Pending, Unknown or Failed, or Running but not ready; pods of Jobs are left to KubeJobFailed
      expr:
        '((max by (namespace, pod) (kube_pod_status_phase{phase=~"Pending|Unknown|Failed"}) == 1) ' +
        'or ((max by (namespace, pod) (kube_pod_status_phase{phase="Running"}) == 1) and on (namespace, pod) (max by (namespace, pod) (kube_pod_status_ready{condition="true"}) == 0))) ' +
        '* on (namespace, pod) group_left () topk by (namespace, pod) (1, max by (namespace, pod) (kube_pod_owner{owner_kind!="Job"})) > 0',
      for: '15m',
      summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} has not been ready for 15 minutes',
      description: 'The pod has been Pending, Unknown or Failed, or running without being ready, for 15 minutes: unschedulable, its image not pulled, its node gone, or its readiness probe failing.',
      test: {
        firing: [
          { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Pending"}', values: flat(1) },
          { series: 'kube_pod_owner{namespace="shop",pod="web-1",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
          { series: 'kube_pod_status_phase{namespace="shop",pod="web-2",phase="Running"}', values: flat(1) },
          { series: 'kube_pod_status_ready{namespace="shop",pod="web-2",condition="true"}', values: flat(0) },
          { series: 'kube_pod_owner{namespace="shop",pod="web-2",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
        ],
        healthy: [
          { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Pending"}', values: flat(0) },
          { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Running"}', values: flat(1) },
          { series: 'kube_pod_status_ready{namespace="shop",pod="web-1",condition="true"}', values: flat(1) },
          { series: 'kube_pod_owner{namespace="shop",pod="web-1",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
          // a Job's pod waiting is not this alert's business
          { series: 'kube_pod_status_phase{namespace="shop",pod="migrate-x",phase="Pending"}', values: flat(1) },
          { series: 'kube_pod_owner{namespace="shop",pod="migrate-x",owner_kind="Job",owner_name="migrate"}', values: flat(1) },
        ],
        at: '30m',
        labels: [
          { namespace: 'shop', pod: 'web-1' },
          { namespace: 'shop', pod: 'web-2' },
        ],
      },
    },
    {
      alert: 'KubeDeploymentReplicasMismatch',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      // short of replicas and no rollout in progress
      expr:
        '(max by (namespace, deployment) (kube_deployment_spec_replicas) > max by (namespace, deployment) (kube_deployment_status_replicas_available)) ' +
        'and on (namespace, deployment) (max by (namespace, deployment) (changes(kube_deployment_status_replicas_updated[10m])) == 0)',
      for: '15m',
      summary: 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} is short of replicas',
      description: 'For 15 minutes, with no rollout in progress, fewer replicas have been available than the Deployment asks for.',
      test: {
        firing: [
          { series: 'kube_deployment_spec_replicas{namespace="shop",deployment="web"}', values: flat(3) },
          { series: 'kube_deployment_status_replicas_available{namespace="shop",deployment="web"}', values: flat(2) },
          { series: 'kube_deployment_status_replicas_updated{namespace="shop",deployment="web"}', values: flat(3) },
        ],
        healthy: [
          { series: 'kube_deployment_spec_replicas{namespace="shop",deployment="web"}', values: flat(3) },
          { series: 'kube_deployment_status_replicas_available{namespace="shop",deployment="web"}', values: flat(3) },
          { series: 'kube_deployment_status_replicas_updated{namespace="shop",deployment="web"}', values: flat(3) },
        ],
        at: '30m',
        labels: [{ namespace: 'shop', deployment: 'web' }],
      },
    },
    {
      alert: 'KubeStatefulSetReplicasMismatch',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      expr:
        '(max by (namespace, statefulset) (kube_statefulset_status_replicas_ready) != max by (namespace, statefulset) (kube_statefulset_replicas)) ' +
        'and on (namespace, statefulset) (max by (namespace, statefulset) (changes(kube_statefulset_status_replicas_updated[10m])) == 0)',
      for: '15m',
      summary: 'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} does not have its replicas ready',
      description: 'For 15 minutes, with no rollout in progress, the number of ready replicas has differed from the number the StatefulSet asks for.',
      test: {
        firing: [
          { series: 'kube_statefulset_replicas{namespace="shop",statefulset="db"}', values: flat(3) },
          { series: 'kube_statefulset_status_replicas_ready{namespace="shop",statefulset="db"}', values: flat(2) },
          { series: 'kube_statefulset_status_replicas_updated{namespace="shop",statefulset="db"}', values: flat(3) },
        ],
        healthy: [
          { series: 'kube_statefulset_replicas{namespace="shop",statefulset="db"}', values: flat(3) },
          { series: 'kube_statefulset_status_replicas_ready{namespace="shop",statefulset="db"}', values: flat(3) },
          { series: 'kube_statefulset_status_replicas_updated{namespace="shop",statefulset="db"}', values: flat(3) },
        ],
        at: '30m',
        labels: [{ namespace: 'shop', statefulset: 'db' }],
      },
    },
    {
      alert: 'KubeJobFailed',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      expr: 'max by (namespace, job_name) (kube_job_failed{condition="true"}) > 0',
      for: '15m',
      summary: 'Job {{ $labels.namespace }}/{{ $labels.job_name }} failed',
      description: 'The Job reached its back-off limit or deadline and is marked Failed; it is kept until someone looks at it or its TTL removes it.',
      test: {
        firing: [{ series: 'kube_job_failed{namespace="shop",job_name="migrate",condition="true"}', values: flat(1) }],
        healthy: [{ series: 'kube_job_failed{namespace="shop",job_name="migrate",condition="true"}', values: flat(0) }],
        at: '30m',
        labels: [{ namespace: 'shop', job_name: 'migrate' }],
      },
    },
    {
      alert: 'KubePersistentVolumeFillingUp',
      group: 'cluster',
      source: 'kubelet',
      severity: 'ticket',
      // over 85% used and, at the rate of the last 6 hours, full within 4 days
      expr:
        '(max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_available_bytes) / max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_capacity_bytes) < 0.15) ' +
        'and on (namespace, persistentvolumeclaim) (max by (namespace, persistentvolumeclaim) (predict_linear(kubelet_volume_stats_available_bytes[6h], 4 * 24 * 3600)) < 0)',
      for: '1h',
      summary: 'Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is over 85% full and fills within 4 days',
      description: 'Less than 15% of the volume is free, and at the rate of the last 6 hours it is full within 4 days. Grow the PersistentVolumeClaim or reduce what is written.',
      test: {
        // 100 GB, 20 GB free at first, 0.1 GB less every minute: under 15% from minute 51
        firing: [
          { series: 'kubelet_volume_stats_capacity_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(100e9, 150) },
          { series: 'kubelet_volume_stats_available_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: `20e9-1e8x150` },
        ],
        // 90% full but steady: no alert
        healthy: [
          { series: 'kubelet_volume_stats_capacity_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(100e9, 150) },
          { series: 'kubelet_volume_stats_available_bytes{namespace="observability",persistentvolumeclaim="data-loki-0"}', values: flat(10e9, 150) },
        ],
        at: '130m',
        labels: [{ namespace: 'observability', persistentvolumeclaim: 'data-loki-0' }],
      },
    },
    {
      alert: 'KubeNodeNotReady',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      // a cordoned node being drained is expected to go away
      expr: '(max by (node) (kube_node_status_condition{condition="Ready",status="true"}) == 0) and on (node) (max by (node) (kube_node_spec_unschedulable) == 0)',
      for: '15m',
      summary: 'Node {{ $labels.node }} has not been ready for 15 minutes',
      description: 'The kubelet of the node has not reported Ready for 15 minutes: its pods are not running or not reachable, and new pods are not scheduled there.',
      test: {
        firing: [
          { series: 'kube_node_status_condition{node="node-a",condition="Ready",status="true"}', values: flat(0) },
          { series: 'kube_node_spec_unschedulable{node="node-a"}', values: flat(0) },
        ],
        healthy: [
          { series: 'kube_node_status_condition{node="node-a",condition="Ready",status="true"}', values: flat(1) },
          { series: 'kube_node_spec_unschedulable{node="node-a"}', values: flat(0) },
          // cordoned and drained
          { series: 'kube_node_status_condition{node="node-b",condition="Ready",status="true"}', values: flat(0) },
          { series: 'kube_node_spec_unschedulable{node="node-b"}', values: flat(1) },
        ],
        at: '30m',
        labels: [{ node: 'node-a' }],
      },
    },
    {
      alert: 'KubeNodeMemoryPressure',
      group: 'cluster',
      source: 'kube-state-metrics',
      severity: 'ticket',
      expr: 'max by (node) (kube_node_status_condition{condition="MemoryPressure",status="true"}) == 1',
      for: '15m',
      summary: 'Node {{ $labels.node }} is under memory pressure',
      description: 'The kubelet has reported MemoryPressure for 15 minutes: it evicts pods and admits no new BestEffort ones.',
      test: {
        firing: [{ series: 'kube_node_status_condition{node="node-a",condition="MemoryPressure",status="true"}', values: flat(1) }],
        healthy: [{ series: 'kube_node_status_condition{node="node-a",condition="MemoryPressure",status="true"}', values: flat(0) }],
        at: '30m',
        labels: [{ node: 'node-a' }],
      },
    },
    // --- the nodes (node-exporter) ---
    {
      alert: 'NodeFilesystemFillingUp',
      group: 'cluster',
      source: 'node-exporter',
      severity: 'ticket',
      expr:
        '(max by (node, device, mountpoint) (node_filesystem_avail_bytes{fstype!=""}) / max by (node, device, mountpoint) (node_filesystem_size_bytes{fstype!=""}) < 0.15) ' +
        'and on (node, device, mountpoint) (max by (node, device, mountpoint) (predict_linear(node_filesystem_avail_bytes{fstype!=""}[6h], 24 * 3600)) < 0) ' +
        'and on (node, device, mountpoint) (max by (node, device, mountpoint) (node_filesystem_readonly{fstype!=""}) == 0)',
      for: '1h',
      summary: 'Filesystem {{ $labels.mountpoint }} of node {{ $labels.node }} is over 85% full and fills within a day',
      description: 'Less than 15% of the filesystem is free, and at the rate of the last 6 hours it is full within 24 hours. The kubelet starts evicting pods when its own thresholds are crossed.',
      test: {
        firing: [
          { series: 'node_filesystem_size_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(100e9, 150) },
          { series: 'node_filesystem_avail_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: `20e9-1e8x150` },
          { series: 'node_filesystem_readonly{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(0, 150) },
        ],
        healthy: [
          { series: 'node_filesystem_size_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(100e9, 150) },
          { series: 'node_filesystem_avail_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(10e9, 150) },
          { series: 'node_filesystem_readonly{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(0, 150) },
        ],
        at: '130m',
        labels: [{ node: 'node-a', device: '/dev/nvme0n1p1', mountpoint: '/' }],
      },
    },
    {
      alert: 'NodeMemoryHighUtilization',
      group: 'cluster',
      source: 'node-exporter',
      severity: 'ticket',
      expr: '100 * (1 - max by (node) (node_memory_MemAvailable_bytes) / max by (node) (node_memory_MemTotal_bytes)) > 90',
      for: '15m',
      summary: 'Node {{ $labels.node }} has used over 90% of its memory for 15 minutes',
      description: 'Less than 10% of the node\'s memory has been available for 15 minutes: the kernel reclaims caches and the kubelet may soon evict pods.',
      test: {
        firing: [
          { series: 'node_memory_MemTotal_bytes{node="node-a"}', values: flat(16e9) },
          { series: 'node_memory_MemAvailable_bytes{node="node-a"}', values: flat(1e9) },
        ],
        healthy: [
          { series: 'node_memory_MemTotal_bytes{node="node-a"}', values: flat(16e9) },
          { series: 'node_memory_MemAvailable_bytes{node="node-a"}', values: flat(2e9) },
        ],
        at: '30m',
        labels: [{ node: 'node-a' }],
      },
    },
    // --- the stack itself ---
    {
      alert: 'CollectorRefusingData',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      expr: `(${perSignal((i) => `otelcol_receiver_refused_${i}`, ['job', 'receiver'])}) > 0`,
      for: '10m',
      summary: '{{ $labels.job }} is refusing {{ $labels.signal }} at receiver {{ $labels.receiver }}',
      description: 'For 10 minutes the collector has refused data it was sent (its memory limiter or a full queue pushed back): senders retry or drop it.',
      test: {
        firing: [{ series: 'otelcol_receiver_refused_spans{job="otel-gateway",receiver="otlp",transport="grpc"}', values: growing(60, 30) }],
        healthy: [{ series: 'otelcol_receiver_refused_spans{job="otel-gateway",receiver="otlp",transport="grpc"}', values: flat(0, 30) }],
        at: '25m',
        labels: [{ job: 'otel-gateway', receiver: 'otlp', signal: 'spans' }],
      },
    },
    {
      alert: 'CollectorDroppingData',
      group: 'stack',
      source: 'stack',
      severity: 'page',
      // data a receiver took in and lost to an internal error: neither delivered nor pushed back
      expr: `(${perSignal((i) => `otelcol_receiver_failed_${i}`, ['job', 'receiver'])}) > 0`,
      for: '5m',
      summary: '{{ $labels.job }} is losing {{ $labels.signal }} at receiver {{ $labels.receiver }}',
      description: 'For 5 minutes the collector has failed to process data it had received, to an internal error: that data is lost. The collector\'s log says why.',
      test: {
        firing: [{ series: 'otelcol_receiver_failed_log_records{job="otel-agent",receiver="filelog"}', values: growing(100, 30) }],
        healthy: [{ series: 'otelcol_receiver_failed_log_records{job="otel-agent",receiver="filelog"}', values: flat(0, 30) }],
        at: '20m',
        labels: [{ job: 'otel-agent', receiver: 'filelog', signal: 'logs' }],
      },
    },
    {
      alert: 'CollectorExporterFailing',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      expr: `(${perSignal((i) => `otelcol_exporter_send_failed_${i}`, ['job', 'exporter'])}) > 0`,
      for: '10m',
      summary: '{{ $labels.job }} has {{ $labels.signal }} refused for good through exporter {{ $labels.exporter }}',
      // transient failures are retried without a time limit and never counted here: they show
      // as a growing queue (CollectorExporterQueueFilling)
      description: 'For 10 minutes the backend has refused data for good (a permanent error, such as a payload it rejects as invalid): that data is not retried and is lost.',
      test: {
        firing: [{ series: 'otelcol_exporter_send_failed_spans{job="otel-gateway",exporter="otlp_grpc/tempo"}', values: growing(10, 30) }],
        healthy: [{ series: 'otelcol_exporter_send_failed_spans{job="otel-gateway",exporter="otlp_grpc/tempo"}', values: flat(0, 30) }],
        at: '25m',
        labels: [{ job: 'otel-gateway', exporter: 'otlp_grpc/tempo', signal: 'spans' }],
      },
    },
    {
      alert: 'CollectorExporterQueueFilling',
      group: 'stack',
      source: 'stack',
      severity: 'page',
      expr: 'max by (job, pod, exporter) (otelcol_exporter_queue_size) / max by (job, pod, exporter) (otelcol_exporter_queue_capacity) > 0.8',
      for: '5m',
      summary: 'The queue of exporter {{ $labels.exporter }} of {{ $labels.pod }} is over 80% full',
      description: 'The exporter\'s queue holds over 80% of its capacity: its backend is down or slower than the intake. When it is full, new data is dropped.',
      test: {
        firing: [
          { series: 'otelcol_exporter_queue_size{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(900) },
          { series: 'otelcol_exporter_queue_capacity{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(1000) },
        ],
        healthy: [
          { series: 'otelcol_exporter_queue_size{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(700) },
          { series: 'otelcol_exporter_queue_capacity{job="otel-agent",pod="otel-agent-x7k2p",exporter="otlp_http/loki"}', values: flat(1000) },
        ],
        at: '20m',
        labels: [{ job: 'otel-agent', pod: 'otel-agent-x7k2p', exporter: 'otlp_http/loki' }],
      },
    },
    {
      alert: 'GatewaySamplingBackingUp',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      // traces evicted from memory before their decision: num_traces is too small for the load
      expr: 'sum by (job, pod) (rate(otelcol_processor_tail_sampling_sampling_trace_dropped_too_early[5m])) > 0',
      for: '10m',
      summary: 'Gateway {{ $labels.pod }} evicts traces before deciding on them',
      description: 'For 10 minutes the gateway has had more traces waiting for a sampling decision than it keeps in memory: it drops the oldest undecided ones. Add gateway replicas or raise expectedTracesPerSecond.',
      test: {
        firing: [{ series: 'otelcol_processor_tail_sampling_sampling_trace_dropped_too_early{job="otel-gateway",pod="otel-gateway-0"}', values: growing(50, 30) }],
        healthy: [{ series: 'otelcol_processor_tail_sampling_sampling_trace_dropped_too_early{job="otel-gateway",pod="otel-gateway-0"}', values: flat(0, 30) }],
        at: '25m',
        labels: [{ job: 'otel-gateway', pod: 'otel-gateway-0' }],
      },
    },
    {
      alert: 'PrometheusRuleGroupFailing',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      expr: 'sum by (rule_group) (increase(prometheus_rule_evaluation_failures_total[5m])) > 0',
      for: '15m',
      summary: 'Rule group {{ $labels.rule_group }} fails to evaluate',
      description: 'For 15 minutes some rules of the group have failed to evaluate: their alerts and recorded series are missing. Prometheus\'s log says why.',
      test: {
        firing: [{ series: 'prometheus_rule_evaluation_failures_total{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: growing(1) }],
        healthy: [{ series: 'prometheus_rule_evaluation_failures_total{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(0) }],
        at: '30m',
        labels: [{ rule_group: '/etc/prometheus/rules/rules.yaml;slo-checkout' }],
      },
    },
    {
      alert: 'PrometheusRuleGroupSlow',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      expr: 'max by (rule_group) (prometheus_rule_group_last_duration_seconds) > max by (rule_group) (prometheus_rule_group_interval_seconds)',
      for: '15m',
      summary: 'Rule group {{ $labels.rule_group }} takes longer than its interval',
      description: 'For 15 minutes an evaluation of the group has taken longer than its interval: evaluations are skipped and alerts come late.',
      test: {
        firing: [
          { series: 'prometheus_rule_group_last_duration_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(45) },
          { series: 'prometheus_rule_group_interval_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(30) },
        ],
        healthy: [
          { series: 'prometheus_rule_group_last_duration_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(0.2) },
          { series: 'prometheus_rule_group_interval_seconds{rule_group="/etc/prometheus/rules/rules.yaml;slo-checkout"}', values: flat(30) },
        ],
        at: '30m',
        labels: [{ rule_group: '/etc/prometheus/rules/rules.yaml;slo-checkout' }],
      },
    },
    {
      alert: 'StackTargetDown',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      expr: `max by (job, namespace, pod) (up{${stackNs}}) == 0`,
      for: '10m',
      summary: 'Prometheus cannot scrape {{ $labels.pod }} of {{ $labels.job }}',
      description: 'For 10 minutes a component of the observability stack has not answered its scrape: it is down, not ready, or a NetworkPolicy blocks Prometheus.',
      test: {
        firing: [{ series: `up{job="tempo",namespace=${quote(stackNamespaces[0])},pod="tempo-0"}`, values: flat(0) }],
        healthy: [
          { series: `up{job="tempo",namespace=${quote(stackNamespaces[0])},pod="tempo-0"}`, values: flat(1) },
          // an application's target is not the stack's
          { series: 'up{job="kubernetes-pods",namespace="shop",pod="web-1"}', values: flat(0) },
        ],
        at: '30m',
        labels: [{ job: 'tempo', namespace: stackNamespaces[0], pod: 'tempo-0' }],
      },
    },
    {
      alert: 'TempoRefusingWrites',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      // spans past the receiver but over a limit, and spans its OTLP receiver pushed back
      expr: '(sum by (reason) (rate(tempo_discarded_spans_total[5m])) or label_replace(sum(rate(tempo_receiver_refused_spans[5m])), "reason", "receiver_refused", "", "")) > 0',
      for: '10m',
      summary: 'Tempo is discarding spans ({{ $labels.reason }})',
      description: 'For 10 minutes Tempo has discarded spans over a limit (rate, trace size, live traces), which are lost, or its receiver has pushed spans back to the gateway, which retries them.',
      test: {
        firing: [
          { series: 'tempo_discarded_spans_total{reason="rate_limited",tenant="single-tenant"}', values: growing(100, 30) },
          { series: 'tempo_receiver_refused_spans{receiver="otlp",transport="grpc"}', values: growing(10, 30) },
        ],
        healthy: [
          { series: 'tempo_discarded_spans_total{reason="rate_limited",tenant="single-tenant"}', values: flat(0, 30) },
          { series: 'tempo_receiver_refused_spans{receiver="otlp",transport="grpc"}', values: flat(0, 30) },
        ],
        at: '25m',
        labels: [{ reason: 'rate_limited' }, { reason: 'receiver_refused' }],
      },
    },
    {
      alert: 'LokiRefusingWrites',
      group: 'stack',
      source: 'stack',
      severity: 'ticket',
      // lines over a limit, and OTLP pushes that failed on the server
      expr: '(sum by (reason) (rate(loki_discarded_samples_total[5m])) or label_replace(sum(rate(loki_request_duration_seconds_count{route="otlp_v1_logs",status_code=~"5.."}[5m])), "reason", "server_error", "", "")) > 0',
      for: '10m',
      summary: 'Loki is discarding log lines ({{ $labels.reason }})',
      description: 'For 10 minutes Loki has refused log lines it was sent (rate or stream limits, lines too long or too old) or failed OTLP pushes: refused lines are lost, failed pushes are retried by the agent.',
      test: {
        firing: [
          { series: 'loki_discarded_samples_total{reason="rate_limited",tenant="fake"}', values: growing(100, 30) },
          { series: 'loki_request_duration_seconds_count{route="otlp_v1_logs",status_code="500",method="POST",ws="false"}', values: growing(3, 30) },
        ],
        healthy: [
          { series: 'loki_discarded_samples_total{reason="rate_limited",tenant="fake"}', values: flat(0, 30) },
          { series: 'loki_request_duration_seconds_count{route="otlp_v1_logs",status_code="204",method="POST",ws="false"}', values: growing(300, 30) },
        ],
        at: '25m',
        labels: [{ reason: 'rate_limited' }, { reason: 'server_error' }],
      },
    },
    {
      alert: 'AlertmanagerNotificationsFailing',
      group: 'stack',
      source: 'stack',
      severity: 'page',
      expr: 'sum by (integration) (rate(alertmanager_notifications_failed_total[5m])) / sum by (integration) (rate(alertmanager_notifications_total[5m])) > 0.01',
      for: '5m',
      summary: 'Alertmanager fails to deliver {{ $labels.integration }} notifications',
      description: 'For 5 minutes over 1% of the notifications through this integration have failed: alerts are not reaching people. Check the receiver\'s credentials and reachability.',
      test: {
        firing: [
          { series: 'alertmanager_notifications_total{integration="webhook"}', values: growing(10, 30) },
          { series: 'alertmanager_notifications_failed_total{integration="webhook",reason="other"}', values: growing(5, 30) },
        ],
        healthy: [
          { series: 'alertmanager_notifications_total{integration="webhook"}', values: growing(10, 30) },
          { series: 'alertmanager_notifications_failed_total{integration="webhook",reason="other"}', values: flat(0, 30) },
        ],
        at: '20m',
        labels: [{ integration: 'webhook' }],
      },
    },
  ];
};

/** What an environment sets of one alert. */
export interface AlertOverride {
  /** @default - the definition's */
  readonly severity?: Severity;
  /** The runbook the alert links to. @default - `runbookBaseUrl` and the alert's name, or none */
  readonly runbookUrl?: string;
  /** Leave the alert out. @default false */
  readonly disabled?: boolean;
}

/** The cluster and stack alerts of an environment. */
export interface AlertsProps {
  /** Generate the alerts at all. @default true */
  readonly enabled?: boolean;
  /** Each alert links to `<runbookBaseUrl>/<AlertName>` unless it names its own runbook. @default - no runbook links */
  readonly runbookBaseUrl?: string;
  /** Per-alert settings, by alert name. @default - none */
  readonly rules?: Readonly<Record<string, AlertOverride>>;
}

const ALERTS_KEYS: Record<keyof AlertsProps, true> = { enabled: true, runbookBaseUrl: true, rules: true };
const OVERRIDE_KEYS: Record<keyof AlertOverride, true> = { severity: true, runbookUrl: true, disabled: true };
const URL = /^https?:\/\/\S+$/;

/** An alert definition as it is rendered: severity and runbook resolved. */
export interface ResolvedAlert extends AlertDefinition {
  readonly runbookUrl?: string;
}

/**
 * Checks an environment's alert props and resolves the definitions whose exporters run.
 * @param sources the sources that run in the environment
 */
export const resolveAlerts = (props: AlertsProps | undefined, stackNamespaces: readonly string[], sources: ReadonlySet<AlertSource>): ResolvedAlert[] => {
  const p = props ?? {};
  checkKnownKeys(`ObservabilityStack 'alerts'`, p, Object.keys(ALERTS_KEYS));
  if (p.runbookBaseUrl !== undefined && !URL.test(p.runbookBaseUrl)) {
    throw new Error(`ObservabilityStack 'alerts.runbookBaseUrl' must be an http(s) URL, got '${p.runbookBaseUrl}'`);
  }
  const all = alertDefinitions(stackNamespaces);
  const names = all.map((a) => a.alert);
  checkKnownKeys(`ObservabilityStack 'alerts.rules'`, p.rules ?? {}, names);
  for (const [name, o] of Object.entries(p.rules ?? {})) {
    checkKnownKeys(`ObservabilityStack 'alerts.rules.${name}'`, o, Object.keys(OVERRIDE_KEYS));
    if (o.severity !== undefined) checkOneOf(`ObservabilityStack 'alerts.rules.${name}.severity'`, o.severity, SEVERITIES);
    if (o.runbookUrl !== undefined && !URL.test(o.runbookUrl)) {
      throw new Error(`ObservabilityStack 'alerts.rules.${name}.runbookUrl' must be an http(s) URL, got '${o.runbookUrl}'`);
    }
  }
  if (p.enabled === false) return [];
  return all
    .filter((a) => sources.has(a.source) && !p.rules?.[a.alert]?.disabled)
    .map((a) => {
      const o = p.rules?.[a.alert] ?? {};
      const runbookUrl = o.runbookUrl ?? (p.runbookBaseUrl ? `${p.runbookBaseUrl.replace(/\/+$/, '')}/${a.alert}` : undefined);
      return { ...a, severity: o.severity ?? a.severity, ...(runbookUrl ? { runbookUrl } : {}) };
    });
};

/** The rule of one resolved alert. */
export const alertingRule = (a: ResolvedAlert): AlertingRule => ({
  alert: a.alert,
  expr: a.expr,
  for: Duration.parse(`alert '${a.alert}' 'for'`, a.for).toPrometheus(),
  labels: { severity: a.severity },
  annotations: { summary: a.summary, description: a.description, ...(a.runbookUrl ? { runbook_url: a.runbookUrl } : {}) },
});

/** The rule groups of the resolved alerts: `cluster-alerts` and `stack-alerts`, each only when it has rules. */
export const alertRuleGroups = (alerts: readonly ResolvedAlert[]): RuleGroup[] =>
  (['cluster', 'stack'] as const)
    .map((g) => ({ name: `${g}-alerts`, rules: alerts.filter((a) => a.group === g).map(alertingRule) }))
    .filter((g) => g.rules.length > 0);
