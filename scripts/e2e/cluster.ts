/**
 * The real kube-apiserver and etcd of the e2e run (the {@link Cluster} of
 * scripts/apiserver-check.ts), holding what a running cluster would: the environment's
 * objects applied from dist/, a Node, a Pod object per process with its IP in the status,
 * and EndpointSlices of every Service pointing at the loopback addresses of the processes
 * behind it. No controller runs: the run writes what the kubelet and the EndpointSlice
 * controller would.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { Cluster } from '../apiserver-check';
import { containerPort, selects } from './manifests';

/** A Pod object of the run: where it runs and what backs it. */
export interface PodRecord {
  readonly name: string;
  readonly namespace: string;
  readonly ip: string;
  readonly labels: Record<string, string>;
  readonly containers: any[];
  /** For a StatefulSet's pods: the hostname in the headless Service's EndpointSlice. */
  readonly hostname?: string;
  uid?: string;
  ready: boolean;
  /** Deleted (a StatefulSet scaled down): out of every EndpointSlice. */
  gone?: boolean;
}

/** A pod's DNS name, as cluster DNS serves it: the IP with dashes, the namespace, `pod`. */
export const podDnsName = (p: { ip: string; namespace: string }): string => `${p.ip.replace(/\./g, '-')}.${p.namespace}.pod.cluster.local`;

export class E2eCluster {
  public readonly pods: PodRecord[] = [];

  private constructor(public readonly cluster: Cluster) {}

  public static async start(lifetimeSeconds: number): Promise<E2eCluster> {
    return new E2eCluster(await Cluster.start(lifetimeSeconds));
  }

  /** The API server's host and port (127.0.0.1). */
  public get endpoint(): { host: string; port: string } {
    const kc = parse(fs.readFileSync(this.cluster.kubeconfig, 'utf8'));
    const u = new URL(kc.clusters[0].cluster.server);
    return { host: u.hostname, port: u.port };
  }

  public get caCert(): string {
    return fs.readFileSync(path.join(this.cluster.dir, 'ca.crt'), 'utf8');
  }

