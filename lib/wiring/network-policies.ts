import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { stackLabels } from '../common/k8s/labels';
import type { Connection, Peer, Wiring } from './wiring';

const NAMESPACE_LABEL = 'kubernetes.io/metadata.name';

/** A NetworkPolicy peer for the pods of a {@link Peer}. */
export const policyPeer = (p: Peer): k8s.NetworkPolicyPeer => {
  const namespaces = typeof p.namespace === 'string' ? [p.namespace] : [...p.namespace];
  const podSelector = Object.keys(p.podSelector).length ? { matchLabels: { ...p.podSelector } } : {};
  const namespaceSelector =
    namespaces.length === 0
      ? {}
      : namespaces.length === 1
        ? { matchLabels: { [NAMESPACE_LABEL]: namespaces[0] } }
        : { matchExpressions: [{ key: NAMESPACE_LABEL, operator: 'In', values: [...namespaces].sort() }] };
  return { namespaceSelector, podSelector };
};

const key = (o: unknown): string => JSON.stringify(o);

/**
 * The chart of a wiring graph's NetworkPolicies (`network-policies.k8s.yaml`): its objects
 * are made from the complete graph when cdk8s synthesizes it, after every component has
 * recorded its connections.
 */
export class NetworkPolicyChart extends Chart {
  private rendered = false;

  constructor(scope: Construct, id: string, private readonly graph: Wiring) {
    super(scope, id, { disableResourceNameHashes: true });
  }

  public toJson(): any[] {
    this.render();
    return super.toJson();
  }

  /** Makes the policies from the graph, once: at the first synthesis of this chart or of the graph's checks. */
  public render(): void {
    if (this.rendered) return;
    this.graph.close();
    new NetworkPolicies(this, 'NetworkPolicies', this.graph);
    this.rendered = true;
  }
}

/**
 * NetworkPolicies derived from the wiring graph: default-deny ingress in each namespace
 * the graph runs pods in, then, for each component that others connect to, exactly the
 * ports and peers the configs use. A consumer that takes an Endpoint records a connection,
 * and so gets its policy rule without anyone writing one.
 */
class NetworkPolicies extends Construct {
  constructor(scope: Construct, id: string, wiring: Wiring) {
    super(scope, id);
    const labels = stackLabels('network-policy');
    const namespaces = new Set(wiring.workloads.flatMap((w) => (typeof w.peer.namespace === 'string' ? [w.peer.namespace] : [])));
    for (const ns of [...namespaces].sort()) {
      new k8s.KubeNetworkPolicy(this, `DefaultDeny-${ns}`, {
        metadata: { name: 'default-deny-ingress', namespace: ns, labels },
        spec: { podSelector: {}, policyTypes: ['Ingress'] },
      });
    }
    const connections = wiring.connections;
    // one policy per Service others connect to
    const byTarget = new Map<string, Connection[]>();
    for (const c of connections) {
      const k = `${c.to.namespace}/${c.to.service}`;
      byTarget.set(k, [...(byTarget.get(k) ?? []), c]);
    }
    for (const k of [...byTarget.keys()].sort()) {
      const conns = byTarget.get(k)!;
      const target = conns[0].to;
      // one rule per port, its peers deduplicated and in a stable order
      const ports = [...new Set(conns.map((c) => c.to.targetPort))].sort((a, b) => a - b);
      const ingress: k8s.NetworkPolicyIngressRule[] = ports.map((port) => {
        const peers = new Map<string, k8s.NetworkPolicyPeer>();
        for (const c of conns.filter((x) => x.to.targetPort === port)) peers.set(key(policyPeer(c.from)), policyPeer(c.from));
        const udp = conns.some((x) => x.to.targetPort === port && x.to.udp);
        return {
          from: [...peers.keys()].sort().map((p) => peers.get(p)!),
          ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }, ...(udp ? [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(port) }] : [])],
        };
      });
      new k8s.KubeNetworkPolicy(this, `Ingress-${target.namespace}-${target.service}`, {
        metadata: { name: `${target.service}-ingress`, namespace: target.namespace, labels },
        spec: { podSelector: { matchLabels: target.podSelector }, policyTypes: ['Ingress'], ingress },
      });
    }

    // egress: DNS, the recorded connections, and the declared external ones
    for (const w of wiring.workloads) {
      if (w.unrestrictedEgress || typeof w.peer.namespace !== 'string') continue;
      const mine = (p: Peer) => p.name === w.peer.name && p.namespace === w.peer.namespace;
      const egress: k8s.NetworkPolicyEgressRule[] = [DNS_RULE];
      const targets = new Map<string, Connection[]>();
      for (const c of connections.filter((x) => mine(x.from))) {
        const k = `${c.to.namespace}/${c.to.service}`;
        targets.set(k, [...(targets.get(k) ?? []), c]);
      }
      for (const k of [...targets.keys()].sort()) {
        const conns = targets.get(k)!;
        const to = conns[0].to;
        egress.push({
          to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: to.namespace } }, podSelector: { matchLabels: to.podSelector } }],
          ports: [...new Set(conns.map((c) => c.to.targetPort))]
            .sort((a, b) => a - b)
            .flatMap((port) => [
              { protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) },
              ...(conns.some((c) => c.to.targetPort === port && c.to.udp) ? [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(port) }] : []),
            ]),
        });
      }
      const externalPorts = [...new Set(wiring.externalConnections.filter((x) => mine(x.from)).flatMap((x) => x.ports))].sort((a, b) => a - b);
      if (externalPorts.length) {
        egress.push({ ports: externalPorts.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) })) });
      }
      new k8s.KubeNetworkPolicy(this, `Egress-${w.peer.namespace}-${w.peer.name}`, {
        metadata: { name: `${w.peer.name}-egress`, namespace: w.peer.namespace, labels },
        spec: { podSelector: { matchLabels: { ...w.peer.podSelector } }, policyTypes: ['Egress'], egress },
      });
    }
  }
}

/** Cluster DNS (CoreDNS or kube-dns, labelled `k8s-app: kube-dns` on kubeadm, kind, minikube, EKS, GKE, AKS). */
const DNS_RULE: k8s.NetworkPolicyEgressRule = {
  to: [{ namespaceSelector: { matchLabels: { [NAMESPACE_LABEL]: 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
  ports: [
    { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
    { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
  ],
};
