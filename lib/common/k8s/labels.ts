/** The value of `app.kubernetes.io/part-of` on every object of the stack. */
export const PART_OF = 'observability-stack';

/** The identity of one component, from which its labels are derived. */
export interface ComponentIdentity {
  /** `app.kubernetes.io/name`, e.g. `tempo`. */
  readonly name: string;
  /** `app.kubernetes.io/component`, e.g. `tracing`. */
  readonly component: string;
  /** `app.kubernetes.io/version`: the upstream version the workload runs. */
  readonly version: string;
}

/** The labels that select a component's pods (a subset of {@link standardLabels}, stable across upgrades). */
export const selectorLabels = (id: ComponentIdentity): Record<string, string> => ({
  'app.kubernetes.io/name': id.name,
  'app.kubernetes.io/part-of': PART_OF,
});

/** The standard `app.kubernetes.io/*` labels of every object of a component. */
export const standardLabels = (id: ComponentIdentity): Record<string, string> => ({
  ...selectorLabels(id),
  'app.kubernetes.io/component': id.component,
  'app.kubernetes.io/version': id.version.replace(/^v/, ''),
  'app.kubernetes.io/managed-by': 'cdk8s',
});

/**
 * The standard labels of the stack's own objects, which belong to no one component
 * (namespaces, NetworkPolicies): `kubectl apply --prune -l app.kubernetes.io/part-of=...`
 * and label queries find them with the rest.
 */
export const stackLabels = (component: string): Record<string, string> => ({
  'app.kubernetes.io/name': PART_OF,
  'app.kubernetes.io/part-of': PART_OF,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/managed-by': 'cdk8s',
});
