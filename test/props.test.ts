import { ObservabilityStack, StackProps } from '../lib/stack/stack';
import * as fs from 'fs';
import { buildApp, synthesize, copyOfDist, hashTree } from './helpers';

const base: StackProps = { name: 'test', clusterName: 'test', deploymentEnvironment: 'test', size: 'laptop' };
const long = 'a'.repeat(64);

/** Each bad input and the message it must fail with: the construct, the prop, the value, what is allowed. */
const cases: Array<[string, Partial<StackProps> | Record<string, unknown>, RegExp]> = [
  ['an environment name that is not a DNS-1123 label', { name: 'Dev_1' }, /ObservabilityStack 'name' must be a DNS-1123 label .*got 'Dev_1'/],
  ['an environment name longer than 63 characters', { name: long }, new RegExp(`ObservabilityStack 'name' must be a DNS-1123 label .*at most 63 characters\\), got '${long}'`)],
  ['an empty cluster name', { clusterName: '' }, /ObservabilityStack 'clusterName' must be a non-empty string, got ''/],
  ['an empty deployment environment', { deploymentEnvironment: ' ' }, /ObservabilityStack 'deploymentEnvironment' must be a non-empty string, got ' '/],
  ['a namespace that is not a DNS-1123 label', { namespace: 'Observability' }, /'namespace' must be a DNS-1123 label .*got 'Observability'/],
  ['an agent namespace longer than 63 characters', { agentNamespace: long }, /'agentNamespace' must be a DNS-1123 label .*got 'a{64}'/],
  ['the agent namespace equal to the stack namespace', { agentNamespace: 'observability' }, /StackNamespaces 'agentNamespace' must differ from 'namespace' .*got 'observability' for both/],
  ['an unknown size profile', { size: 'huge' }, /ObservabilityStack 'size' must be one of 'laptop', 'production', got 'huge'/],
  ['an application namespace that is not a label', { applicationNamespaces: ['shop', 'Bad_NS'] }, /ObservabilityStack 'applicationNamespaces\[1\]' must be a DNS-1123 label .*got 'Bad_NS'/],
  ['an image registry with a scheme', { imageRegistry: 'https://mirror.internal' }, /'imageRegistry' must be a registry host\[:port\]\[\/path\] without a scheme.*got 'https:\/\/mirror.internal'/],
  ['a Tempo retention of 5x', { tempo: { retention: '5x' } }, /Tempo 'retention' must be a duration such as 30s, 15m, 72h, 3d or 2w \(units s, m, h, d, w\), got '5x'/],
  ['a Tempo retention under an hour', { tempo: { retention: '30m' } }, /Tempo 'retention' must be at least 1h, got '30m'/],
  ['a Loki retention of 5x', { loki: { retention: '5x' } }, /Loki 'retention' must be a duration .*units s, m, h, d, w\), got '5x'/],
  ['a Loki retention that is not whole days', { loki: { retention: '36h' } }, /Loki 'retention' must be a whole number of days \(Loki's index period is 24h\), got '36h'/],
  ['a misspelt Loki prop', { loki: { retension: '7d' } }, /Loki has no prop 'retension'; did you mean 'retention'\? \(known: .*\)/],
  ['a misspelt stack prop', { sise: 'laptop' }, /ObservabilityStack has no prop 'sise'; did you mean 'size'\?/],
  ['a misspelt agent prop', { agent: { runAsUsr: 0 } }, /OtelAgent has no prop 'runAsUsr'; did you mean 'runAsUser'\?/],
  ['a Prometheus retention of forever', { prometheus: { retention: 'forever' } }, /Prometheus 'retention' must be a duration .*got 'forever'/],
  ['a Prometheus scrape interval without a unit', { prometheus: { scrapeInterval: '30' } }, /Prometheus 'scrapeInterval' must be a duration .*got '30'/],
  ['a memory limit below its request', { agent: { resources: { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '256Mi' } } }, /OtelAgent 'resources': 'memoryLimit' must be at least 'memoryRequest' \(512Mi\), got '256Mi'/],
  ['a CPU request that is not a quantity', { tempo: { resources: { cpuRequest: 'lots', memoryRequest: '1Gi', memoryLimit: '1Gi' } } }, /Tempo 'resources': 'cpuRequest' must be a positive CPU quantity such as 100m or 1, got 'lots'/],
  ['a memory request of 0', { loki: { resources: { cpuRequest: '1', memoryRequest: '0', memoryLimit: '1Gi' } } }, /Loki 'resources': 'memoryRequest' must be a positive memory quantity such as 256Mi, got '0'/],
  ['a volume size that is not a quantity', { prometheus: { storageSize: 'big' } }, /Prometheus 'storageSize' must be a storage quantity such as 10Gi, got 'big'/],
  ['S3 storage without a bucket', { tempo: { storage: { type: 's3', bucket: '', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1' } } }, /Tempo 'storage.bucket' must be a non-empty string, got ''/],
  ['S3 storage without a region', { loki: { storage: { type: 's3', bucket: 'logs', endpoint: 'minio:9000', region: '' } } }, /Loki 'storage.region' must be a non-empty string, got ''/],
  ['an S3 endpoint with a scheme', { loki: { storage: { type: 's3', bucket: 'logs', endpoint: 'https://minio:9000', region: 'x' } } }, /Loki 'storage.endpoint' must be a host\[:port\] without a scheme, got 'https:\/\/minio:9000'/],
  ['an unknown storage type', { tempo: { storage: { type: 'gcs' } } }, /Tempo 'storage.type' must be one of 'filesystem', 's3', got 'gcs'/],
  ['a credentials Secret name that is not a label', { tempo: { storage: { type: 's3', bucket: 'b', endpoint: 'e', region: 'r', credentialsSecret: { name: 'My_Secret' } } } }, /Tempo 'storage.credentialsSecret.name' must be a DNS-1123 label .*got 'My_Secret'/],
  ['a per-pod Loki index label', { loki: { indexLabels: ['service.name', 'k8s.pod.name'] } }, /Loki 'indexLabels' must not contain per-pod or per-process attributes .*got 'k8s.pod.name'/],
  ['a Loki schema date in another format', { loki: { schemaFrom: '01/01/2026' } }, /Loki 'schemaFrom' must be a date YYYY-MM-DD, got '01\/01\/2026'/],
  ['a second Tempo monolithic replica', { tempo: { replicas: 2 } }, /Tempo 'replicas' must be 1, got 2: Tempo 3 docs, deployment modes: "Running more than one -target=all instance isn't supported because the backend scheduler is a singleton"; for more, Tempo's microservices mode \(above 55,000 spans a second\)/],
  ['spans above monolithic Tempo without a Kafka log', { intake: { spansPerSecond: 80000 } }, /Tempo 'kafka' is required above 55,000 spans a second \('intake.spansPerSecond' declares 80,000\): Tempo in monolithic mode takes at most that \(Tempo 3 docs, deployment modes: .*55k-80k spans\/s.*\), and the distributed tier rendered above it writes spans to a Kafka-compatible log/],
  ['the distributed tier on the filesystem', { intake: { spansPerSecond: 80000 }, tempo: { kafka: { address: 'kafka.streaming.svc:9092' } } }, /Tempo 'storage' must be object storage \(type 's3'\) in the distributed tier \('intake.spansPerSecond' declares 80,000, above 55,000\).*got \{ type: 'filesystem' \}/],
  ['a Kafka log below monolithic Tempo\'s limit', { tempo: { kafka: { address: 'kafka.streaming.svc:9092' } } }, /Tempo 'kafka' is for Tempo's distributed tier, rendered above 55,000 spans a second; 'intake.spansPerSecond' declares none, so Tempo is monolithic and writes no log: remove 'kafka', or declare the intake that needs it/],
  ['logs above monolithic Loki', { intake: { logsGigabytesPerDay: 50 } }, /Loki: Loki in monolithic mode takes at most 20 GB of logs a day \(Loki 3.7 docs, deployment modes: "small read\/write volumes of up to approximately 20GB per day"\); 'intake.logsGigabytesPerDay' declares 50\. Above it: Loki's microservices mode/],
  ['an intake of no logs', { intake: { logsGigabytesPerDay: 0 } }, /ObservabilityStack 'intake.logsGigabytesPerDay' must be a positive number, got 0/],
  ['a misspelt intake figure', { intake: { spanPerSecond: 10 } }, /ObservabilityStack 'intake' has no prop 'spanPerSecond'; did you mean 'spansPerSecond'\?/],
  ['the intake given to Loki itself', { loki: { intake: { logsGigabytesPerDay: 1 } } }, /ObservabilityStack 'loki.intake' is set by the stack/],
  ['two Loki replicas', { loki: { replicas: 2, storage: { type: 's3', bucket: 'logs', endpoint: 'minio:9000', region: 'x' } } }, /Loki 'replicas' must be 1 or 3 \(HA monolithic Loki writes every stream to 3 replicas and needs 2 of them for a write\), got 2/],
  ['three Loki replicas on the filesystem', { loki: { replicas: 3 } }, /Loki 'replicas' of 3 need object storage: 'storage' is \{ type: 'filesystem' \}/],
  ['a baseline sampling percentage above 100', { gateway: { baselinePercentage: 150 } }, /OtelGateway 'baselinePercentage' must be a percentage from 0 to 100, got 150/],
  ['a negative baseline sampling percentage', { gateway: { baselinePercentage: -1 } }, /OtelGateway 'baselinePercentage' must be a percentage from 0 to 100, got -1/],
  ['a latency threshold of 0', { gateway: { latencyThresholdMs: 0 } }, /OtelGateway 'latencyThresholdMs' must be a positive integer \(milliseconds\), got 0/],
  ['a decision wait of 0s', { gateway: { decisionWait: '0s' } }, /OtelGateway 'decisionWait' must be at least 1s, got '0s'/],
  ['a decision wait without a unit', { gateway: { decisionWait: '10' } }, /OtelGateway 'decisionWait' must be a duration .*got '10'/],
  ['an empty probe route', { gateway: { probeRoutes: ['/healthz', ' '] } }, /OtelGateway 'probeRoutes\[1\]' must be a non-empty path such as \/healthz, got ' '/],
  ['gateway replicas of 0', { gateway: { replicas: 0 } }, /OtelGateway 'replicas' must be an integer from 1 to 100, got 0/],
  ['an autoscaler whose maximum is below its minimum', { gateway: { autoscaling: { minReplicas: 3, maxReplicas: 2 } } }, /OtelGateway 'autoscaling.maxReplicas' must be an integer from 3 to 100, got 2/],
  ['an SLO objective of 100', { slos: [{ name: 'a', service: 's', sli: { kind: 'availability' }, objective: 100 }] }, /SLO 'a': 'objective' must be between 0 and 100 \(exclusive\), got 100/],
  ['an SLO objective of 0', { slos: [{ name: 'a', service: 's', sli: { kind: 'availability' }, objective: 0 }] }, /SLO 'a': 'objective' must be between 0 and 100 \(exclusive\), got 0/],
  ['two SLOs with one name', { slos: [{ name: 'a', service: 's', sli: { kind: 'availability' }, objective: 99 }, { name: 'a', service: 't', sli: { kind: 'availability' }, objective: 99 }] }, /SLO 'a': 'name' must be unique among the SLOs, got 'a' twice/],
  ['a latency threshold between bucket boundaries', { slos: [{ name: 'lat', service: 's', sli: { kind: 'latency', thresholdSeconds: 0.3 }, objective: 99 }] }, /SLO 'lat': 'sli.thresholdSeconds' must be one of the histogram's bucket boundaries \(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 seconds\), got 0.3/],
  ['an SLO period off the list', { slos: [{ name: 'p', service: 's', sli: { kind: 'availability' }, objective: 99, period: '90d' }] }, /SLO 'p': 'period' must be one of '7d', '14d', '28d', '30d', got '90d'/],
  ['an SLO period longer than the Prometheus retention', { prometheus: { retention: '3d' }, slos: [{ name: 'r', service: 's', sli: { kind: 'availability' }, objective: 99.9, period: '28d' }] }, /SLO 'r': 'period' must be at most Prometheus 'retention' \(3d\), as its error budget sums the samples of the whole period and the rules read no long-term store, got '28d'/],
  ['an SLO of the default period over a 14-day retention', { prometheus: { retention: '14d' }, slos: [{ name: 'd', service: 's', sli: { kind: 'availability' }, objective: 99 }] }, /SLO 'd': 'period' must be at most Prometheus 'retention' \(14d\), .*got '28d'/],
  ['a misspelt SLO field', { slos: [{ name: 'm', service: 's', sli: { kind: 'availability' }, objectve: 99 }] }, /SLO 'm' has no prop 'objectve'; did you mean 'objective'\?/],
  ['an Alertmanager webhook URL with credentials', { alertmanager: { receivers: { page: { webhook: { url: 'https://user:token@hooks.example.com/x' } } } } }, /Alertmanager 'receivers.page.webhook.url' must be an http\(s\) URL without credentials/],
  ['an unknown Alertmanager severity', { alertmanager: { receivers: { urgent: {} } } }, /Alertmanager 'receivers' has no prop 'urgent'/],
  ['a negative agent user', { agent: { runAsUser: -1 } }, /OtelAgent 'runAsUser' must be an integer of at least 0, got -1/],
  ['a relative agent state directory', { agent: { hostStateDirectory: 'var/lib/otelcol' } }, /OtelAgent 'hostStateDirectory' must be an absolute path, got 'var\/lib\/otelcol'/],
  ['an agent priority above the user range', { agent: { priority: 2000000000 } }, /OtelAgent 'priority' must be an integer from 0 to 1000000000, got 2000000000/],
  ['a component namespace (the stack sets it)', { prometheus: { namespace: 'other' } }, /ObservabilityStack 'prometheus.namespace' is set by the stack .*got "other"/],
  ['a component size (the stack sets it)', { tempo: { size: 'production' } }, /ObservabilityStack 'tempo.size' is set by the stack .*got "production"/],
  ['a component cluster name (the stack sets it)', { agent: { clusterName: 'x' } }, /ObservabilityStack 'agent.clusterName' is set by the stack .*got "x"/],
  ['gateway replicas as a string', { gateway: { replicas: '3' } }, /OtelGateway 'replicas' must be an integer from 1 to 100, got the string '3'/],
  ['no cluster name', { clusterName: undefined }, /ObservabilityStack 'clusterName' must be a non-empty string, got undefined/],
];

describe('bad props fail the synth with a message naming the prop, the value and what is allowed', () => {
  // a copy of the committed dist/, which each failing synth must leave as it was
  let dist: string;
  let before: string;
  beforeAll(() => {
    dist = copyOfDist();
    before = hashTree(dist);
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  test('there are at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  test.each(cases)('fails on %s, leaving dist/ untouched', (_name, props, message) => {
    const env = { ...base, ...(props as Partial<StackProps>) };
    expect(() => synthesize([env], dist)).toThrow(message);
    // and the message starts with the environment it came from
    expect(() => synthesize([env], dist)).toThrow(new RegExp(`^${env.name}: `));
    expect(hashTree(dist)).toBe(before);
  });

  test('fails on two environments with one name', () => {
    expect(() => buildApp([base, base])).toThrow(/environment names must be unique, got 'test' twice/);
  });

  test('fails on two Endpoints on one port of one Service', () => {
    const { app, stacks } = buildApp([base]);
    const [stack] = stacks as ObservabilityStack[];
    const { Endpoint } = require('../lib/common/contract/endpoint');
    const clash = new Endpoint({ service: 'tempo', namespace: 'observability', portName: 'otlp', port: 4317, podSelector: {} });
    expect(() => stack.wiring.connect(stack.component('prometheus')!.peer, clash, 'test')).toThrow(
      "Endpoint of Service observability/tempo: one port must be one Endpoint (same number and name), it has port 4317 named 'otlp-grpc', got port 4317 named 'otlp'",
    );
    void app;
  });

  test('fails on an image pinned to latest', () => {
    jest.isolateModules(() => {
      jest.doMock('../lib/common/k8s/images', () => {
        const actual = jest.requireActual('../lib/common/k8s/images');
        const images = { ...actual.IMAGES, tempo: { repository: 'grafana/tempo', tag: 'latest' } };
        return { ...actual, IMAGES: images, imageRef: (n: string, r?: string) => actual.imageRefFrom(images, n, r) };
      });
      const { buildApp: fresh } = require('./helpers');
      expect(() => fresh([base])).toThrow(/images: 'tempo' must be pinned to an explicit release tag \(not 'latest'\), got 'latest'/);
    });
    jest.dontMock('../lib/common/k8s/images');
  });
});
