import { synthMain } from './lib/stack/app';
import { StackProps } from './lib/stack/stack';

/**
 * The environments, one directory each under dist/. Add one by adding an entry: the
 * constructs do not change.
 */
export const ENVIRONMENTS: StackProps[] = [
  {
    // a laptop cluster (kind, minikube): filesystem storage on the default StorageClass,
    // no cloud credentials
    name: 'dev',
    clusterName: 'dev',
    deploymentEnvironment: 'development',
    size: 'laptop',
    tempo: { retention: '3d' },
    loki: { retention: '3d' },
    // an SLO's error budget sums its whole period, so Prometheus keeps at least that long: a
    // week, the shortest period, is what a laptop cluster that lives for days can use, and a
    // week of it fits the laptop volume (5Gi, size limit 4352MB): at the 1-2 bytes a sample
    // Prometheus documents, 80,000 series scraped every 30s take 1.6 to 3.2GB a week
    prometheus: { retention: '7d' },
    // examples on the gateway's RED metrics of a service named checkout
    slos: [
      { name: 'checkout-availability', service: 'checkout', sli: { kind: 'availability' }, objective: 99.9, period: '7d' },
      { name: 'checkout-latency', service: 'checkout', sli: { kind: 'latency', thresholdSeconds: 0.5 }, objective: 99, period: '7d', minRequestsForPage: 100 },
    ],
  },
  {
    // a production cluster: object storage, workload identity, a registry mirror behind a
    // login, scaled gateway, priority for the stack's pods
    name: 'prod',
    clusterName: 'prod-eu-1',
    deploymentEnvironment: 'production',
    size: 'production',
    storageClassName: 'gp3',
    imageRegistry: 'mirror.internal:5000',
    imagePullSecrets: ['registry-mirror'],
    priority: 100000,
    applicationNamespaces: ['shop', 'payments'],
    // at the daily peak: within monolithic Loki's and Tempo's documented limits (20 GB a day,
    // 55,000 spans a second), so both stay monolithic, Loki as 3 replicas
    intake: { logsGigabytesPerDay: 15, spansPerSecond: 30000 },
    gateway: { replicas: 3, autoscaling: { minReplicas: 3, maxReplicas: 9 }, expectedTracesPerSecond: 5000 },
    tempo: {
      retention: '14d',
      // workload identity: the ServiceAccount's role reads and writes the bucket, no keys in the pod
      storage: { type: 's3', bucket: 'prod-eu-1-traces', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
      serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/prod-eu-1-tempo' },
    },
    loki: {
      retention: '31d',
      // workload identity, as Tempo: Loki's S3 client takes the ServiceAccount's role (a
      // Secret of static keys, `credentialsSecret`, is for stores without one)
      storage: { type: 's3', bucket: 'prod-eu-1-logs', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' },
      serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::111122223333:role/prod-eu-1-loki' },
    },
    prometheus: {
      retention: '30d',
      // long-term storage: every sample also to the organisation's metrics store, deduplicated
      // there by the replica label
      remoteWrite: [{ url: 'https://metrics.example.com/api/v1/push', bearerTokenSecret: { name: 'metrics-remote-write', key: 'token' } }],
    },
    alertmanager: {
      receivers: {
        page: { pagerduty: { routingKeySecret: { name: 'alerting', key: 'pagerduty-routing-key' } } },
        ticket: { slack: { channel: '#prod-slo', apiUrlSecret: { name: 'alerting', key: 'slack-webhook-url' } } },
      },
    },
    slos: [
      { name: 'checkout-availability', service: 'checkout', sli: { kind: 'availability' }, objective: 99.9, period: '30d', minRequestsForPage: 1000 },
      { name: 'checkout-latency', service: 'checkout', sli: { kind: 'latency', thresholdSeconds: 0.25 }, objective: 99, period: '30d', minRequestsForPage: 1000 },
      { name: 'payments-availability', service: 'payments', sli: { kind: 'availability' }, objective: 99.95, period: '30d', minRequestsForPage: 1000 },
    ],
  },
];

if (require.main === module) synthMain(ENVIRONMENTS);
