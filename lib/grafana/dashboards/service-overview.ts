import { RED_METRICS } from '../../common/vocabulary/red-metrics';
import { DashboardSpec, PanelSpec, PromQuery } from '../../common/vocabulary/dashboards';

const L = RED_METRICS.labels;
const prom = (expr: string, legend?: string): PromQuery => ({ datasource: 'prometheus', expr, legend });
/** The service's server spans (the requests it served) in the RED metrics. */
const served = (extra = ''): string => `${L.service}="$service", ${L.spanKind}="${RED_METRICS.serverKind}"${extra}`;

/** What the service overview is made from. */
export interface ServiceOverviewOptions {
  /** The gateway keeps every trace slower than this: the trace table lists them. */
  readonly slowTraceThresholdMs: number;
  /** Loki indexes `service.name` as the stream label `service_name` (else it is structured metadata). */
  readonly serviceIsLokiLabel: boolean;
}

/**
 * One service at a glance: its requests, errors and latency from the RED metrics (every
 * span, before sampling), the CPU and memory of its containers, its recent slow or failed
 * traces and its logs.
 */
export const serviceOverview = (o: ServiceOverviewOptions): DashboardSpec => {
  const quantile = (q: number): PromQuery =>
    ({ ...prom(`histogram_quantile(${q}, sum by (le) (rate(${RED_METRICS.duration}_bucket{${served()}}[$__rate_interval])))`, `p${Math.round(q * 100)}`), exemplars: true });
  const red: PanelSpec[] = [
    {
      type: 'timeseries',
      title: 'Request rate',
      description: 'Requests the service served per second, by operation (server spans, counted before sampling).',
      unit: 'reqps',
      min: 0,
      queries: [prom(`sum by (${L.spanName}) (rate(${RED_METRICS.calls}{${served()}}[$__rate_interval]))`, `{{${L.spanName}}}`)],
    },
    {
      type: 'timeseries',
      title: 'Error ratio',
      description: 'The share of requests whose span ended in an error status.',
      unit: 'percentunit',
      min: 0,
      max: 1,
      queries: [
        prom(
          `sum(rate(${RED_METRICS.calls}{${served(`, ${L.statusCode}="${RED_METRICS.errorStatus}"`)}}[$__rate_interval])) / sum(rate(${RED_METRICS.calls}{${served()}}[$__rate_interval]))`,
          'errors',
        ),
      ],
    },
    {
      type: 'timeseries',
      title: 'Latency',
      description: 'p50, p95 and p99 of request duration, from the RED histogram; each exemplar dot opens its trace.',
      unit: 's',
      min: 0,
      queries: [quantile(0.5), quantile(0.95), quantile(0.99)],
    },
  ];
  // the pods of the service's Deployment (named <deployment>-<hash>-<hash>); container!=""
  // leaves out the pod-level cgroup series, which would count every container twice
  const containers = `namespace="$namespace", pod=~"$workload-.+", container!="", container!="POD"`;
  const resources: PanelSpec[] = [
    {
      type: 'timeseries',
      title: 'CPU',
      description: "CPU of the service's pods (cAdvisor), in cores: the pods of the Deployment its spans come from.",
      unit: 'short',
      min: 0,
      width: 12,
      queries: [prom(`sum by (pod) (rate(container_cpu_usage_seconds_total{${containers}}[$__rate_interval]))`, '{{pod}}')],
    },
    {
      type: 'timeseries',
      title: 'Memory',
      description: "Working-set memory of the service's pods (cAdvisor): what the OOM killer looks at.",
      unit: 'bytes',
      min: 0,
      width: 12,
      queries: [prom(`sum by (pod) (container_memory_working_set_bytes{${containers}})`, '{{pod}}')],
    },
  ];
  const seconds = o.slowTraceThresholdMs / 1000;
  return {
    uid: 'service-overview',
    title: 'Service overview',
    description: 'Is this service healthy? Requests, errors and latency; its containers; its slow or failed traces and its logs.',
    tags: ['observability-stack', 'service'],
    variables: [
      { name: 'service', label: 'Service', query: `label_values(${RED_METRICS.calls}, ${L.service})` },
      { name: 'namespace', label: 'Namespace', query: `label_values(${RED_METRICS.calls}{${L.service}="$service"}, k8s_namespace_name)` },
      { name: 'workload', label: 'Deployment', query: `label_values(${RED_METRICS.calls}{${L.service}="$service"}, k8s_deployment_name)` },
    ],
    rows: [
      { title: 'Requests', panels: red },
      { title: 'Containers', panels: resources },
      {
        title: 'Traces and logs',
        panels: [
          {
            type: 'table',
            title: 'Recent slow or failed traces',
            description: `Traces of the service with an error or slower than ${seconds}s (the gateway keeps all of them).`,
            width: 24,
            height: 10,
            queries: [{ datasource: 'tempo', traceql: `{ resource.service.name = "$service" && (status = error || duration > ${seconds}s) }`, limit: 20 }],
          },
          {
            type: 'logs',
            title: 'Logs',
            description: "The service's logs; a line's trace id links to its trace.",
            width: 24,
            height: 12,
            queries: [
              {
                datasource: 'loki',
                // a stream selector when Loki indexes the service, else a filter on structured metadata
                expr: o.serviceIsLokiLabel ? `{service_name="$service"}` : `{k8s_namespace_name="$namespace"} | service_name="$service"`,
              },
            ],
          },
        ],
      },
    ],
  };
};
