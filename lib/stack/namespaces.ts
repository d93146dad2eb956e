import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { stackLabels } from '../common/k8s/labels';
import { checkDnsLabel } from '../common/vocabulary/validate';

/** Properties of {@link StackNamespaces}. */
export interface StackNamespacesProps {
  /** The namespace of the backends and the gateway: Pod Security `restricted` is enforced. */
  readonly namespace: string;
  /** The namespace of the node agent, which mounts hostPaths: `privileged` is enforced, `restricted` audited and warned. */
  readonly agentNamespace: string;
  /** A PriorityClass for the stack's pods, with this value. @default - none */
  readonly priority?: { readonly name: string; readonly value: number };
}

/** The stack's namespaces, labelled with their Pod Security Standard levels. */
export class StackNamespaces extends Construct {
  constructor(scope: Construct, id: string, props: StackNamespacesProps) {
    super(scope, id);
    const ns = checkDnsLabel(`StackNamespaces 'namespace'`, props.namespace);
    const agentNs = checkDnsLabel(`StackNamespaces 'agentNamespace'`, props.agentNamespace);
    if (ns === agentNs) {
      throw new Error(
        `StackNamespaces 'agentNamespace' must differ from 'namespace' (the agent needs a privileged namespace, the backends a restricted one), got '${agentNs}' for both`,
      );
    }
    const pss = (enforce: string) => ({
      'pod-security.kubernetes.io/enforce': enforce,
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/audit-version': 'latest',
      'pod-security.kubernetes.io/warn': 'restricted',
      'pod-security.kubernetes.io/warn-version': 'latest',
    });
    // ArgoCD applies them first, as `kubectl apply -f dist/<env>/` does (00-namespaces sorts first)
    const annotations = { 'argocd.argoproj.io/sync-wave': '-1' };
    new k8s.KubeNamespace(this, 'Stack', {
      metadata: { name: ns, annotations, labels: { ...stackLabels('namespace'), ...pss('restricted') } },
    });
    if (props.priority) {
      new k8s.KubePriorityClass(this, 'PriorityClass', {
        metadata: { name: props.priority.name, labels: stackLabels('priority-class'), annotations },
        value: props.priority.value,
        description: 'The observability stack: scheduled before, and evicted after, ordinary workloads',
      });
    }
    new k8s.KubeNamespace(this, 'Agent', {
      metadata: { name: agentNs, annotations, labels: { ...stackLabels('namespace'), ...pss('privileged') } },
    });
  }
}
