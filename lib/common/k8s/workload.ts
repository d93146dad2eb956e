import * as k8s from '../../../imports/k8s';
import { NamedPort } from './ports';

/** An HTTP GET probe on a named container port. */
export const httpProbe = (port: NamedPort, path: string, extra: Partial<k8s.Probe> = {}): k8s.Probe => ({
  httpGet: { path, port: k8s.IntOrString.fromString(port.name) },
  periodSeconds: 10,
  timeoutSeconds: 5,
  failureThreshold: 3,
  ...extra,
});

/** A TCP probe on a named container port. */
export const tcpProbe = (port: NamedPort, extra: Partial<k8s.Probe> = {}): k8s.Probe => ({
  tcpSocket: { port: k8s.IntOrString.fromString(port.name) },
  periodSeconds: 10,
  timeoutSeconds: 5,
  failureThreshold: 3,
  ...extra,
});

/** Container ports from named ports. */
export const containerPorts = (ports: NamedPort[]): k8s.ContainerPort[] =>
  ports.map((p) => ({ name: p.name, containerPort: p.port, protocol: 'TCP' }));

/** Service ports from named ports, targeting the container port of the same name. */
export const servicePorts = (ports: Array<NamedPort & { appProtocol?: string }>): k8s.ServicePort[] => {
  for (const [i, p] of ports.entries()) {
    const other = ports.findIndex((q, j) => j !== i && (q.port === p.port || q.name === p.name));
    if (other >= 0) {
      throw new Error(`Service ports must differ in number and name, got '${p.name}' (${p.port}) and '${ports[other].name}' (${ports[other].port})`);
    }
  }
  return ports.map((p) => ({
    name: p.name,
    port: p.port,
    targetPort: k8s.IntOrString.fromString(p.name),
    protocol: 'TCP',
    ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
  }));
};

/** `MY_POD_IP`: the pod's IP from the downward API, where a component binds its listeners. */
export const podIpEnv = (): k8s.EnvVar => ({ name: 'MY_POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });

/**
 * Spread over zones and nodes where the cluster has them: one replica more in a zone or on a
 * node than in another at most, yet a one-node cluster still schedules every replica.
 */
export const spreadOverZonesAndNodes = (selector: Readonly<Record<string, string>>): k8s.TopologySpreadConstraint[] =>
  ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map((topologyKey) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: 'ScheduleAnyway',
    labelSelector: { matchLabels: { ...selector } },
  }));
