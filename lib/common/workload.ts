import { ApiObjectMetadata } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Endpoint } from './endpoint';
import { ComponentIdentity, selectorLabels, standardLabels } from './labels';
import { NamedPort } from './ports';
import { configChecksum } from './yaml';

/** Object metadata with a fixed human name and the standard labels. */
export const metadata = (id: ComponentIdentity, name: string, namespace?: string): ApiObjectMetadata => ({
  name,
  ...(namespace ? { namespace } : {}),
  labels: standardLabels(id),
});

/**
 * A ConfigMap of config files, and the pod-template annotation carrying their checksum
 * so that a change of config rolls the pods.
 */
export const configMap = (
  scope: Construct,
  id: ComponentIdentity,
  name: string,
  namespace: string,
  files: Record<string, string>,
): { configMap: k8s.KubeConfigMap; annotations: Record<string, string> } => ({
  configMap: new k8s.KubeConfigMap(scope, 'Config', { metadata: metadata(id, name, namespace), data: files }),
  annotations: configChecksum(files),
});

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

/** An Endpoint for one named port of a component's Service. */
export const endpointOf = (
  id: ComponentIdentity,
  service: string,
  namespace: string,
  port: NamedPort,
  scheme: 'http' | 'https' | 'grpc' = 'http',
): Endpoint =>
  new Endpoint({ service, namespace, portName: port.name, port: port.port, scheme, podSelector: selectorLabels(id) });

/** `MY_POD_IP`: the pod's IP from the downward API, where a component binds its listeners. */
export const podIpEnv = (): k8s.EnvVar => ({ name: 'MY_POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
