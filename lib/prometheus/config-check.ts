import { LEAF, PDURATION, Reporter, STRINGS, STRING_MAP, Shape, VALUE, isMapping, leaves, list, map, obj, readJson, walkConfig } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig, FindingLevel } from '../common/contract/findings';
import { IMAGES } from '../common/k8s/images';
import { lazy } from '../common/vocabulary/lazy';

/*
 * prometheus.yml and rule files of the pinned Prometheus version, with the keys its
 * configuration reference documents (schemas/prometheus-config-keys.json).
 */

interface PromSection {
  readonly keys: readonly string[];
  readonly includes: readonly string[];
}
interface PromVersion {
  readonly keys: readonly string[];
  readonly sections: Record<string, PromSection>;
}
interface PromFile {
  readonly versions: Record<string, PromVersion>;
}

/** The Prometheus version of the pinned image: its entry in prometheus-config-keys.json. */
const PROM_VERSION = IMAGES.prometheus.tag.replace(/^v/, '');

interface PromModel {
  readonly root: Shape;
  /** Every key the 3.14.0 reference documents, anywhere. */
  readonly documented: ReadonlySet<string>;
}

/*
 * The structure of prometheus.yml is modelled by hand from the 3.14.0 configuration
 * reference (docs/configuration/configuration.md at tag v3.14.0): the top level, global,
 * otlp, storage, http_config, kubernetes_sd_config, relabel_config, remote_write, ... The
 * vendored key file supplies the key lists of the other sections (the many *_sd_config);
 * those lists are flattened (nested keys included), so there only the first level is
 * checked, plus the nested blocks modelled here (tls_config, oauth2, ...). Every key the
 * model names is a documented 3.14.0 key (asserted by test/config-keys.test.ts).
 */
