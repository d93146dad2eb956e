import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { RED_METRICS } from '../lib/common/vocabulary/red-metrics';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { renderDashboard } from '../lib/grafana/dashboards/sdk';
import { DATASOURCES, escapeProvisioningEnv } from '../lib/grafana/datasources';
import { renderStack } from '../lib/output/synth';
import { checkConfigKeys } from '../lib/output/validation/config-keys';
import { checkGrafanaReferences, dashboardDatasourceRefs, dashboardPanels } from '../lib/output/validation/dashboards';
import { checkEndpoints } from '../lib/output/validation/endpoints';
import { checkExpressions, grafanaQueries, labelValuesSelector, promqlMetricNames, substituteGrafanaVariables } from '../lib/output/validation/expressions';
import { knownMetricSources, metricProducer } from '../lib/output/validation/known-metrics';
import { EmbeddedConfig, Finding, ParsedEnvironment, parseEnvironment } from '../lib/output/validation/types';
import { buildApp, chartSnapshot, EVERY_FEATURE, TEST_ENVIRONMENTS } from './helpers';

const stacks = buildApp(TEST_ENVIRONMENTS).stacks;
const envs: ParsedEnvironment[] = stacks.map((s) => parseEnvironment(s.envName, renderStack(s)));
const grafanaConfigs = (e: ParsedEnvironment, format: string): EmbeddedConfig[] => e.configs.filter((c) => c.format === format);
const dashboardsOf = (e: ParsedEnvironment): EmbeddedConfig[] => grafanaConfigs(e, 'grafana-dashboard');
const datasourcesOf = (e: ParsedEnvironment): any[] => grafanaConfigs(e, 'grafana-datasources').flatMap((c) => c.parsed.datasources);
const objectOf = (e: ParsedEnvironment, kind: string, name: string): any => e.objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)?.doc;
const errors = (fs: Finding[]): string[] => fs.filter((f) => f.level === 'error').map((f) => `${f.path}: ${f.message}`);
const dev = envs[0];


/** The environment with one Grafana file replaced by an edited copy, as a ConfigMap would carry it. */
const planted = (e: ParsedEnvironment, key: string, edit: (doc: any) => void, json = key.endsWith('.json')): ParsedEnvironment => {
  const c = e.configs.find((x) => x.key === key)!;
  const doc = structuredClone(c.parsed);
  edit(doc);
  const text = json ? JSON.stringify(doc, null, 2) : toYaml(doc);
  return { ...e, configs: e.configs.map((x) => (x === c ? { ...c, text, parsed: parse(text) } : x)) };
};

