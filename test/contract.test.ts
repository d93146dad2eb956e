/**
 * The component contract: each component declares itself in its own folder, and nothing
 * else spells its name. Renaming a component keeps every check applied to its configs,
 * and the library's layers depend only downwards.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { toYaml } from '../lib/common/vocabulary/yaml';

/** Each component's declaration module and export, and a config file it emits. */
const COMPONENTS = [
  { module: '../lib/collector/declaration', name: 'OTEL_AGENT', file: 'config.yaml', plant: (c: any) => (c.processors.memory_limiter.bogus_key = 1) },
  { module: '../lib/tempo/declaration', name: 'TEMPO', file: 'tempo.yaml', plant: (c: any) => (c.storage.trace.bogus_key = 1) },
  { module: '../lib/loki/declaration', name: 'LOKI', file: 'loki.yaml', plant: (c: any) => (c.limits_config.bogus_key = 1) },
  { module: '../lib/prometheus/declaration', name: 'PROMETHEUS', file: 'prometheus.yml', plant: (c: any) => (c.global.bogus_key = 1) },
  { module: '../lib/prometheus/declaration', name: 'PROMETHEUS', file: 'rules.yaml', plant: (c: any) => (c.bogus_key = 1) },
];

afterEach(() => {
  for (const c of COMPONENTS) jest.dontMock(c.module);
  jest.resetModules();
});

describe('renaming a component keeps every check applied to its configs', () => {
  test.each(COMPONENTS.map((c) => [`${c.name} ${c.file}`, c] as const))('%s', (_n, c) => {
    const renamed = `renamed-${c.name.toLowerCase().replace(/_/g, '-')}`;
    jest.doMock(c.module, () => {
      const actual = jest.requireActual(c.module);
      return { ...actual, [c.name]: { ...actual[c.name], name: renamed } };
    });
    jest.isolateModules(() => {
      const { buildApp } = require('./helpers');
      const { renderStack } = require('../lib/output/synth');
      const { validateRendered, parseEnvironment } = require('../lib/output/validation');
      const { jobsFor } = require('../scripts/conformance');
      const [stack] = buildApp([{ name: 'r', clusterName: 'c', deploymentEnvironment: 'e', size: 'laptop' }]).stacks;
      const files: Record<string, string> = renderStack(stack);
      const env = parseEnvironment('r', files);
      const config = env.configs.find((x: any) => x.key === c.file);
      expect(config.component).toBe(renamed);
      expect(validateRendered('r', files).filter((f: any) => f.level === 'error')).toEqual([]);

      // plant an unknown key in the renamed component's config: the in-process check names it
      const planted: Record<string, string> = {};
      for (const [f, text] of Object.entries(files)) {
        const docs = parseAllDocuments(text).map((d) => d.toJS());
        for (const d of docs) {
          if (d?.kind !== 'ConfigMap' || `ConfigMap/${d.metadata.namespace}/${d.metadata.name}` !== config.object) continue;
          const parsed = parse(d.data[c.file]);
          c.plant(parsed);
          d.data[c.file] = toYaml(parsed);
        }
        planted[f] = docs.map((d) => toYaml(d)).join('---\n');
      }
      const errors = validateRendered('r', planted).filter((f: any) => f.level === 'error');
      expect(errors.map((f: any) => `${f.object} ${f.path}`)).toEqual([expect.stringMatching(new RegExp(`^${config.object} data\\.${c.file.replace('.', '\\.')}: .*bogus_key$`))]);

      // and the conformance run still finds the renamed component's workload and its judge
      const docs = Object.values(files).flatMap((t) => parseAllDocuments(t).map((d) => d.toJS()));
      const skipped: any[] = [];
      const jobs = jobsFor('r', docs, skipped);
      const judged = [...jobs.map((j: any) => [j.object, j.what]), ...skipped.map((s) => [s.object, s.what])];
      expect(judged.some(([o, w]) => o.endsWith(`/${renamed}`) && (w.includes(c.file) || w === 'otelcol validate'))).toBe(true);
    });
  });
});

describe('layers depend only downwards', () => {
  const lib = path.resolve(__dirname, '..', 'lib');
  const files = (fs.readdirSync(lib, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
  /** The lib/ folders a file may import from, by its own folder. */
  const allowed = (folder: string): (target: string) => boolean => {
    // the component base joins the wiring graph; the graph runs the output checks at synth
    if (folder === 'common') return (t) => t === 'common' || t === 'wiring';
    if (folder === 'wiring') return (t) => t === 'wiring' || t === 'common' || t === 'output';
    if (folder === 'output') return (t) => t === 'output' || t === 'common' || t === 'wiring';
    if (folder === 'stack' || folder === '.') return () => true;
    // a component: its own folder, common and the wiring graph; never the output checks, another component or the stack
    return (t) => t === folder || t === 'common' || t === 'wiring';
  };
  const importsOf = (file: string): string[] =>
    [...fs.readFileSync(path.join(lib, file), 'utf8').matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => m[1]);

  test.each(files)('%s', (file) => {
    const folder = file.includes('/') ? file.split('/')[0] : '.';
    const bad = importsOf(file).filter((spec) => {
      const target = path.relative(lib, path.resolve(lib, path.dirname(file), spec)).split(path.sep);
      if (target[0] === '..') return target[1] !== 'imports'; // outside lib/: only the generated bindings
      const top = target.length > 1 ? target[0] : '.';
      return !allowed(folder)(top);
    });
    expect(bad).toEqual([]);
  });

  /** lib/common by kind: shared vocabulary and file helpers import nothing else of lib/, the Kubernetes helpers only the vocabulary, the component contract any of common and the wiring graph. */
  const commonAllowed: Record<string, readonly string[]> = { vocabulary: ['vocabulary'], files: ['files'], k8s: ['k8s', 'vocabulary'], contract: ['contract', 'k8s', 'vocabulary', 'files', 'wiring'] };
  test('lib/common has exactly its four kinds', () => expect(fs.readdirSync(path.join(lib, 'common')).sort()).toEqual(Object.keys(commonAllowed).sort()));
  test.each(files.filter((f) => f.startsWith('common/')))('%s', (file) => {
    const kind = file.split('/')[1];
    const bad = importsOf(file).filter((spec) => {
      const target = path.relative(lib, path.resolve(lib, path.dirname(file), spec)).split(path.sep);
      if (target[0] === '..') return target[1] !== 'imports';
      return !commonAllowed[kind].includes(target[0] === 'common' ? target[1] : target[0]);
    });
    expect(bad).toEqual([]);
  });
});
