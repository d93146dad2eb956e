/**
 * The rendered objects of one environment, read back from its dist/ files: the workloads,
 * their ConfigMaps and Services, as the e2e run starts them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { manifestFiles } from '../environments';

/** One object of the environment's files. */
export interface Doc {
  readonly file: string;
  readonly obj: any;
}

/** Every object of a dist/<env>/ directory, in file order. */
export const loadEnvironment = (dir: string): Doc[] =>
  manifestFiles(dir)
    .flatMap((f) => parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8')).map((d) => ({ file: f, obj: d.toJS() })))
    .filter((d) => d.obj);

/** The one object of a kind and name (and namespace, when given); throws when it is missing. */
export const find = (docs: Doc[], kind: string, name: string, namespace?: string): any => {
  const o = docs.find((d) => d.obj.kind === kind && d.obj.metadata?.name === name && (namespace === undefined || d.obj.metadata?.namespace === namespace));
  if (!o) throw new Error(`the environment has no ${kind} ${namespace ? `${namespace}/` : ''}${name}`);
  return o.obj;
};

/** Every object of a kind. */
export const all = (docs: Doc[], kind: string): any[] => docs.filter((d) => d.obj.kind === kind).map((d) => d.obj);

/** The workload (DaemonSet, StatefulSet, Deployment) whose app.kubernetes.io/name is `name`. */
export const workload = (docs: Doc[], name: string): any => {
  const w = docs.find((d) => ['DaemonSet', 'StatefulSet', 'Deployment'].includes(d.obj.kind) && d.obj.metadata.name === name);
  if (!w) throw new Error(`the environment has no workload named ${name}`);
  return w.obj;
};

/** Whether a Service's selector picks a pod with these labels. */
export const selects = (service: any, labels: Record<string, string>): boolean => {
  const sel: Record<string, string> | undefined = service.spec?.selector;
  return !!sel && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels[k] === v);
};

/** A container port by name or number. */
export const containerPort = (container: any, port: string | number): number => {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  const p = (container.ports ?? []).find((x: any) => x.name === port);
  if (!p) throw new Error(`container ${container.name} has no port named ${port}`);
  return p.containerPort;
};
