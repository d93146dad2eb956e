import { dashboardPanels } from '../../common/vocabulary/dashboard-model';
import { Check, EmbeddedConfig, Finding } from './types';

/*
 * The datasources Grafana's provisioned files name, checked across the files of one
 * environment. The dashboard JSON model itself is judged as the config format
 * `grafana-dashboard` (lib/grafana/dashboard-check.ts).
 */

export { dashboardPanels } from '../../common/vocabulary/dashboard-model';

/** The datasource references of a dashboard (panels and queries), with their paths. */
export const dashboardDatasourceRefs = (d: any): Array<{ at: string; type: string; uid: string }> => {
  const refs: Array<{ at: string; type: string; uid: string }> = [];
  const add = (at: string, ds: any) => {
    if (ds && typeof ds === 'object') refs.push({ at, type: ds.type, uid: ds.uid });
  };
  for (const { at, panel } of dashboardPanels(d)) {
    add(`${at}.datasource`, panel.datasource);
    (panel.targets ?? []).forEach((t: any, i: number) => add(`${at}.targets[${i}].datasource`, t.datasource));
  }
  (d?.templating?.list ?? []).forEach((v: any, i: number) => add(`templating.list[${i}].datasource`, v.datasource));
  return refs;
};

/** Every `datasourceUid` a datasource file's links name (exemplars, derived fields, trace links). */
const linkUids = (ds: any, at: string): Array<{ at: string; uid: string }> => {
  const out: Array<{ at: string; uid: string }> = [];
  const walk = (v: unknown, p: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'datasourceUid' && typeof x === 'string' ? out.push({ at: `${p}.${k}`, uid: x }) : walk(x, `${p}.${k}`);
  };
  walk(ds?.jsonData, `${at}.jsonData`);
  return out;
};

/**
 * Every datasource a dashboard or a datasource link names is provisioned in the same
 * environment, with that uid and type: a dangling uid shows as "datasource not found" only
 * when someone opens the panel.
 */
export const checkGrafanaReferences: Check = (env) => {
  const findings: Finding[] = [];
  const provisioned = new Map<string, string>();
  const files = env.configs.filter((c) => c.format === 'grafana-datasources');
  for (const c of files) for (const ds of c.parsed?.datasources ?? []) if (typeof ds?.uid === 'string') provisioned.set(ds.uid, ds.type);
  const known = [...provisioned.entries()].map(([uid, type]) => `${uid} (${type})`).join(', ') || 'none';
  const check = (c: EmbeddedConfig, at: string, uid: string, type?: string) => {
    const actual = provisioned.get(uid);
    const path = `data.${c.key}: ${at}`;
    if (actual === undefined) findings.push({ level: 'error', file: c.file, object: c.object, path, message: `names datasource uid '${uid}', which no datasource file of the output provisions (provisioned: ${known})` });
    else if (type !== undefined && type !== actual) findings.push({ level: 'error', file: c.file, object: c.object, path, message: `names datasource uid '${uid}' as type '${type}', but it is provisioned as type '${actual}'` });
  };
  for (const c of files) (c.parsed?.datasources ?? []).forEach((ds: any, i: number) => linkUids(ds, `datasources[${i}]`).forEach((r) => check(c, r.at, r.uid)));
  for (const c of env.configs.filter((x) => x.format === 'grafana-dashboard')) for (const r of dashboardDatasourceRefs(c.parsed)) check(c, r.at, r.uid, r.type);
  return findings;
};