describe('Grafana is provisioned in every environment', () => {
  test.each(envs.map((e) => [e.env, e] as const))('%s: four datasources with fixed uids, the dashboards with fixed uids in folders', (_n, e) => {
    expect(datasourcesOf(e).map((d) => `${d.uid}:${d.type}`)).toEqual(Object.values(DATASOURCES).map((d) => `${d.uid}:${d.type}`));
    const uids = dashboardsOf(e).map((c) => c.parsed.uid).sort();
    const slos = TEST_ENVIRONMENTS.find((x) => x.name === e.env)!.slos ?? [];
    const own = (TEST_ENVIRONMENTS.find((x) => x.name === e.env)!.grafana?.dashboards ?? []).flatMap((f) => f.dashboards.map((d) => d.uid));
    expect(uids).toEqual([...own, 'service-overview', ...(slos.length ? ['slos'] : []), 'stack-health'].sort());
    const providers = grafanaConfigs(e, 'grafana-dashboard-providers')[0].parsed.providers;
    const sts = objectOf(e, 'StatefulSet', 'grafana');
    const mounts = sts.spec.template.spec.containers[0].volumeMounts;
    for (const p of providers) {
      // each provider's directory is a mounted ConfigMap of that folder's dashboards
      const mount = mounts.find((m: any) => m.mountPath === p.options.path);
      const volume = sts.spec.template.spec.volumes.find((v: any) => v.name === mount.name);
      expect(volume.configMap.name).toBe(`grafana-dashboards-${p.folderUid}`);
      expect(p).toMatchObject({ type: 'file', disableDeletion: true, allowUiUpdates: false, folderUid: expect.any(String) });
    }
  });

  test('secure defaults: uid 472, read-only root, writable data and /tmp only, the admin login from a Secret, no anonymous access, no egress for updates', () => {
    const spec = objectOf(dev, 'StatefulSet', 'grafana').spec.template.spec;
    const c = spec.containers[0];
    expect(spec.securityContext).toMatchObject({ runAsUser: 472, runAsNonRoot: true, fsGroup: 472 });
    expect(c.securityContext.readOnlyRootFilesystem).toBe(true);
    const writable = c.volumeMounts.filter((m: any) => !m.readOnly).map((m: any) => m.mountPath);
    expect(writable.sort()).toEqual(['/tmp', '/var/lib/grafana']);
    const env = Object.fromEntries(c.env.map((x: any) => [x.name, x.value]));
    // the unified-storage search index lives on the data volume
    expect(env.GF_UNIFIED_STORAGE_INDEX_PATH.startsWith('/var/lib/grafana/')).toBe(true);
    expect(env).toMatchObject({
      GF_LOG_MODE: 'console',
      GF_AUTH_ANONYMOUS_ENABLED: 'false',
      GF_PLUGINS_PREINSTALL_DISABLED: 'true',
      GF_ANALYTICS_REPORTING_ENABLED: 'false',
      GF_ANALYTICS_CHECK_FOR_UPDATES: 'false',
      GF_ANALYTICS_CHECK_FOR_PLUGIN_UPDATES: 'false',
      GF_SECURITY_ADMIN_PASSWORD__FILE: '/etc/grafana/secrets/grafana-admin/admin-password',
      GF_SECURITY_ADMIN_USER__FILE: '/etc/grafana/secrets/grafana-admin/admin-user',
    });
    expect(Object.keys(env).filter((k) => /PASSWORD$|USER$/.test(k))).toEqual([]);
    expect(c.readinessProbe.httpGet.path).toBe('/api/health');
    expect(c.startupProbe.httpGet.path).toBe('/api/health');
    // alive while the web server answers: a slow database alone does not restart the pod
    expect(c.livenessProbe.httpGet.path).toBe('/healthz');
    const every = envs.find((e) => e.env === EVERY_FEATURE.name)!;
    const everyEnv = objectOf(every, 'StatefulSet', 'grafana').spec.template.spec.containers[0].env;
    expect(everyEnv).toEqual(expect.arrayContaining([{ name: 'GF_AUTH_ANONYMOUS_ENABLED', value: 'true' }, { name: 'GF_SECURITY_ADMIN_PASSWORD__FILE', value: '/etc/grafana/secrets/grafana-login/password' }]));
  });

  test('bad props fail with the prop, the value and what is allowed', () => {
    const bad = (grafana: object) => () => buildApp([{ name: 'x', clusterName: 'x', deploymentEnvironment: 'x', grafana } as any]);
    expect(bad({ adminSecret: { name: 'Not_A_Name' } })).toThrow(/Grafana 'adminSecret.name'.*Not_A_Name/);
    expect(bad({ adminSecret: { userKey: 'same', passwordKey: 'same' } })).toThrow(/'userKey' and 'passwordKey' must differ, got 'same'/);
    expect(bad({ anonymousViewer: 'yes' })).toThrow(/Grafana 'anonymousViewer' must be true or false, got "yes"/);
    expect(bad({ allowFrom: { namespaces: [] } })).toThrow(/Grafana 'allowFrom.namespaces' must name at least one namespace/);
    expect(bad({ enabled: 'no' })).toThrow(/ObservabilityStack 'grafana.enabled' must be true or false/);
    expect(bad({ dashboards: [{ uid: 'services', title: 'Mine', dashboards: [] }] })).toThrow(/Grafana folder uid 'services' is used twice/);
    expect(bad({ dashboards: [{ uid: 'x', title: 'X', dashboards: [{ uid: 'has space' }] }] })).toThrow(/Grafana dashboard uid must be 1 to 40 letters, digits, '-' or '_', got 'has space'/);
    const off = buildApp([{ name: 'x', clusterName: 'x', deploymentEnvironment: 'x', grafana: { enabled: false } }]).stacks[0];
    expect(off.component('grafana')).toBeUndefined();
    expect(Object.keys(renderStack(off))).not.toContain('grafana.k8s.yaml');
  });
});

