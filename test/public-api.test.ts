/**
 * The library's public surface, held here: a change to what lib/index.ts exports is a
 * visible diff of this file, and nothing internal is exported.
 */
import * as fs from 'fs';
import * as path from 'path';

const VALUES = [
  'Alertmanager', 'Duration', 'Endpoint', 'Grafana', 'KubeStateMetrics', 'LOKI_MONOLITHIC_LIMIT', 'Loki', 'NodeExporter', 'ObservabilityStack', 'OtelAgent', 'OtelGateway', 'Prometheus', 'TEMPO_MONOLITHIC_LIMIT', 'Tempo', 'TempoDistributed', 'Wiring',
  'environmentPrerequisites', 'environmentReadme', 'synthToDist', 'tempoDistributedShape',
];

const TYPES = [
  'AdminSecretRef', 'AlertOverride', 'AlertmanagerProps', 'AlertsProps', 'AvailabilitySli', 'BackendProps', 'ComponentProps', 'ConfigOverrides', 'Connection',
  'ConnectionKind', 'ContainerResources', 'DashboardFolder', 'DashboardSpec', 'EndpointProps', 'EnvironmentPrerequisites', 'EnvironmentReadmeOptions', 'FilesystemStorage', 'GatewayAutoscaling', 'GrafanaClientPods',
  'GrafanaProps', 'HttpDestination', 'IntakeProps', 'KafkaLog', 'KafkaSasl', 'KsmResource', 'KubeStateMetricsProps', 'LabelVariable', 'LatencySli', 'LogQuery', 'LokiProps', 'NodeExporterProps',
  'ObjectStorage', 'OtelAgentProps', 'OtelGatewayProps', 'PanelQuery', 'PanelSpec', 'PanelType', 'Peer', 'PromQuery', 'PrometheusProps', 'ReceiverProps',
  'S3CredentialsSecret', 'S3Storage', 'SecretKeyRef', 'ShapeLimit', 'SizeName', 'SloPeriod', 'SloProps', 'StackProps', 'TempoDistributedShape', 'TempoProps', 'TraceSearch',
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

describe("cdk8s's conventions for construct libraries", () => {
  // every exported interface of lib/: props readonly; each optional prop of a props type
  // says its default (`@default value`, or `@default -` and the behaviour in words)
  const ts = require('typescript') as typeof import('typescript');
  const lib = path.resolve(__dirname, '..', 'lib');
  const problems: string[] = [];
  for (const file of (fs.readdirSync(lib, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'))) {
    const src = ts.createSourceFile(file, fs.readFileSync(path.join(lib, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    src.forEachChild((n) => {
      if (!ts.isInterfaceDeclaration(n) || !n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      for (const m of n.members.filter(ts.isPropertySignature)) {
        const where = `${file} ${n.name.text}.${m.name.getText(src)}`;
        if (!m.modifiers?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword)) problems.push(`${where}: not readonly`);
        if (m.questionToken && /Props$/.test(n.name.text) && !ts.getJSDocTags(m).some((t) => t.tagName.text === 'default')) problems.push(`${where}: no @default`);
      }
    });
  }

  test('every exported interface is readonly, and every optional prop has @default', () => {
    expect(problems).toEqual([]);
  });
});
