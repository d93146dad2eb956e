import { AlertDefinition, flat } from '../common/contract/alert-definitions';

/** The cluster's objects and nodes, as kube-state-metrics describes them. */
export const KUBE_STATE_METRICS_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'KubePodCrashLooping',
    group: 'cluster',
    severity: 'ticket',
    expr: 'max by (namespace, pod, container) (max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m])) >= 1',
    for: '15m',
    summary: 'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping',
    description: 'The container has been waiting in CrashLoopBackOff for 15 minutes: it starts, exits and is restarted with a growing back-off. Its previous logs (kubectl logs --previous) say why.',
    test: {
      firing: [{ series: 'kube_pod_container_status_waiting_reason{namespace="shop",pod="cart-0",container="cart",reason="CrashLoopBackOff"}', values: flat(1) }],
      healthy: [{ series: 'kube_pod_container_status_waiting_reason{namespace="shop",pod="cart-0",container="cart",reason="ContainerCreating"}', values: flat(1) }],
      at: '30m',
      labels: [{ namespace: 'shop', pod: 'cart-0', container: 'cart' }],
    },
  },
  {
    alert: 'KubePodNotReady',
    group: 'cluster',
    severity: 'ticket',
    // Pending, Unknown or Failed, or Running but not ready; pods of Jobs are left to KubeJobFailed
    expr:
      '((max by (namespace, pod) (kube_pod_status_phase{phase=~"Pending|Unknown|Failed"}) == 1) ' +
      'or ((max by (namespace, pod) (kube_pod_status_phase{phase="Running"}) == 1) and on (namespace, pod) (max by (namespace, pod) (kube_pod_status_ready{condition="true"}) == 0))) ' +
      '* on (namespace, pod) group_left () topk by (namespace, pod) (1, max by (namespace, pod) (kube_pod_owner{owner_kind!="Job"})) > 0',
    for: '15m',
    summary: 'Pod {{ $labels.namespace }}/{{ $labels.pod }} has not been ready for 15 minutes',
    description: 'The pod has been Pending, Unknown or Failed, or running without being ready, for 15 minutes: unschedulable, its image not pulled, its node gone, or its readiness probe failing.',
    test: {
      firing: [
        { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Pending"}', values: flat(1) },
        { series: 'kube_pod_owner{namespace="shop",pod="web-1",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
        { series: 'kube_pod_status_phase{namespace="shop",pod="web-2",phase="Running"}', values: flat(1) },
        { series: 'kube_pod_status_ready{namespace="shop",pod="web-2",condition="true"}', values: flat(0) },
        { series: 'kube_pod_owner{namespace="shop",pod="web-2",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
      ],
      healthy: [
        { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Pending"}', values: flat(0) },
        { series: 'kube_pod_status_phase{namespace="shop",pod="web-1",phase="Running"}', values: flat(1) },
        { series: 'kube_pod_status_ready{namespace="shop",pod="web-1",condition="true"}', values: flat(1) },
        { series: 'kube_pod_owner{namespace="shop",pod="web-1",owner_kind="ReplicaSet",owner_name="web-5d9f"}', values: flat(1) },
        // a Job's pod waiting is not this alert's business
        { series: 'kube_pod_status_phase{namespace="shop",pod="migrate-x",phase="Pending"}', values: flat(1) },
        { series: 'kube_pod_owner{namespace="shop",pod="migrate-x",owner_kind="Job",owner_name="migrate"}', values: flat(1) },
      ],
      at: '30m',
      labels: [
        { namespace: 'shop', pod: 'web-1' },
        { namespace: 'shop', pod: 'web-2' },
      ],
    },
  },
  {
    alert: 'KubeDeploymentReplicasMismatch',
    group: 'cluster',
    severity: 'ticket',
    // short of replicas and no rollout in progress
    expr:
      '(max by (namespace, deployment) (kube_deployment_spec_replicas) > max by (namespace, deployment) (kube_deployment_status_replicas_available)) ' +
      'and on (namespace, deployment) (max by (namespace, deployment) (changes(kube_deployment_status_replicas_updated[10m])) == 0)',
    for: '15m',
    summary: 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} is short of replicas',
    description: 'For 15 minutes, with no rollout in progress, fewer replicas have been available than the Deployment asks for.',
    test: {
      firing: [
        { series: 'kube_deployment_spec_replicas{namespace="shop",deployment="web"}', values: flat(3) },
        { series: 'kube_deployment_status_replicas_available{namespace="shop",deployment="web"}', values: flat(2) },
        { series: 'kube_deployment_status_replicas_updated{namespace="shop",deployment="web"}', values: flat(3) },
      ],
      healthy: [
        { series: 'kube_deployment_spec_replicas{namespace="shop",deployment="web"}', values: flat(3) },
        { series: 'kube_deployment_status_replicas_available{namespace="shop",deployment="web"}', values: flat(3) },
        { series: 'kube_deployment_status_replicas_updated{namespace="shop",deployment="web"}', values: flat(3) },
      ],
      at: '30m',
      labels: [{ namespace: 'shop', deployment: 'web' }],
    },
  },
  {
    alert: 'KubeStatefulSetReplicasMismatch',
    group: 'cluster',
    severity: 'ticket',
    expr:
      '(max by (namespace, statefulset) (kube_statefulset_status_replicas_ready) != max by (namespace, statefulset) (kube_statefulset_replicas)) ' +
      'and on (namespace, statefulset) (max by (namespace, statefulset) (changes(kube_statefulset_status_replicas_updated[10m])) == 0)',
    for: '15m',
    summary: 'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} does not have its replicas ready',
    description: 'For 15 minutes, with no rollout in progress, the number of ready replicas has differed from the number the StatefulSet asks for.',
    test: {
      firing: [
        { series: 'kube_statefulset_replicas{namespace="shop",statefulset="db"}', values: flat(3) },
        { series: 'kube_statefulset_status_replicas_ready{namespace="shop",statefulset="db"}', values: flat(2) },
        { series: 'kube_statefulset_status_replicas_updated{namespace="shop",statefulset="db"}', values: flat(3) },
      ],
      healthy: [
        { series: 'kube_statefulset_replicas{namespace="shop",statefulset="db"}', values: flat(3) },
        { series: 'kube_statefulset_status_replicas_ready{namespace="shop",statefulset="db"}', values: flat(3) },
        { series: 'kube_statefulset_status_replicas_updated{namespace="shop",statefulset="db"}', values: flat(3) },
      ],
      at: '30m',
      labels: [{ namespace: 'shop', statefulset: 'db' }],
    },
  },
  {
    alert: 'KubeJobFailed',
    group: 'cluster',
    severity: 'ticket',
    expr: 'max by (namespace, job_name) (kube_job_failed{condition="true"}) > 0',
    for: '15m',
    summary: 'Job {{ $labels.namespace }}/{{ $labels.job_name }} failed',
    description: 'The Job reached its back-off limit or deadline and is marked Failed; it is kept until someone looks at it or its TTL removes it.',
    test: {
      firing: [{ series: 'kube_job_failed{namespace="shop",job_name="migrate",condition="true"}', values: flat(1) }],
      healthy: [{ series: 'kube_job_failed{namespace="shop",job_name="migrate",condition="true"}', values: flat(0) }],
      at: '30m',
      labels: [{ namespace: 'shop', job_name: 'migrate' }],
    },
  },
  {
    alert: 'KubeNodeNotReady',
    group: 'cluster',
    severity: 'ticket',
    // a cordoned node being drained is expected to go away
    expr: '(max by (node) (kube_node_status_condition{condition="Ready",status="true"}) == 0) and on (node) (max by (node) (kube_node_spec_unschedulable) == 0)',
    for: '15m',
    summary: 'Node {{ $labels.node }} has not been ready for 15 minutes',
    description: 'The kubelet of the node has not reported Ready for 15 minutes: its pods are not running or not reachable, and new pods are not scheduled there.',
    test: {
      firing: [
        { series: 'kube_node_status_condition{node="node-a",condition="Ready",status="true"}', values: flat(0) },
        { series: 'kube_node_spec_unschedulable{node="node-a"}', values: flat(0) },
      ],
      healthy: [
        { series: 'kube_node_status_condition{node="node-a",condition="Ready",status="true"}', values: flat(1) },
        { series: 'kube_node_spec_unschedulable{node="node-a"}', values: flat(0) },
        // cordoned and drained
        { series: 'kube_node_status_condition{node="node-b",condition="Ready",status="true"}', values: flat(0) },
        { series: 'kube_node_spec_unschedulable{node="node-b"}', values: flat(1) },
      ],
      at: '30m',
      labels: [{ node: 'node-a' }],
    },
  },
  {
    alert: 'KubeNodeMemoryPressure',
    group: 'cluster',
    severity: 'ticket',
    expr: 'max by (node) (kube_node_status_condition{condition="MemoryPressure",status="true"}) == 1',
    for: '15m',
    summary: 'Node {{ $labels.node }} is under memory pressure',
    description: 'The kubelet has reported MemoryPressure for 15 minutes: it evicts pods and admits no new BestEffort ones.',
    test: {
      firing: [{ series: 'kube_node_status_condition{node="node-a",condition="MemoryPressure",status="true"}', values: flat(1) }],
      healthy: [{ series: 'kube_node_status_condition{node="node-a",condition="MemoryPressure",status="true"}', values: flat(0) }],
      at: '30m',
      labels: [{ node: 'node-a' }],
    },
  },
];