  /** kubectl with the admin credentials; throws on failure. */
  public kubectl(args: string[], input?: string): string {
    const r = this.cluster.kubectl(args, input);
    if (r.status !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr.trim()}`);
    return r.stdout;
  }

  /** Applies objects (create or update). */
  public apply(objs: any[]): void {
    this.kubectl(['apply', '-f', '-'], objs.map((o) => stringify(o)).join('---\n'));
  }

  /** A token of a ServiceAccount, as the kubelet's projected volume would hold. */
  public token(serviceAccount: string, namespace: string): string {
    return this.kubectl(['create', 'token', serviceAccount, '-n', namespace, '--duration=2h']).trim();
  }

  /** A Node object for the machine, with its address. */
  public createNode(name: string, ip: string): void {
    this.apply([{ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: { 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux' } } }]);
    const status = { status: { addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: name }], conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'e2e', lastHeartbeatTime: new Date().toISOString() }] } };
    this.kubectl(['patch', 'node', name, '--subresource=status', '--type=merge', '-p', JSON.stringify(status)]);
  }

  /**
   * A Pod object from a workload's template (or a spec of its own), bound to the node, with
   * its IP and a Running, Ready status; returns its UID.
   */
  public createPod(opts: { name: string; namespace: string; ip: string; nodeName: string; nodeIp: string; template: any; owner?: { apiVersion: string; kind: string; name: string }; hostname?: string; subdomain?: string; claims?: any[] }): PodRecord {
    const spec = opts.template.spec;
    let ownerReferences: any[] | undefined;
    if (opts.owner) {
      let uid = '00000000-0000-4000-8000-000000000000';
      try {
        uid = JSON.parse(this.kubectl(['get', opts.owner.kind.toLowerCase(), opts.owner.name, '-n', opts.namespace, '-o', 'json'])).metadata.uid;
      } catch {
        /* an owner that exists only by name (an application's ReplicaSet) */
      }
      ownerReferences = [{ ...opts.owner, uid, controller: true, blockOwnerDeletion: true }];
    }
    const claims = (opts.claims ?? []).map((t: any) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: `${t.metadata.name}-${opts.name}` } }));
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: opts.name, namespace: opts.namespace, labels: opts.template.metadata?.labels ?? {}, annotations: opts.template.metadata?.annotations, ownerReferences },
      spec: { ...spec, nodeName: opts.nodeName, hostname: opts.hostname ?? spec.hostname, subdomain: opts.subdomain ?? spec.subdomain, volumes: [...(spec.volumes ?? []), ...claims] },
    };
    this.apply([pod]);
    const created = JSON.parse(this.kubectl(['get', 'pod', opts.name, '-n', opts.namespace, '-o', 'json']));
    const record: PodRecord = { name: opts.name, namespace: opts.namespace, ip: opts.ip, labels: pod.metadata.labels, containers: spec.containers, hostname: opts.hostname, uid: created.metadata.uid, ready: false };
    this.pods.push(record);
    this.setPodStatus(record, true, opts.nodeIp);
    return record;
  }

  /** The Pod's status as its kubelet reports it: Running and Ready, or not ready. */
  public setPodStatus(p: PodRecord, ready: boolean, nodeIp?: string): void {
    p.ready = ready;
    const now = new Date().toISOString();
    const status: any = {
      phase: 'Running',
      podIP: p.ip,
      podIPs: [{ ip: p.ip }],
      ...(nodeIp ? { hostIP: nodeIp, hostIPs: [{ ip: nodeIp }] } : {}),
      startTime: now,
      conditions: [
        { type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: now },
        { type: 'ContainersReady', status: ready ? 'True' : 'False', lastTransitionTime: now },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
      ],
      containerStatuses: p.containers.map((c: any, i: number) => ({
        name: c.name,
        image: c.image,
        imageID: `${c.image}@sha256:${'0'.repeat(63)}${i}`,
        containerID: `containerd://${p.uid!.replace(/-/g, '')}${i}`,
        ready,
        restartCount: 0,
        started: true,
        state: { running: { startedAt: now } },
      })),
    };
    this.kubectl(['patch', 'pod', p.name, '-n', p.namespace, '--subresource=status', '--type=merge', '-p', JSON.stringify({ status })]);
  }

  /**
   * The EndpointSlices of the Services, as the EndpointSlice controller would write them
   * from the Pods' labels, IPs and readiness (a not-ready pod stays listed, ready: false).
   */
  public syncEndpointSlices(services: any[], nodeName: string): void {
    const slices: any[] = [];
    for (const svc of services) {
      const backing = this.pods.filter((p) => !p.gone && p.namespace === svc.metadata.namespace && selects(svc, p.labels));
      if (!backing.length) continue;
      const ports = (svc.spec.ports ?? []).map((sp: any) => {
        const c = backing[0].containers.find((x: any) => {
          try {
            containerPort(x, sp.targetPort ?? sp.port);
            return true;
          } catch {
            return false;
          }
        });
        return { name: sp.name, protocol: sp.protocol ?? 'TCP', port: c ? containerPort(c, sp.targetPort ?? sp.port) : sp.port, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) };
      });
      slices.push({
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: `${svc.metadata.name}-e2e`,
          namespace: svc.metadata.namespace,
          labels: { 'kubernetes.io/service-name': svc.metadata.name, 'endpointslice.kubernetes.io/managed-by': 'e2e.observability-stack' },
        },
        // the API server refuses loopback IPs in an EndpointSlice: the endpoints are the
        // pods' DNS names (<ip-with-dashes>.<namespace>.pod.cluster.local), which every
        // pod's /etc/hosts maps to its loopback address
        addressType: 'FQDN',
        endpoints: backing.map((p) => ({
          addresses: [podDnsName(p)],
          conditions: { ready: p.ready, serving: p.ready, terminating: false },
          ...(p.hostname && svc.spec.clusterIP === 'None' ? { hostname: p.hostname } : {}),
          nodeName,
          targetRef: { kind: 'Pod', name: p.name, namespace: p.namespace, uid: p.uid },
        })),
        ports,
      });
    }
    if (slices.length) this.apply(slices);
  }

  /** Writes an object's status (a merge patch of its status subresource), as its kubelet or controller would. */
  public patchStatus(kind: string, name: string, namespace: string | undefined, status: any): void {
    this.kubectl(['patch', kind, name, ...(namespace ? ['-n', namespace] : []), '--subresource=status', '--type=merge', '-p', JSON.stringify({ status })]);
  }

  /**
   * Deletes a namespace whose objects are deleted already. No namespace controller runs: the
   * run clears the namespace's finalizer as that controller does once the namespace is empty,
   * and the API server removes it.
   */
  public deleteNamespace(name: string): void {
    this.kubectl(['delete', 'namespace', name, '--wait=false', '--ignore-not-found']);
    const left = this.kubectl(['get', 'namespace', name, '-o', 'json', '--ignore-not-found']).trim();
    if (!left) return;
    const ns = JSON.parse(left);
    this.kubectl(['replace', '--raw', `/api/v1/namespaces/${name}/finalize`, '-f', '-'], JSON.stringify({ ...ns, spec: { finalizers: [] } }));
    if (this.kubectl(['get', 'namespace', name, '--ignore-not-found', '-o', 'name']).trim()) throw new Error(`namespace ${name} is still there after its finalizer was cleared`);
  }

  /** Stops etcd and the API server by PID (their wrappers and the processes themselves). */
  public stop(): void {
    this.cluster.stop();
  }
}
