/**
 * The fast in-process checks and the real pinned components agree: each defect planted in a
 * copy of the output is refused by both, naming the object. Needs the tools of
 * `npm run tools`; skipped without them unless CONFORMANCE=1 (as in CI), which makes
 * missing tools a failure.
 */
import * as fs from 'fs';
import { parse, parseAllDocuments } from 'yaml';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { renderStack } from '../lib/output/synth';
import { validateRendered } from '../lib/output/validation';
import { buildApp } from './helpers';
import * as os from 'os';
import * as path from 'path';
import { TOOLS, Tool, canIsolate, jobsFor, main as conformanceMain, runJob } from '../scripts/conformance';

/** The tool that judges each config file, or undefined where it is judged in-process only (Tempo, Loki: AGPL). */
const toolOf: Record<string, Tool | undefined> = { 'config.yaml': 'otelcol', 'tempo.yaml': undefined, 'loki.yaml': undefined, 'prometheus.yml': 'promtool' };
const needed = [...new Set(Object.values(toolOf).filter((t): t is Tool => t !== undefined))].map((t) => TOOLS[t]);
// the checks run chrooted in a private mount namespace, which needs root
const ready = needed.every((t) => fs.existsSync(t)) && canIsolate();
const required = process.env.CONFORMANCE === '1';

type Edit = (config: any) => void;
/** A defect: the ConfigMap (by config key) and what to do to its parsed config. */
const defects: Array<[string, string, Edit, RegExp]> = [
  ['collector: unknown top-level key', 'config.yaml', (c) => (c.bogus_section = {}), /bogus_section/],
  ['collector: unknown nested key', 'config.yaml', (c) => (c.processors.memory_limiter.bogus_key = 1), /bogus_key/],
  [
    'collector: misspelt component type in a pipeline',
    'config.yaml',
    (c) => {
      // the agent's logs exporter (the gateway has none: left as it is)
      if (!c.exporters['otlp_http/logs']) return;
      c.exporters['otlp_htpp/logs'] = c.exporters['otlp_http/logs'];
      delete c.exporters['otlp_http/logs'];
      c.service.pipelines.logs.exporters = ['otlp_htpp/logs'];
    },
    /otlp_htpp/,
  ],
  ['collector: invalid duration', 'config.yaml', (c) => (c.processors.memory_limiter.check_interval = '5x'), /check_interval|5x/],
  ['tempo: unknown top-level key', 'tempo.yaml', (c) => (c.search_enabled = true), /search_enabled/],
  ['tempo: unknown nested key', 'tempo.yaml', (c) => (c.storage.trace.bogus_key = 1), /bogus_key/],
  ['tempo: invalid duration', 'tempo.yaml', (c) => (c.backend_worker.compaction.block_retention = '14x'), /14x|block_retention|duration/],
  ['loki: unknown top-level key', 'loki.yaml', (c) => (c.table_manager_bogus = {}), /table_manager_bogus/],
  ['loki: unknown nested key', 'loki.yaml', (c) => (c.limits_config.enforce_metric_name = false), /enforce_metric_name/],
  ['prometheus: unknown top-level key', 'prometheus.yml', (c) => (c.bogus_section = {}), /bogus_section/],
  ['prometheus: unknown nested key', 'prometheus.yml', (c) => (c.global.bogus_key = 1), /bogus_key/],
  ['prometheus: invalid duration', 'prometheus.yml', (c) => (c.global.scrape_interval = '30x'), /30x|duration/],
];

const [stack] = buildApp().stacks;
const files = renderStack(stack);

/** The rendered files with one config changed. */
const plant = (key: string, edit: Edit): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [f, text] of Object.entries(files)) {
    const docs = parseAllDocuments(text).map((d) => d.toJS());
    let touched = false;
    for (const d of docs) {
      if (d?.kind === 'ConfigMap' && typeof d.data?.[key] === 'string') {
        const config = parse(d.data[key]);
        edit(config);
        d.data[key] = toYaml(config);
        touched = true;
      }
    }
    out[f] = touched ? docs.map((d) => toYaml(d)).join('---\n') : text;
  }
  return out;
};

