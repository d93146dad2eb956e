import type { ValidateFunction } from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { Check, EmbeddedConfig, Finding } from './types';
import { cachedValidator, validatorCacheDir } from './validator-cache';
import { SCHEMAS_DIR, ownModuleFile } from '../../common/paths';

/*
 * A Grafana dashboard JSON model, judged by the JSON schemas of the dashboard SDK
 * (schemas/grafana-foundation-sdk/, source.json says from where): the dashboard itself,
 * each panel's options and field config by the schema of its panel type, each query by
 * the schema of its datasource type. Grafana cannot be run here (AGPL), so these schemas
 * and the query parsers are the judge.
 */

const SCHEMA_DIR = path.join(SCHEMAS_DIR, 'grafana-foundation-sdk');

/** Panel types that are Grafana's current core panels and that the vendored schemas describe. */
export const SCHEMA_PANEL_TYPES = ['timeseries', 'stat', 'table', 'logs'] as const;
/** Current core panel types without a vendored schema: accepted, their options unchecked. */
const OTHER_CURRENT_PANELS = new Set(['row', 'traces', 'text', 'bargauge', 'gauge', 'barchart', 'piechart', 'heatmap', 'histogram', 'nodeGraph', 'state-timeline', 'status-history', 'dashlist', 'annolist', 'news', 'xychart', 'trend', 'canvas', 'geomap', 'candlestick', 'flamegraph']);
/** Panel types Grafana no longer ships, and what replaced them. */
export const REMOVED_PANELS: Readonly<Record<string, string>> = {
  graph: 'timeseries (the Angular graph panel was removed in Grafana 12)',
  singlestat: 'stat (removed with Angular in Grafana 12)',
  'table-old': 'table (removed with Angular in Grafana 12)',
  'grafana-piechart-panel': 'piechart (the Angular plugin does not load since Grafana 12)',
  'grafana-worldmap-panel': 'geomap (the Angular plugin does not load since Grafana 12)',
};
/** Datasource types whose query schema is vendored. */
const SCHEMA_DATASOURCES: Record<string, string> = { prometheus: 'Dataquery', loki: 'dataquery', tempo: 'Dataquery' };

const schemaFiles = new Map<string, any>();
const readSchema = (name: string): any => {
  if (!schemaFiles.has(name)) schemaFiles.set(name, JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.jsonschema.json`), 'utf8')));
  return schemaFiles.get(name);
};
/** Panel types whose schema defines a field config. */
const hasFieldConfig = (type: string): boolean => readSchema(type).definitions?.FieldConfig !== undefined;

const compiled = new Map<string, ValidateFunction>();
let cacheDir: string | undefined;
/** A validator of one definition of one vendored schema file: cached standalone code, or compiled on first use. */
const validator = (file: string, definition?: string): ValidateFunction => {
  const key = `${file}#${definition ?? ''}`;
  let v = compiled.get(key);
  if (!v) {
    cacheDir ??= validatorCacheDir('dashboard-validators', { files: [ownModuleFile('lib/output/validation/dashboards')], dirs: [SCHEMA_DIR] });
    v = cachedValidator(path.join(cacheDir, `${file}.${definition ?? 'root'}.js`), () => {
      const schema = readSchema(file);
      // loaded only to compile a validator the cache lacks
      const { default: Ajv } = require('ajv') as typeof import('ajv');
      const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { source: true } });
      return { ajv, fn: ajv.compile(definition ? { ...schema, $ref: `#/definitions/${definition}` } : schema) };
    });
    compiled.set(key, v);
  }
  return v;
};

type Report = (level: 'error' | 'warn', path: string, message: string) => void;

const errorsOf = (v: ValidateFunction, value: unknown, at: string, what: string, report: Report): void => {
  if (v(value)) return;
  for (const e of v.errors ?? []) {
    const where = `${at}${e.instancePath.replace(/^\//, '.').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
    const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    report('error', where, `${what}: ${e.message}${extra}`);
  }
};

/** Every panel of a dashboard with its path, rows' nested panels included. */
export const dashboardPanels = (d: any): Array<{ at: string; panel: any }> => {
  const out: Array<{ at: string; panel: any }> = [];
  (Array.isArray(d?.panels) ? d.panels : []).forEach((p: any, i: number) => {
    out.push({ at: `panels[${i}]`, panel: p });
    (Array.isArray(p?.panels) ? p.panels : []).forEach((q: any, j: number) => out.push({ at: `panels[${i}].panels[${j}]`, panel: q }));
  });
  return out;
};

/** Checks one dashboard JSON model. */
export const checkDashboard = (c: EmbeddedConfig, report: Report): void => {
  const d = c.parsed;
  errorsOf(validator('dashboard'), d, '', 'dashboard schema', report);
  if (typeof d?.uid !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(d.uid)) report('error', 'uid', `a provisioned dashboard needs a fixed uid of at most 40 letters, digits, '-' or '_', got ${JSON.stringify(d?.uid)}`);
  for (const { at, panel } of dashboardPanels(d)) {
    const type = panel?.type;
    if (REMOVED_PANELS[type]) {
      report('error', `${at}.type`, `panel type '${type}' was removed from Grafana; use ${REMOVED_PANELS[type]}`);
      continue;
    }
    if ((SCHEMA_PANEL_TYPES as readonly string[]).includes(type)) {
      errorsOf(validator(type, 'Options'), panel.options ?? {}, `${at}.options`, `${type} panel options`, report);
      const custom = panel.fieldConfig?.defaults?.custom;
      if (custom !== undefined && hasFieldConfig(type)) errorsOf(validator(type, 'FieldConfig'), custom, `${at}.fieldConfig.defaults.custom`, `${type} field config`, report);
    } else if (!OTHER_CURRENT_PANELS.has(type)) {
      report('error', `${at}.type`, `unknown panel type ${JSON.stringify(type)} (current core panels: ${[...SCHEMA_PANEL_TYPES, ...OTHER_CURRENT_PANELS].join(', ')})`);
    }
    (Array.isArray(panel?.targets) ? panel.targets : []).forEach((t: any, i: number) => {
      const ds = t?.datasource ?? panel.datasource;
      if (!ds || typeof ds !== 'object' || typeof ds.uid !== 'string' || typeof ds.type !== 'string') {
        report('error', `${at}.targets[${i}].datasource`, `a query names its datasource as {type, uid}, got ${JSON.stringify(ds)}`);
        return;
      }
      const def = SCHEMA_DATASOURCES[ds.type];
      if (def) errorsOf(validator(ds.type, def), t, `${at}.targets[${i}]`, `${ds.type} query`, report);
    });
  }
};

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