const buildPromModel = (): PromModel => {
  const file = readJson<PromFile>('prometheus-config-keys.json');
  const v = file.versions[PROM_VERSION];
  const section = (name: string): PromSection => v.sections[name] ?? { keys: [], includes: [] };

  const tls = leaves(section('tls_config').keys);
  const basicAuth = leaves(['username', 'username_file', 'password', 'password_file']);
  const authorization = leaves(['type', 'credentials', 'credentials_file']);
  const proxy = { proxy_url: LEAF, no_proxy: LEAF, proxy_from_environment: LEAF, proxy_connect_header: map(STRINGS) };
  const oauth2 = obj({
    ...Object.fromEntries(section('oauth2').keys.map((k) => [k, LEAF])),
    claims: STRING_MAP,
    scopes: STRINGS,
    endpoint_params: STRING_MAP,
    tls_config: tls,
    ...proxy,
  });
  const httpConfig: Record<string, Shape> = {
    basic_auth: basicAuth,
    authorization,
    oauth2,
    follow_redirects: LEAF,
    enable_http2: LEAF,
    tls_config: tls,
    ...proxy,
    http_headers: map(obj({ values: STRINGS, secrets: STRINGS, files: STRINGS })),
  };
  const relabel = obj({
    ...Object.fromEntries(section('relabel_config').keys.map((k) => [k, LEAF])),
    source_labels: STRINGS,
  });
  const relabels = list(relabel);
  const staticConfig = obj({ targets: STRINGS, labels: STRING_MAP });
  const kubernetesSd = obj({
    api_server: LEAF,
    role: LEAF,
    kubeconfig_file: LEAF,
    namespaces: obj({ own_namespace: LEAF, names: STRINGS }),
    selectors: list(leaves(['role', 'label', 'field'])),
    attach_metadata: leaves(['node', 'namespace', 'deployment', 'job', 'cronjob']),
    ...httpConfig,
  });
  /** Keys of a section and of the sections it includes. */
  const sectionKeys = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const s = section(name);
    return [...s.keys, ...s.includes.flatMap((i) => sectionKeys(i, seen))];
  };
  /** An SD config from its flattened key list: first level checked, nested blocks as modelled. */
  const sdConfig = (name: string): Shape => {
    if (name === 'kubernetes_sd_config') return kubernetesSd;
    const fields: Record<string, Shape> = Object.fromEntries(sectionKeys(name).map((k) => [k, VALUE]));
    for (const k of Object.keys(fields)) if (k in httpConfig) fields[k] = httpConfig[k];
    return obj(fields);
  };
  /** `*_sd_configs`, `static_configs` and `relabel_configs` of a section that lists them. */
  const targetsOf = (name: string): Record<string, Shape> => {
    const out: Record<string, Shape> = {};
    for (const k of section(name).keys) {
      if (k.endsWith('_sd_configs')) out[k] = list(sdConfig(k.slice(0, -1)));
    }
    out.static_configs = list(staticConfig);
    out.relabel_configs = relabels;
    return out;
  };
  const sigv4 = leaves(['region', 'access_key', 'secret_key', 'profile', 'role_arn', 'external_id', 'use_fips_sts_endpoint']);

  const scrapeConfig = obj({
    ...Object.fromEntries(section('scrape_config').keys.map((k) => [k, LEAF])),
    scrape_protocols: STRINGS,
    params: map(STRINGS),
    ...httpConfig,
    ...targetsOf('scrape_config'),
    metric_relabel_configs: relabels,
  });
  const alertmanager = obj({
    timeout: PDURATION,
    api_version: LEAF,
    path_prefix: LEAF,
    scheme: LEAF,
    sigv4,
    ...httpConfig,
    ...targetsOf('alertmanager_config'),
    alert_relabel_configs: relabels,
  });
  const remoteWrite = obj({
    url: LEAF,
    protobuf_message: LEAF,
    remote_timeout: PDURATION,
    headers: STRING_MAP,
    write_relabel_configs: relabels,
    name: LEAF,
    send_exemplars: LEAF,
    send_native_histograms: LEAF,
    round_robin_dns: LEAF,
    sigv4,
    azuread: obj({
      cloud: LEAF,
      managed_identity: leaves(['client_id']),
      workload_identity: leaves(['client_id', 'tenant_id', 'token_file_path']),
      oauth: leaves(['client_id', 'client_secret', 'tenant_id']),
      certificate: leaves(['client_id', 'tenant_id', 'certificate_path', 'certificate_key_path', 'certificate_password', 'send_certificate_chain']),
      sdk: leaves(['tenant_id']),
      scope: LEAF,
    }),
    google_iam: leaves(['credentials_file']),
    queue_config: leaves(['capacity', 'max_shards', 'min_shards', 'max_samples_per_send', 'batch_send_deadline', 'min_backoff', 'max_backoff', 'retry_on_http_429', 'sample_age_limit']),
    metadata_config: leaves(['send', 'send_interval', 'max_samples_per_send']),
    ...httpConfig,
  });
  const remoteRead = obj({
    url: LEAF,
    name: LEAF,
    required_matchers: STRING_MAP,
    remote_timeout: PDURATION,
    headers: STRING_MAP,
    read_recent: LEAF,
    filter_external_labels: LEAF,
    ...httpConfig,
  });
  const root = obj({
    global: obj({
      scrape_interval: PDURATION,
      scrape_timeout: PDURATION,
      scrape_protocols: STRINGS,
      evaluation_interval: PDURATION,
      rule_query_offset: PDURATION,
      external_labels: STRING_MAP,
      query_log_file: LEAF,
      scrape_failure_log_file: LEAF,
      body_size_limit: LEAF,
      sample_limit: LEAF,
      label_limit: LEAF,
      label_name_length_limit: LEAF,
      label_value_length_limit: LEAF,
      target_limit: LEAF,
      keep_dropped_targets: LEAF,
      metric_name_validation_scheme: LEAF,
      scrape_native_histograms: LEAF,
      convert_classic_histograms_to_nhcb: LEAF,
      always_scrape_classic_histograms: LEAF,
      extra_scrape_metrics: LEAF,
    }),
    runtime: leaves(['gogc']),
    rule_files: STRINGS,
    scrape_config_files: STRINGS,
    scrape_configs: list(scrapeConfig),
    alerting: obj({ alert_relabel_configs: relabels, alertmanagers: list(alertmanager) }),
    remote_write: list(remoteWrite),
    otlp: obj({
      promote_resource_attributes: STRINGS,
      promote_all_resource_attributes: LEAF,
      ignore_resource_attributes: STRINGS,
      translation_strategy: LEAF,
      keep_identifying_resource_attributes: LEAF,
      convert_histograms_to_nhcb: LEAF,
      promote_scope_metadata: LEAF,
      label_name_underscore_sanitization: LEAF,
      label_name_preserve_multiple_underscores: LEAF,
    }),
    remote_read: list(remoteRead),
    storage: obj({
      tsdb: obj({
        out_of_order_time_window: PDURATION,
        stale_series_compaction_threshold: LEAF,
        chunk_encoding: leaves(['floats']),
        retention: obj({ time: PDURATION, size: LEAF, percentage: LEAF }),
      }),
      exemplars: leaves(section('exemplars').keys),
    }),
    tracing: obj({ ...Object.fromEntries(section('tracing_config').keys.map((k) => [k, LEAF])), headers: STRING_MAP, tls_config: tls }),
  });
  return { root, documented: new Set(v.keys) };
};