const suite = ready || required ? describe : describe.skip;
suite('planted defects are refused by the in-process checks and by the pinned components', () => {
  test('the tools are built and can run isolated', () => {
    expect(needed.filter((t) => !fs.existsSync(t))).toEqual([]);
    expect(canIsolate()).toBe(true);
  });

  /** Asserts that an environment's rendered files pass the in-process checks and every usable tool. */
  const expectBothPass = (envName: string, rendered: Record<string, string>): void => {
    expect(validateRendered(envName, rendered).filter((f) => f.level === 'error')).toEqual([]);
    const docs = Object.values(rendered).flatMap((t) => parseAllDocuments(t).map((d) => d.toJS()));
    const results = jobsFor(envName, docs).map((j) => [j.object, j.what, runJob(j)]);
    expect(results.length).toBeGreaterThanOrEqual(needed.length);
    for (const r of results) expect(r).toEqual([r[0], r[1], undefined]);
  };

  test('the unmodified output passes both', () => expectBothPass('dev', files));

  test('an environment on S3, with production sizes, passes both', () => {
    const [s3] = buildApp([
      {
        name: 's3',
        clusterName: 'prod-1',
        deploymentEnvironment: 'production',
        tempo: { storage: { type: 's3', bucket: 'traces', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', credentialsSecret: { name: 'tempo-s3' } } },
        loki: { storage: { type: 's3', bucket: 'logs', endpoint: 'minio.storage.svc:9000', region: 'us-east-1', insecure: true, credentialsSecret: { name: 'loki-s3' } } },
      },
    ]).stacks;
    expectBothPass('s3', renderStack(s3));
  });

  const titled = defects.map(([name, key, edit, mention]) => {
    const note = toolOf[key] ? '' : ' (in-process only: AGPL-licensed, not built here)';
    return [`${name}${note}`, key, edit, mention] as const;
  });
  test.each(titled)('%s', (_name, key, edit, mention) => {
    const planted = plant(key, edit);
    const docs = Object.values(planted).flatMap((t) => parseAllDocuments(t).map((d) => d.toJS()));
    // the (first) ConfigMap the defect changed
    const original = Object.values(files).flatMap((t) => parseAllDocuments(t).map((d) => d.toJS()));
    const before = (d: any) => original.find((o) => o?.kind === 'ConfigMap' && o.metadata.name === d.metadata.name && o.metadata.namespace === d.metadata.namespace);
    const configMap = docs.find((d) => d?.kind === 'ConfigMap' && d.data?.[key] && parse(d.data[key]) && JSON.stringify(parse(d.data[key])) !== JSON.stringify(parse(before(d).data[key])));
    const cmId = `ConfigMap/${configMap.metadata.namespace}/${configMap.metadata.name}`;

    const fast = validateRendered('dev', planted).filter((f) => f.level === 'error');
    expect(fast.map((f) => f.object)).toContain(cmId);

    if (!toolOf[key]) return;
    // what `npm run conformance -- COPY` does, on a copy of the output with the defect
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-copy-'));
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((l: string) => void lines.push(l));
    try {
      for (const [f, text] of Object.entries(planted)) fs.writeFileSync(path.join(copy, f), text);
      expect(conformanceMain(copy)).toBe(1);
    } finally {
      log.mockRestore();
      fs.rmSync(copy, { recursive: true, force: true });
    }
    const failed = lines.filter((l) => / FAIL /.test(l));
    expect(failed.length).toBeGreaterThan(0);
    // the workload that mounts the ConfigMap is named, with the component's own message
    const workload = configMap.metadata.name.replace(/-(config|rules)$/, '');
    expect(failed.join('\n')).toMatch(new RegExp(`/${configMap.metadata.namespace}/${workload} `));
    expect(failed.join('\n')).toMatch(mention);
    expect(lines[lines.length - 1]).toMatch(/^\d+ passed, [1-9]\d* failed/);
  });
});
