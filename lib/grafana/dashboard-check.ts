import type { ValidateFunction } from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { Reporter } from '../common/contract/config-tree';
import { dashboardPanels } from '../common/vocabulary/dashboard-model';
import { EmbeddedConfig } from '../common/contract/findings';
import { SCHEMAS_DIR, ownModuleFile } from '../common/files/paths';
import { cachedValidator, validatorCacheDir } from '../common/files/validator-cache';
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
    cacheDir ??= validatorCacheDir('dashboard-validators', { files: [ownModuleFile('lib/grafana/dashboard-check')], dirs: [SCHEMA_DIR] });
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

const errorsOf = (v: ValidateFunction, value: unknown, at: string, what: string, report: Reporter): void => {
  if (v(value)) return;
  for (const e of v.errors ?? []) {
    const where = `${at}${e.instancePath.replace(/^\//, '.').replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
    const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    report('error', where, `${what}: ${e.message}${extra}`);
  }
};

/** Checks one dashboard JSON model. */
export const checkDashboard = (c: EmbeddedConfig, report: Reporter): void => {
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
