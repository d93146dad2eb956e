/**
 * What a rule needs of the series it reads (scripts/e2e/rule-series.ts, scenario 11 of
 * `npm run e2e`), on expressions as Prometheus's own parser returns them
 * (test/fixtures/parsed-promql.json, from GET /api/v1/parse_query).
 */
import parsed from './fixtures/parsed-promql.json';
import { SOURCE_METRICS, jobScrape, missingInSource, missingOnSeries, selectorText, selectorsOf, sourceMetricOf } from '../scripts/e2e/rule-series';

const astOf = (expr: string): unknown => {
  const e = parsed.expressions.find((x) => x.expr === expr || x.expr.startsWith(expr));
  if (!e) throw new Error(`no parsed expression ${expr}`);
  return e.ast;
};

/** Each selector as `text [labels] dropped...`. */
const uses = (expr: string): string[] => selectorsOf(astOf(expr)).map((u) => `${selectorText(u)} [${u.labels.join(',')}]${u.dropped.length ? ` dropped: ${u.dropped.join('; ')}` : ''}`);

describe('the labels a rule relies on for each selector', () => {
  test('by (...) and on (...) around a selector, and its own matchers', () => {
    expect(uses('((max by (namespace, pod) (kube_pod_status_phase')).toEqual([
      'kube_pod_status_phase{phase=~"Pending|Unknown|Failed"} [namespace,phase,pod]',
      'kube_pod_status_phase{phase="Running"} [namespace,phase,pod]',
      'kube_pod_status_ready{condition="true"} [condition,namespace,pod]',
      'kube_pod_owner{owner_kind!="Job"} [namespace,owner_kind,pod]',
    ]);
  });

  test('a label that label_replace makes is not asked of the series below it', () => {
    expect(uses('label_replace(sum by (job) (z)')).toEqual(['z [job]', 'w [job,sig]']);
  });

  test('an on (...) label that an inner by (...) aggregates away is reported', () => {
    expect(uses('sum by (a) (x)')).toEqual(['x [a] dropped: b (dropped by sum by (a))', 'y [b,c]']);
  });

  test('topk keeps its input labels: the outer on (...) labels pass through it', () => {
    expect(uses('topk by (ns)')).toEqual(['m{k="v"} [k,ns,pod]', 'n [ns,pod]']);
  });
});

describe('a selector against the series Prometheus holds', () => {
  const [crashLooping] = selectorsOf({ type: 'aggregation', op: 'max', grouping: ['namespace', 'pod', 'container'], without: false, expr: { type: 'vectorSelector', name: 'kube_pod_container_status_waiting_reason', matchers: [{ name: 'reason', type: '=', value: 'CrashLoopBackOff' }, { name: '__name__', type: '=', value: 'kube_pod_container_status_waiting_reason' }] } });
  const series = { __name__: 'kube_pod_container_status_waiting_reason', namespace: 'a', pod: 'p', container: 'c', reason: 'CrashLoopBackOff' };

  test('satisfied by a matching series with every label', () => {
    expect(missingOnSeries(crashLooping, [series], [series])).toEqual([]);
  });

  test('a metric name without series, a value no series has, a label no series carries', () => {
    expect(missingOnSeries(crashLooping, [], [])).toEqual(['no series named kube_pod_container_status_waiting_reason']);
    expect(missingOnSeries(crashLooping, [{ ...series, reason: 'ImagePullBackOff' }], [])).toEqual(['no series matches kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}']);
    const { container: _, ...withoutContainer } = series;
    expect(missingOnSeries(crashLooping, [withoutContainer], [withoutContainer])).toEqual(['no label container']);
  });
});

describe('a selector against the tagged source of a component that does not run', () => {
  const config = {
    global: { scrape_native_histograms: true },
    scrape_configs: [{ job_name: 'loki', relabel_configs: [{ source_labels: ['__meta_kubernetes_pod_name'], target_label: 'pod' }, { action: 'keep', regex: 'x' }] }],
  };
  const [discarded, requests] = selectorsOf(astOf('(sum by (reason) (rate(loki_discarded_samples_total')).map((u) => ({ u, found: sourceMetricOf(u.name)! }));

  test('every metric of the source file names its component, version, source line, type and labels', () => {
    expect(SOURCE_METRICS.length).toBeGreaterThan(0);
    for (const m of SOURCE_METRICS) {
      expect(m.version).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(m.source).toMatch(/^\S+\.go:\d+/);
      expect(['counter', 'gauge', 'histogram', 'summary']).toContain(m.type);
      expect(m.labels.length).toBeGreaterThan(0);
    }
  });

  test('the job adds its target labels', () => {
    expect(jobScrape(config, 'loki')).toEqual({ targetLabels: ['job', 'instance', 'pod'], nativeOnly: true });
  });

  test('a counter with the labels the rule uses', () => {
    expect(missingInSource(discarded.u, discarded.found, jobScrape(config, 'loki'))).toEqual([]);
  });

  test('the _count of a histogram with native buckets is not stored where its job scrapes native histograms only', () => {
    expect(requests.found.series).toBe('_count');
    expect(missingInSource(requests.u, requests.found, jobScrape(config, 'loki'))[0]).toMatch(/^loki_request_duration_seconds_count is not stored/);
    const classic = { ...config, global: { ...config.global, always_scrape_classic_histograms: true } };
    expect(missingInSource(requests.u, requests.found, jobScrape(classic, 'loki'))).toEqual([]);
  });
});
