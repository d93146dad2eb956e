/**
 * The library's public surface, held here: a change to what lib/index.ts exports is a
 * visible diff of this file, and nothing internal is exported.
 */
import * as fs from 'fs';
import * as path from 'path';

const VALUES = ['Alertmanager', 'Duration', 'Endpoint', 'Grafana', 'KubeStateMetrics', 'Loki', 'NodeExporter', 'ObservabilityStack', 'OtelAgent', 'OtelGateway', 'Prometheus', 'Tempo', 'Wiring'];

const TYPES = [
  'AdminSecretRef', 'AlertOverride', 'AlertmanagerProps', 'AlertsProps', 'AvailabilitySli', 'BackendProps', 'ComponentProps', 'ConfigOverrides', 'Connection',
  'ConnectionKind', 'ContainerResources', 'DashboardFolder', 'DashboardSpec', 'EndpointProps', 'FilesystemStorage', 'GatewayAutoscaling', 'GrafanaClientPods',
  'GrafanaProps', 'HttpDestination', 'KsmResource', 'KubeStateMetricsProps', 'LabelVariable', 'LatencySli', 'LogQuery', 'LokiProps', 'NodeExporterProps',
  'ObjectStorage', 'OtelAgentProps', 'OtelGatewayProps', 'PanelQuery', 'PanelSpec', 'PanelType', 'Peer', 'PromQuery', 'PrometheusProps', 'ReceiverProps',
  'S3CredentialsSecret', 'S3Storage', 'SecretKeyRef', 'SizeName', 'SloPeriod', 'SloProps', 'StackProps', 'TempoProps', 'TraceSearch',
];

const index = fs.readFileSync(path.resolve(__dirname, '..', 'lib', 'index.ts'), 'utf8');
const named = (kind: 'export' | 'export type'): string[] =>
  [...index.matchAll(new RegExp(`^${kind} \\{([^}]*)\\} from`, 'gm'))].flatMap((m) => m[1].split(',').map((n) => n.trim())).filter(Boolean).sort();

test('the runtime exports are exactly the constructs and value types users pass', () => {
  expect(Object.keys(require('../lib')).sort()).toEqual(VALUES);
  expect(named('export')).toEqual(VALUES);
});

test('the type exports are exactly the props and the types users pass', () => {
  expect(named('export type')).toEqual(TYPES);
});

test('lib/index.ts names what it exports (no export *)', () => {
  expect(index).not.toMatch(/^export \*/m);
});