describe('datasources: URLs from the wiring graph, correlation links', () => {
  test.each(envs.map((e) => [e.env, e] as const))('%s: every datasource URL is a Service port of the output, and Grafana egress allows exactly those', (_n, e) => {
    const services = e.objects.filter((o) => o.doc.kind === 'Service').map((o) => o.doc);
    const wanted = datasourcesOf(e).map((d) => {
      const u = new URL(d.url);
      const [name, ns] = u.hostname.split('.');
      const svc = services.find((s) => s.metadata.name === name && s.metadata.namespace === ns);
      expect([d.uid, svc?.spec.ports.some((p: any) => p.port === Number(u.port))]).toEqual([d.uid, true]);
      return `${ns}/${svc.spec.selector['app.kubernetes.io/name']}:${u.port}`;
    });
    const egress = objectOf(e, 'NetworkPolicy', 'grafana-egress').spec.egress;
    const allowed = egress
      .filter((r: any) => r.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/name'])
      .flatMap((r: any) => r.ports.map((p: any) => `${r.to[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']}/${r.to[0].podSelector.matchLabels['app.kubernetes.io/name']}:${p.port}`));
    expect(allowed.sort()).toEqual(wanted.sort());
    // DNS and the backends only: no rule without a destination (no internet)
    expect(egress.filter((r: any) => !r.to)).toEqual([]);
  });

  test.each(envs.map((e) => [e.env, e] as const))('%s: the provisioning file does not prune (Grafana 13 may then fail its start: grafana/grafana#110740)', (_n, e) => {
    const file = e.configs.find((c) => c.key === 'datasources.yaml')!;
    expect(Object.keys(file.parsed).sort()).toEqual(['apiVersion', 'datasources']);
  });

  test('the links: exemplars and log trace ids open Tempo; traces open their logs by an indexed label and their RED metrics', () => {
    const [prom, loki, tempo] = datasourcesOf(dev);
    expect(prom.jsonData.exemplarTraceIdDestinations.map((x: any) => x.datasourceUid)).toEqual(['tempo', 'tempo']);
    expect(loki.jsonData.derivedFields[0]).toMatchObject({ matcherType: 'label', matcherRegex: 'trace_id', datasourceUid: 'tempo' });
    expect(tempo.jsonData.tracesToLogsV2).toMatchObject({ datasourceUid: 'loki', customQuery: true });
    // the trace-to-logs tags are labels Loki indexes (a stream selector needs one)
    const indexed = stacks[0].component('loki')!.indexLabels.map((a) => a.replace(/\./g, '_'));
    for (const t of tempo.jsonData.tracesToLogsV2.tags) expect(indexed).toContain(t.value);
    expect(tempo.jsonData.tracesToMetrics.tags).toEqual([{ key: 'service.name', value: RED_METRICS.labels.service }]);
    expect(tempo.jsonData).toMatchObject({ serviceMap: { datasourceUid: 'prometheus' }, nodeGraph: { enabled: true } });
    expect(tempo.jsonData.lokiSearch).toBeUndefined();
  });

  test('every $ of the file is escaped as $$ (Grafana expands environment variables in provisioning files)', () => {
    const text = grafanaConfigs(dev, 'grafana-datasources')[0].text;
    expect(text).toContain('$${__value.raw}');
    expect(text).toContain('{$${__tags}} | trace_id="$${__trace.traceId}"');
    expect(text.replace(/\$\$/g, '')).not.toContain('$');
    expect(escapeProvisioningEnv({ a: ['$x', 'y'], b: 1 })).toEqual({ a: ['$$x', 'y'], b: 1 });
  });
});

describe('dashboards', () => {
  const sources = knownMetricSources();
  test.each(envs.map((e) => [e.env, e] as const))('%s: every query parses, every datasource it names is provisioned, every metric is produced by the stack', (_n, e) => {
    const queries = [...dashboardsOf(e), ...grafanaConfigs(e, 'grafana-datasources')].flatMap((c) => grafanaQueries(c).map((q) => ({ ...q, c })));
    expect(queries.length).toBeGreaterThan(40);
    expect(errors(checkExpressions(e))).toEqual([]);
    expect(errors(checkGrafanaReferences(e))).toEqual([]);
    const provisioned = new Set(datasourcesOf(e).map((d) => d.uid));
    for (const c of dashboardsOf(e)) for (const r of dashboardDatasourceRefs(c.parsed)) expect([r.at, provisioned.has(r.uid)]).toEqual([r.at, true]);
    // the RED metrics, the SLO records, and what a producer of the stack serves at its pinned version
    const rules = e.configs.filter((c) => c.format === 'prometheus-rules').flatMap((c) => c.parsed.groups.flatMap((g: any) => g.rules));
    const records = new Set<string>(rules.filter((r: any) => r.record).map((r: any) => r.record));
    const red = [RED_METRICS.calls, RED_METRICS.duration];
    const unknown: string[] = [];
    for (const q of queries.filter((x) => x.language === 'promql')) {
      for (const m of promqlMetricNames(q.expr)) {
        const known = records.has(m) || red.some((x) => m === x || m === `${x}_bucket`) || metricProducer(m, sources) !== undefined;
        if (!known) unknown.push(`${q.c.key} ${q.path}: ${m}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  test.each(envs.map((e) => [e.env, e] as const))('%s: current panel types only, $__rate_interval in every rate, a service variable, datasources by {type, uid}', (_n, e) => {
    for (const c of dashboardsOf(e)) {
      const d = c.parsed;
      for (const { panel } of dashboardPanels(d)) {
        expect(['row', 'timeseries', 'stat', 'table', 'logs', 'traces']).toContain(panel.type);
        if (panel.type === 'row') continue;
        // every series is named in a visible legend (the SDK's default hides it)
        if (panel.type === 'timeseries') expect([panel.title, panel.options.legend.showLegend]).toEqual([panel.title, true]);
        if (panel.type === 'stat') expect(panel.options.reduceOptions.calcs).toEqual(['lastNotNull']);
        expect(Object.keys(panel.datasource).sort()).toEqual(['type', 'uid']);
        for (const t of panel.targets) {
          expect(Object.keys(t.datasource).sort()).toEqual(['type', 'uid']);
          if (t.expr) expect(t.expr).not.toMatch(/\[\d+[smhd]\]/);
        }
      }
      expect(d.schemaVersion).toBe(42);
    }
    const overview = dashboardsOf(e).find((c) => c.parsed.uid === 'service-overview')!.parsed;
    expect(overview.templating.list.map((v: any) => v.name)).toEqual(['service', 'namespace', 'workload']);
    expect(overview.templating.list[0]).toMatchObject({ refresh: 2, datasource: DATASOURCES.prometheus, definition: overview.templating.list[0].query });
    for (const v of overview.templating.list) expect(labelValuesSelector(v.query)).toBeDefined();
  });

  test('the service overview answers its questions: RED, containers, slow or failed traces, logs', () => {
    const d = dashboardsOf(dev).find((c) => c.parsed.uid === 'service-overview')!.parsed;
    const byTitle = Object.fromEntries(dashboardPanels(d).map(({ panel }) => [panel.title, panel]));
    expect(byTitle['Latency'].targets.map((t: any) => t.expr.slice(0, 24))).toEqual(['histogram_quantile(0.5, ', 'histogram_quantile(0.95,', 'histogram_quantile(0.99,']);
    expect(byTitle['Error ratio'].fieldConfig.defaults.unit).toBe('percentunit');
    expect(byTitle['CPU'].targets[0].expr).toContain('container_cpu_usage_seconds_total');
    // the pod-level cgroup series would count every container twice
    expect(byTitle['CPU'].targets[0].expr).toContain('container!=""');
    expect(byTitle['Latency'].targets.every((t: any) => t.exemplar === true)).toBe(true);
    expect(byTitle['Memory'].targets[0].expr).toContain('container_memory_working_set_bytes');
    // the gateway's latency threshold, through the typed reference
    expect(byTitle['Recent slow or failed traces'].targets[0]).toMatchObject({ queryType: 'traceql', tableType: 'traces', query: expect.stringContaining(`duration > ${stacks[0].component('gateway')!.latencyThresholdMs / 1000}s`) });
    expect(byTitle['Logs'].targets[0].expr).toBe('{service_name="$service"}');
  });

  test('the SLO dashboard has a row per SLO: objective, budget remaining, burn rate per window, alert state', () => {
    const prod = envs.find((e) => e.env === 'prod')!;
    const d = dashboardsOf(prod).find((c) => c.parsed.uid === 'slos')!.parsed;
    const rows = d.panels.filter((p: any) => p.type === 'row');
    expect(rows.length).toBe(TEST_ENVIRONMENTS.find((e) => e.name === 'prod')!.slos!.length);
    const titles = d.panels.filter((p: any) => p.type !== 'row').map((p: any) => p.title);
    expect(new Set(titles)).toEqual(new Set(['Objective', 'Error budget remaining', 'Alerts firing', 'Burn rate per window']));
    const burn = d.panels.find((p: any) => p.title === 'Burn rate per window');
    expect(burn.targets.map((t: any) => t.legendFormat)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d']);
  });
});

describe('planted defects fail the synth checks', () => {
  const cases: Array<[string, string, (d: any) => void, RegExp]> = [
    ['a removed panel type', 'service-overview.json', (d) => (d.panels[1].type = 'graph'), /panels\[1\]\.type: panel type 'graph' was removed from Grafana; use timeseries/],
    ['an unknown panel option', 'service-overview.json', (d) => (d.panels[1].options.bogus = 1), /panels\[1\]\.options: timeseries panel options: must NOT have additional properties 'bogus'/],
    ['an unknown dashboard key', 'service-overview.json', (d) => (d.bogusKey = 1), /dashboard schema: must NOT have additional properties 'bogusKey'/],
    ['an unknown Prometheus query key', 'service-overview.json', (d) => (d.panels[1].targets[0].exprr = 'x'), /targets\[0\]: prometheus query: must NOT have additional properties 'exprr'/],
    ['a datasource by name', 'service-overview.json', (d) => (d.panels[1].targets[0].datasource = 'Prometheus'), /targets\[0\]\.datasource: a query names its datasource as \{type, uid\}/],
    ['lokiSearch on Tempo', 'datasources.yaml', (d) => (d.datasources[2].jsonData.lokiSearch = { datasourceUid: 'loki' }), /datasources\[2\]\.jsonData\.lokiSearch: unknown key 'lokiSearch'.*removed from the Tempo datasource/],
    ['a misspelt jsonData key', 'datasources.yaml', (d) => (d.datasources[1].jsonData.derivedField = []), /unknown key 'derivedField' in Grafana .* \(loki datasource\).*did you mean 'derivedFields'/],
    ['an unknown provider key', 'dashboards.yaml', (d) => (d.providers[0].folderUID = 'x'), /providers\[0\]\.folderUID: unknown key 'folderUID'.*did you mean 'folderUid'/],
  ];
  test.each(cases)('%s', (_what, key, edit, message) => {
    expect(errors(checkConfigKeys(planted(dev, key, edit))).join('\n')).toMatch(message);
  });

  test('a query that does not parse, in a dashboard and in a trace link', () => {
    const d = planted(dev, 'service-overview.json', (x) => (x.panels[1].targets[0].expr = 'sum(rate(x[$__rate_interval])'));
    expect(errors(checkExpressions(d)).join('\n')).toMatch(/panels\[1\]\.targets\[0\]\.expr: PromQL does not parse/);
    const t = planted(dev, 'service-overview.json', (x) => (dashboardPanels(x).find((p) => p.panel.type === 'table')!.panel.targets[0].query = '{ status = }'));
    expect(errors(checkExpressions(t)).join('\n')).toMatch(/TraceQL does not parse/);
    const l = planted(dev, 'datasources.yaml', (x) => (x.datasources[2].jsonData.tracesToLogsV2.query = '{$${__tags} | trace_id='));
    expect(errors(checkExpressions(l)).join('\n')).toMatch(/tracesToLogsV2\.query: LogQL does not parse/);
  });

  test('a datasource uid nobody provisions, and a URL no Service serves', () => {
    const d = planted(dev, 'service-overview.json', (x) => (x.panels[1].targets[0].datasource = { type: 'prometheus', uid: 'mimir' }));
    expect(errors(checkGrafanaReferences(d)).join('\n')).toMatch(/names datasource uid 'mimir', which no datasource file of the output provisions \(provisioned: prometheus \(prometheus\), loki/);
    const t = planted(dev, 'service-overview.json', (x) => (x.panels[1].datasource = { type: 'loki', uid: 'prometheus' }));
    expect(errors(checkGrafanaReferences(t)).join('\n')).toMatch(/names datasource uid 'prometheus' as type 'loki', but it is provisioned as type 'prometheus'/);
    const u = planted(dev, 'datasources.yaml', (x) => (x.datasources[0].url = 'http://prometheus.observability.svc:9091'));
    expect(errors(checkEndpoints(u)).join('\n')).toMatch(/names port 9091 of Service observability\/prometheus, which exposes only 9090/);
  });

  test('the Grafana variables a query may hold become values of the right kind', () => {
    expect(substituteGrafanaVariables('rate(x{a="$service"}[$__rate_interval])')).toBe('rate(x{a="grafana_variable"}[5m])');
  });
});

describe('dashboards as code', () => {
  test("each of Grafana's dashboards is what the SDK renders from its spec", () => {
    for (const stack of stacks) {
      for (const [uid, spec] of Object.entries(stack.component('grafana')!.dashboardSpecs)) {
        expect(renderDashboard(spec)).toEqual(stack.component('grafana')!.dashboards[uid]);
      }
    }
  });
});

describe('the vendored dashboard schemas agree with the pinned SDK', () => {
  const dir = path.join(__dirname, '..', 'schemas', 'grafana-foundation-sdk');
  const source = JSON.parse(fs.readFileSync(path.join(dir, 'source.json'), 'utf8'));
  const sdk = path.join(__dirname, '..', 'node_modules', '@grafana', 'grafana-foundation-sdk', 'dist');
  /** The property names of an exported interface of the SDK's declarations (4-space indented members). */
  const interfaceKeys = (file: string, name: string): string[] => {
    const text = fs.readFileSync(path.join(sdk, file), 'utf8');
    const start = text.indexOf(`export interface ${name} {`);
    if (start < 0) throw new Error(`no interface ${name} in ${file}`);
    const body = text.slice(start, text.indexOf('\n}', start));
    return [...body.matchAll(/^ {4}([A-Za-z_$][\w$]*)\??:/gm)].map((m) => m[1]).filter((k) => !k.startsWith('_')).sort();
  };
  const schemaKeys = (file: string, def: string): string[] => Object.keys(JSON.parse(fs.readFileSync(path.join(dir, `${file}.jsonschema.json`), 'utf8')).definitions[def].properties).sort();
  const pairs: Array<[string, string, string, string]> = [
    ['dashboard', 'Dashboard', 'dashboard/types.gen.d.ts', 'Dashboard'],
    ['dashboard', 'Panel', 'dashboard/types.gen.d.ts', 'Panel'],
    ['dashboard', 'FieldConfig', 'dashboard/types.gen.d.ts', 'FieldConfig'],
    ['dashboard', 'VariableModel', 'dashboard/types.gen.d.ts', 'VariableModel'],
    ['prometheus', 'Dataquery', 'prometheus/types.gen.d.ts', 'Dataquery'],
    ['loki', 'dataquery', 'loki/types.gen.d.ts', 'dataquery'],
    ['tempo', 'Dataquery', 'tempo/types.gen.d.ts', 'Dataquery'],
    ['timeseries', 'Options', 'timeseries/types.gen.d.ts', 'Options'],
    ['stat', 'Options', 'stat/types.gen.d.ts', 'Options'],
    ['table', 'Options', 'table/types.gen.d.ts', 'Options'],
    ['logs', 'Options', 'logs/types.gen.d.ts', 'Options'],
  ];
  test.each(pairs)('%s %s', (file, def, dts, iface) => {
    expect(source.files).toContain(file);
    expect(schemaKeys(file, def)).toEqual(interfaceKeys(dts, iface));
  });
});

describe('each output once in the snapshots', () => {
  // every snapshot main.test.ts takes of an environment, by name
  const snapshotsOf = (env: typeof EVERY_FEATURE): Record<string, string> => {
    const { Testing } = require('cdk8s') as typeof import('cdk8s');
    const { stacks } = buildApp([env]);
    const s = stacks[0];
    const models = s.component('grafana')?.dashboards ?? {};
    return {
      ...Object.fromEntries(s.charts.map((c) => [`${s.envName}/${c.node.id}`, JSON.stringify(chartSnapshot(s.envName, Testing.synth(c), models))])),
      ...Object.fromEntries(Object.entries(models).map(([uid, m]) => [`dashboard ${s.envName}/${uid}`, JSON.stringify(m)])),
    };
  };
  const changed = (a: Record<string, string>, b: Record<string, string>) => Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]).sort();

  test('a dashboard changed: only its own snapshot changes', () => {
    const folders = EVERY_FEATURE.grafana!.dashboards!;
    const retitled = folders.map((f) => ({ ...f, dashboards: f.dashboards.map((d) => ({ ...d, title: `${d.title} (new)` })) }));
    const other = { ...EVERY_FEATURE, grafana: { ...EVERY_FEATURE.grafana, dashboards: retitled } };
    expect(changed(snapshotsOf(EVERY_FEATURE), snapshotsOf(other))).toEqual([`dashboard ${EVERY_FEATURE.name}/${folders[0].dashboards[0].uid}`]);
  });
});
