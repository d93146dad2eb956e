import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseAllDocuments, parse } from 'yaml';
import { StackProps } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { ENVIRONMENTS, buildApp } from '../main';

/** A digest of every file name and content under a directory. */
export const hashTree = (dir: string): string => {
  const h = createHash('sha256');
  for (const f of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const p = path.join(dir, f);
    h.update(f);
    if (fs.statSync(p).isFile()) h.update(fs.readFileSync(p));
  }
  return h.digest('hex');
};

/** A scratch copy of the committed dist/, so tests never touch the real one. */
export const copyOfDist = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-test-'));
  fs.cpSync(path.resolve(__dirname, '..', 'dist'), d, { recursive: true });
  return d;
};

/** One synthesized Kubernetes object and where it came from. */
export interface Obj {
  readonly env: string;
  readonly file: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly [key: string]: any;
}

/** Renders environments (default: every environment of main.ts) and parses every object back. */
export const synthObjects = (environments: StackProps[] = ENVIRONMENTS): Obj[] => {
  const { stacks } = buildApp(environments);
  const out: Obj[] = [];
  for (const stack of stacks) {
    const files = renderStack(stack);
    for (const [file, text] of Object.entries(files)) {
      for (const doc of parseAllDocuments(text)) {
        const o = doc.toJS();
        if (o) out.push({ env: stack.envName, file, ...o });
      }
    }
  }
  return out;
};

/** A short label of an object for test names. */
export const label = (o: Obj): string => `${o.env}/${o.kind}/${o.metadata.namespace ?? '-'}/${o.metadata.name}`;

/** The pod spec of a workload, if it is one. */
export const podSpec = (o: Obj): any | undefined =>
  ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(o.kind) ? o.spec.template.spec : undefined;

/** Every workload's pod template, with the workload. */
export const workloads = (objs: Obj[]): Array<[string, Obj, any]> =>
  objs.filter((o) => podSpec(o)).map((o) => [label(o), o, o.spec.template] as [string, Obj, any]);

/** Every container (init containers included) of every workload. */
export const containers = (objs: Obj[], opts: { init?: boolean } = {}): Array<[string, any]> =>
  objs.flatMap((o) => {
    const spec = podSpec(o);
    if (!spec) return [];
    const list = [...(spec.containers ?? []), ...(opts.init === false ? [] : (spec.initContainers ?? []))];
    return list.map((c: any) => [`${label(o)}/${c.name}`, c] as [string, any]);
  });

/** Every config file embedded in a ConfigMap: [label, object, file name, parsed content]. */
export const configFiles = (objs: Obj[]): Array<[string, Obj, string, any]> =>
  objs
    .filter((o) => o.kind === 'ConfigMap')
    .flatMap((o) =>
      Object.entries(o.data ?? {})
        .filter(([f]) => /\.(ya?ml|json)$/.test(f))
        .map(([f, text]) => [`${label(o)}/${f}`, o, f, parse(text as string)] as [string, Obj, string, any]),
    );

/** Collector configs: ConfigMaps of the otel-* components. */
export const collectorConfigs = (objs: Obj[]): Array<[string, any]> =>
  configFiles(objs)
    .filter(([, o]) => (o.metadata.labels?.['app.kubernetes.io/name'] ?? '').startsWith('otel-'))
    .map(([l, , , c]) => [l, c]);
