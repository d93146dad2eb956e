/**
 * The one place for image names and versions. Every workload takes its image from here,
 * and every config follows the upstream version named here.
 */

/** An image pinned by repository and tag. */
export interface PinnedImage {
  /** Repository without a registry host, e.g. `grafana/tempo`. */
  readonly repository: string;
  /** An explicit release tag, never `latest`. */
  readonly tag: string;
}

/** The pinned images of the stack. */
export const IMAGES = {
  /** OpenTelemetry Collector, contrib distribution (core v1.65.0 / v0.159.0). */
  otelcol: { repository: 'otel/opentelemetry-collector-contrib', tag: '0.159.0' },
  /** Grafana Tempo, monolithic mode. */
  tempo: { repository: 'grafana/tempo', tag: '3.0.3' },
  /** Grafana Loki, monolithic mode. */
  loki: { repository: 'grafana/loki', tag: '3.7.6' },
  /** Prometheus (image tags carry a `v`). */
  prometheus: { repository: 'prom/prometheus', tag: 'v3.14.0' },
  /** Alertmanager (image tags carry a `v`). */
  alertmanager: { repository: 'prom/alertmanager', tag: 'v0.35.0' },
  /** kube-state-metrics (image tags carry a `v`). */
  kubeStateMetrics: { repository: 'kube-state-metrics/kube-state-metrics', tag: 'v2.20.0' },
  /** node-exporter (image tags carry a `v`). */
  nodeExporter: { repository: 'prom/node-exporter', tag: 'v1.12.1' },
  /**
   * Thanos: the sidecar beside each Prometheus replica and the query layer that merges the
   * replicas of a highly available Prometheus (v0.42.4: v0.42.5 needs Go 1.26.10 to build).
   */
  thanos: { repository: 'thanosio/thanos', tag: 'v0.42.4' },
  /**
   * prometheus-config-reloader (of prometheus-operator): beside each Alertmanager replica, it
   * calls Alertmanager's reload endpoint when the kubelet updates the mounted config and Secret
   * files. The reloader the Alertmanager charts run; v0.93.1: the newest whose modules the Go
   * module proxy serves here (image tags carry a `v`).
   */
  prometheusConfigReloader: { repository: 'prometheus-operator/prometheus-config-reloader', tag: 'v0.93.1' },
  /** A one-shot helper of the node agent that prepares its hostPath directory (the collector image has no shell). */
  busybox: { repository: 'busybox', tag: '1.37.0' },
  /** Grafana OSS (the `grafana/grafana-oss` repository is no longer updated after 12.4). */
  grafana: { repository: 'grafana/grafana', tag: '13.2.3' },
} as const satisfies Record<string, PinnedImage>;

/** The name of a pinned image. */
export type ImageName = keyof typeof IMAGES;

/**
 * The image reference for a pod spec.
 * @param registry a registry host (and optional path) that mirrors the upstream
 *   repositories, for air-gapped clusters; the repository path is kept below it.
 */
export const imageRef = (name: ImageName, registry?: string): string => imageRefFrom(IMAGES, name, registry);

/** {@link imageRef} over a given image table. */
export const imageRefFrom = (images: Record<ImageName, PinnedImage>, name: ImageName, registry?: string): string => {
  const img = images[name];
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(img.tag) || img.tag === 'latest') {
    throw new Error(`images: '${name}' must be pinned to an explicit release tag (not 'latest'), got '${img.tag}'`);
  }
  if (registry !== undefined && !/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?(\/[a-z0-9._-]+)*\/?$/.test(registry)) {
    throw new Error(`'imageRegistry' must be a registry host[:port][/path] without a scheme, such as mirror.internal:5000/upstream, got '${registry}'`);
  }
  const prefix = registry ? `${registry.replace(/\/+$/, '')}/` : '';
  return `${prefix}${img.repository}:${img.tag}`;
};

/**
 * The Kubernetes release whose API server judges the output (`npm run apiserver-check`,
 * built from `k8s.io/kubernetes` by `npm run tools`). The manifests are also checked against
 * the OpenAPI schemas of 1.27, the oldest release the project supports, which the Go
 * module proxy does not serve as a module here.
 */
export const KUBERNETES = { version: '1.36.3' } as const;
