import { checkExpressions, logqlError, promqlError, substituteGrafanaVariables, traceqlError } from '../lib/output/validation/expressions';
import { parseEnvironment } from '../lib/output/validation/types';
import { renderStack } from '../lib/output/synth';
import { toYaml } from '../lib/common/vocabulary/yaml';
import { buildApp } from './helpers';

describe('expression parsers', () => {
  test.each([
    'sum by (job) (rate(http_server_request_duration_seconds_count{job="shop/checkout"}[5m]))',
    'up == 0',
  ])('PromQL %s parses', (e) => expect(promqlError(e)).toBeUndefined());

  test('dashboard PromQL parses once Grafana variables are substituted', () => {
    const e = 'histogram_quantile(0.95, sum by (le) (rate(x_bucket{job="$job"}[$__rate_interval])))';
    expect(promqlError(e)).toBeDefined();
    expect(promqlError(substituteGrafanaVariables(e))).toBeUndefined();
  });
  test.each(['sum(rate(x[5m])', 'rate(x[5m]) >', 'sum by job (x)', ''])('PromQL %s does not', (e) => expect(promqlError(e)).toBeDefined());

  test('LogQL parses and rejects', () => {
    expect(logqlError('{service_name="checkout"} |= "error" | json')).toBeUndefined();
    expect(logqlError('sum by (level) (count_over_time({k8s_namespace_name="shop"}[5m]))')).toBeUndefined();
    expect(logqlError('{service_name="checkout" |= "error"')).toBeDefined();
  });

  test('TraceQL parses and rejects', () => {
    expect(traceqlError('{ resource.service.name = "checkout" && status = error }')).toBeUndefined();
    expect(traceqlError('{ resource.service.name = }')).toBeDefined();
  });
});

describe('rule files in the output', () => {
  const [stack] = buildApp().stacks;
  const env = parseEnvironment(stack.envName, renderStack(stack));
  test('parse', () => expect(checkExpressions(env)).toEqual([]));

  test('fail when a rule does not parse, naming the rule', () => {
    const rules = env.configs.find((c) => c.key === 'rules.yaml')!;
    const parsed = { groups: [{ name: 'g', rules: [{ record: 'x:y', expr: 'sum(rate(x[5m])' }] }] };
    const planted = { ...env, configs: [{ ...rules, parsed, text: toYaml(parsed) }] };
    expect(checkExpressions(planted)).toEqual([
      expect.objectContaining({ object: 'ConfigMap/observability/prometheus-rules', path: 'data.rules.yaml: groups[0].rules[0].expr', message: expect.stringContaining('PromQL does not parse') }),
    ]);
  });
});
