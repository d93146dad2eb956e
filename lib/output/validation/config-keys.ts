import { Reporter } from '../../common/contract/config-tree';
import { CONFIG_FORMAT_ANNOTATION, configFormatNamed, configFormatNames } from '../../common/contract/formats';
import { Check, EmbeddedConfig, Finding } from './types';

/*
 * Checks every key of every embedded config against the pinned upstream version, by the
 * checker of the format its ConfigMap declares. The component folder that introduces a
 * format defines it with its model and checker (`config-check.ts`, listed in its
 * declaration's `formats`), most on a key tree vendored in schemas/ (schemas/README.md):
 *   collector     otelcol-0.159.0.json    component types, each component's config, `service`
 *   Tempo         tempo-3.0.3.json        one key tree, plus the yaml tags of the source
 *   Loki          loki-3.7.6.json         blocks; loki-2.9.17.json only for "removed in Loki 3"
 *   Prometheus    prometheus-config-keys.json (3.14.0), plus rule files
 *   Alertmanager  modelled by hand from the config structs of the pinned version
 *   Grafana       provisioning files modelled by hand; dashboards by the SDK's JSON schemas
 * The models are `Shape` trees checked by the one walker of lib/common/config-tree.ts, so
 * "unknown key", "expected a mapping" and the message format are the same everywhere.
 */

const reporterFor = (c: EmbeddedConfig, out: Finding[]): Reporter => (level, p, message) =>
  out.push({ level, file: c.file, object: c.object, path: p ? `data.${c.key}: ${p}` : `data.${c.key}`, message });

/**
 * Every key of every embedded config exists in the pinned upstream version: collector
 * component types and their config keys, the collector's `service` section, Tempo, Loki,
 * Prometheus and its rule files. Unknown or removed keys are errors; deprecated aliases,
 * and keys only the Tempo source (not its key tree) knows, are warnings.
 */
export const checkConfigKeys: Check = (env) => {
  const findings: Finding[] = [];
  for (const c of env.configs) {
    const report = reporterFor(c, findings);
    const format = configFormatNamed(c.format);
    if (format) format.check(c, report);
    else if (c.format !== undefined) report('error', '', `the config format '${c.format}' has no checker (known: ${configFormatNames().sort().join(', ')})`);
    // a config no checker judges would pass unseen: every file the stack writes declares its format
    else report('error', '', `names no config format (annotation ${CONFIG_FORMAT_ANNOTATION}), so nothing judges it`);
  }
  return findings;
};
