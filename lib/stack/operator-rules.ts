import { Construct } from 'constructs';
import * as mon from '../../imports/monitoring.coreos.com';
import { stackLabels } from '../common/k8s/labels';
import { RuleGroup } from '../common/vocabulary/rules';

/** Properties of {@link OperatorRules}. */
export interface OperatorRulesProps {
  readonly namespace: string;
  readonly groups: readonly RuleGroup[];
  /**
   * Labels the operator's Prometheus selects rules by (its `ruleSelector`), e.g.
   * `{ release: 'kube-prometheus-stack' }`. @default - none
   */
  readonly ruleLabels?: Readonly<Record<string, string>>;
}

/**
 * The stack's rules as a prometheus-operator `PrometheusRule`, for clusters whose Prometheus
 * the operator runs: the same groups as the stack's own rule file. The object depends on the
 * operator's CRD: ArgoCD syncs it after everything else and skips its dry-run while the
 * CRD is missing.
 */
export class OperatorRules extends Construct {
  constructor(scope: Construct, id: string, props: OperatorRulesProps) {
    super(scope, id);
    new mon.PrometheusRule(this, 'Rules', {
      metadata: {
        name: 'observability-stack-rules',
        namespace: props.namespace,
        labels: { ...stackLabels('rules'), ...(props.ruleLabels ?? {}) },
        annotations: { 'argocd.argoproj.io/sync-wave': '1', 'argocd.argoproj.io/sync-options': 'SkipDryRunOnMissingResource=true' },
      },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          ...(g.interval ? { interval: g.interval } : {}),
          rules: g.rules.map((r) => ({ ...r, expr: mon.PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr) })),
        })),
      },
    });
  }
}