const PROM = lazy(buildPromModel);

/** Every key name the Prometheus model accepts (for the test that holds it to the documented keys). */
export const prometheusModelKeys = (): string[] => {
  const names = new Set<string>();
  const seen = new Set<Shape>();
  const visit = (s: Shape): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s.kind === 'obj') {
      for (const [k, f] of s.fields()) {
        names.add(k);
        visit(f.shape());
      }
    } else if (s.kind === 'list' || s.kind === 'map') visit(s.of());
  };
  visit(PROM().root);
  return [...names].sort();
};

/** A key documented elsewhere in the reference is most likely at the wrong level: say so. */
const promUnknown = (_segs: readonly string[], key: string): { level: FindingLevel; note: string } | undefined =>
  PROM().documented.has(key) ? { level: 'error', note: `a ${PROM_VERSION} key, but not at this place` } : undefined;

const checkPrometheus = (c: EmbeddedConfig, report: Reporter): void =>
  walkConfig(c, PROM().root, report, { product: `Prometheus ${PROM_VERSION}`, onUnknown: promUnknown });

/** A rule file (docs/configuration/recording_rules.md and alerting_rules.md of 3.14.0). */
const RULE: Shape = obj({
  record: LEAF,
  alert: LEAF,
  expr: LEAF,
  for: PDURATION,
  keep_firing_for: PDURATION,
  labels: STRING_MAP,
  annotations: STRING_MAP,
});
const RULE_FILE: Shape = obj({
  groups: list(obj({ name: LEAF, interval: PDURATION, rules: list(RULE), limit: LEAF, query_offset: PDURATION, labels: STRING_MAP })),
});

const checkRuleFile = (c: EmbeddedConfig, report: Reporter): void => {
  const product = `Prometheus ${PROM_VERSION} rule files`;
  walkConfig(c, RULE_FILE, report, { product });
  const groups: unknown = isMapping(c.parsed) ? c.parsed.groups : undefined;
  if (!Array.isArray(groups)) return;
  groups.forEach((g: unknown, gi) => {
    const rules: unknown = isMapping(g) ? g.rules : undefined;
    if (!Array.isArray(rules)) return;
    rules.forEach((r: unknown, ri) => {
      if (!isMapping(r)) return;
      // a rule is a recording rule or an alerting rule, never both or neither
      if (('record' in r) === ('alert' in r)) {
        report('error', `groups[${gi}].rules[${ri}]`, `a rule in ${product} has exactly one of 'record' or 'alert'`);
      }
    });
  });
};

/** prometheus.yml (`promtool check config`). */
export const PROMETHEUS_FORMAT = configFormat({ name: 'prometheus', image: 'prometheus', judge: { tool: 'promtool' }, check: checkPrometheus });
/** A Prometheus rule file (`promtool check rules`, and `pint --offline lint`). */
export const PROMETHEUS_RULES_FORMAT = configFormat({ name: 'prometheus-rules', image: 'prometheus', judge: { tool: 'promtool' }, check: checkRuleFile });
