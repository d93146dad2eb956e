import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Endpoint, HttpDestination } from '../common/endpoint';
import { ConfigOverrides, deepMerge } from '../common/merge';
import { NAMES } from '../common/names';
import { IMAGES, imageRef } from '../common/images';
import { ComponentIdentity, selectorLabels } from '../common/labels';
import { PORTS } from '../common/ports';
import { ContainerResources, goMemLimit, resourceRequirements } from '../common/resources';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../common/security';
import { checkDnsLabel, checkInt, checkNonEmpty } from '../common/validate';
import { Peer, Wiring } from '../common/wiring';
import { configMap, containerPorts, endpointOf, httpProbe, metadata, podIpEnv, servicePorts } from '../common/workload';
import { toYaml } from '../common/yaml';
import { agentConfig } from './config';

/** Properties of {@link OtelAgent}. */
export interface OtelAgentProps {
  /** The namespace of the agent. Its pods mount hostPaths, so it enforces the `privileged` Pod Security level. */
  readonly namespace: string;
  /** `k8s.cluster.name` on every signal. */
  readonly clusterName: string;
  /** `deployment.environment.name` on every signal the SDK did not label. */
  readonly deploymentEnvironment: string;
  /** Where traces go (OTLP gRPC), e.g. the gateway or Tempo. @default - a `debug` exporter */
  readonly traces?: Endpoint;
  /** Where logs go (OTLP/HTTP), e.g. Loki. @default - a `debug` exporter */
  readonly logs?: HttpDestination;
  /** Where metrics go (OTLP/HTTP), e.g. Prometheus. @default - a `debug` exporter */
  readonly metrics?: HttpDestination;
  /**
   * Container resources. `GOMEMLIMIT` is set to 80% of the memory limit.
   * @default - 200m CPU and 256Mi requested, 512Mi limit
   */
  readonly resources?: ContainerResources;
  /** A registry that mirrors the upstream images. @default - the upstream repositories */
  readonly imageRegistry?: string;
  /**
   * The user the collector runs as. The default, the image's user, reads containerd's
   * `0640 root:root` pod logs through the supplemental group 0. Distributions whose log
   * directories are `0700` (Talos, older cri-o) need 0.
   * @default 10001
   */
  readonly runAsUser?: number;
  /**
   * The node directory that keeps log checkpoints and the persistent sending queues.
   * @default '/var/lib/otelcol'
   */
  readonly hostStateDirectory?: string;
  /**
   * Extra config deep-merged into the generated one, for keys the construct does not model
   * (objects merge, lists and scalars replace, null removes). Checked against the pinned
   * version's keys at synth like the rest.
   * @default - none
   */
  readonly overrides?: ConfigOverrides;
  /**
   * The priority of the agent's pods, so that node pressure does not evict them first.
   * @default 1000000
   */
  readonly priority?: number;
}

const NAME = NAMES.agent;
const CONTAINER = 'otel-collector';
const CONFIG_DIR = '/conf';
const STATE_DIR = '/var/lib/otelcol';
const IMAGE_USER = { uid: 10001, gid: 10001 };
const HELPER_IMAGE_USER = 0;

/**
 * The OpenTelemetry Collector as a node agent (DaemonSet): OTLP intake for applications on
 * the node through a Service with `internalTrafficPolicy: Local`, pod logs from
 * `/var/log/pods`, Kubernetes metadata on every signal.
 */
export class OtelAgent extends Construct {
  /** The labels and version of the agent. */
  public static readonly IDENTITY: ComponentIdentity = { name: NAME, component: 'agent', version: IMAGES.otelcol.tag };

  /** OTLP gRPC intake for applications (node-local through the Service). */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** OTLP/HTTP intake for applications (node-local through the Service). */
  public readonly otlpHttpEndpoint: Endpoint;
  /** The collector's own metrics, for Prometheus. */
  public readonly metricsEndpoint: Endpoint;
  /** The agent's pods, as a peer of the connections they open. */
  public readonly peer: Peer;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: OtelAgentProps) {
    super(scope, id);
    const ns = checkDnsLabel(`OtelAgent 'namespace'`, props.namespace);
    checkNonEmpty(`OtelAgent 'clusterName'`, props.clusterName);
    checkNonEmpty(`OtelAgent 'deploymentEnvironment'`, props.deploymentEnvironment);
    const resources = props.resources ?? { cpuRequest: '200m', memoryRequest: '256Mi', memoryLimit: '512Mi' };
    const runAsUser = checkInt(`OtelAgent 'runAsUser'`, props.runAsUser ?? IMAGE_USER.uid, 0);
    const hostStateDirectory = props.hostStateDirectory ?? STATE_DIR;
    if (!hostStateDirectory.startsWith('/')) {
      throw new Error(`OtelAgent 'hostStateDirectory' must be an absolute path, got '${hostStateDirectory}'`);
    }
    const priority = checkInt(`OtelAgent 'priority'`, props.priority ?? 1000000, 0, 1000000000);
    const identity = OtelAgent.IDENTITY;
    const selector = selectorLabels(identity);

    this.peer = { name: NAME, namespace: ns, podSelector: selector };
    const wiring = Wiring.of(this);
    wiring.register({ peer: this.peer });
    wiring.external(this.peer, [443, 6443], 'Kubernetes API (k8s_attributes)');
    const config = agentConfig({
      clusterName: props.clusterName,
      deploymentEnvironment: props.deploymentEnvironment,
      self: { namespace: ns, podPrefix: NAME, container: CONTAINER },
      storageDirectory: `${STATE_DIR}/file_storage`,
      traces: props.traces && wiring.connect(this.peer, props.traces, 'traces (OTLP gRPC)'),
      logs: props.logs && { ...props.logs, endpoint: wiring.connect(this.peer, props.logs.endpoint, 'logs (OTLP/HTTP)') },
      metrics: props.metrics && {
        ...props.metrics,
        endpoint: wiring.connect(this.peer, props.metrics.endpoint, 'metrics (OTLP/HTTP)'),
      },
    });
    this.configYaml = toYaml(deepMerge(config, props.overrides));

    this.otlpGrpcEndpoint = endpointOf(identity, NAME, ns, PORTS.otlpGrpc, 'grpc');
    this.otlpHttpEndpoint = endpointOf(identity, NAME, ns, PORTS.otlpHttp);
    this.metricsEndpoint = endpointOf(identity, NAME, ns, PORTS.collectorMetrics);

    const cm = configMap(this, identity, `${NAME}-config`, ns, { 'config.yaml': this.configYaml });

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: metadata(identity, NAME, ns) });
    new k8s.KubeClusterRole(this, 'ClusterRole', {
      metadata: metadata(identity, NAME),
      // k8s_attributes: pod metadata on this node, namespace and node metadata; no
      // ReplicaSet watch because deployment_name_from_replicaset derives the Deployment
      rules: [{ apiGroups: [''], resources: ['namespaces', 'nodes', 'pods'], verbs: ['get', 'list', 'watch'] }],
    });
    new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: metadata(identity, NAME),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: NAME },
      subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: ns }],
    });
    new k8s.KubePriorityClass(this, 'PriorityClass', {
      metadata: metadata(identity, NAME),
      value: priority,
      globalDefault: false,
      description: 'Node agents of the observability stack: evicted after ordinary workloads under node pressure',
    });

    const ports = [PORTS.otlpGrpc, PORTS.otlpHttp, PORTS.collectorMetrics, PORTS.collectorHealth];
    new k8s.KubeService(this, 'Service', {
      metadata: metadata(identity, NAME, ns),
      spec: {
        selector,
        // applications reach the agent on their own node
        internalTrafficPolicy: 'Local',
        ports: servicePorts([
          { ...PORTS.otlpGrpc, appProtocol: 'grpc' },
          PORTS.otlpHttp,
          PORTS.collectorMetrics,
        ]),
      },
    });

    new k8s.KubeDaemonSet(this, 'DaemonSet', {
      metadata: metadata(identity, NAME, ns),
      spec: {
        selector: { matchLabels: selector },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: metadata(identity, NAME).labels, annotations: cm.annotations },
          spec: {
            serviceAccountName: NAME,
            priorityClassName: NAME,
            // run on every node, tainted ones included
            tolerations: [{ operator: 'Exists' }],
            terminationGracePeriodSeconds: 30,
            securityContext: {
              ...restrictedPodSecurityContext({ uid: runAsUser, gid: IMAGE_USER.gid }, [0]),
              runAsNonRoot: runAsUser !== 0,
            },
            initContainers: [
              {
                // the collector image has no shell: a one-shot helper hands the node
                // directory to the collector's user
                name: 'state-dir-owner',
                image: imageRef('busybox', props.imageRegistry),
                command: ['sh', '-c', `mkdir -p ${STATE_DIR}/file_storage && chown -R ${runAsUser}:${IMAGE_USER.gid} ${STATE_DIR}`],
                securityContext: {
                  runAsUser: HELPER_IMAGE_USER,
                  runAsNonRoot: false,
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'], add: ['CHOWN'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                resources: resourceRequirements(`OtelAgent 'resources'`, { cpuRequest: '10m', memoryRequest: '16Mi', memoryLimit: '32Mi' }),
                volumeMounts: [{ name: 'state', mountPath: STATE_DIR }],
              },
            ],
            containers: [
              {
                name: CONTAINER,
                image: imageRef('otelcol', props.imageRegistry),
                imagePullPolicy: 'IfNotPresent',
                args: [`--config=${CONFIG_DIR}/config.yaml`],
                ports: containerPorts(ports),
                env: [
                  podIpEnv(),
                  { name: 'K8S_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
                  { name: 'GOMEMLIMIT', value: goMemLimit(resources.memoryLimit) },
                ],
                resources: resourceRequirements(`OtelAgent 'resources'`, resources),
                livenessProbe: httpProbe(PORTS.collectorHealth, '/'),
                readinessProbe: httpProbe(PORTS.collectorHealth, '/'),
                securityContext: { ...restrictedContainerSecurityContext(), runAsNonRoot: runAsUser !== 0 },
                volumeMounts: [
                  { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
                  { name: 'varlogpods', mountPath: '/var/log/pods', readOnly: true },
                  { name: 'state', mountPath: STATE_DIR },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name: cm.configMap.name } },
              { name: 'varlogpods', hostPath: { path: '/var/log/pods', type: 'Directory' } },
              { name: 'state', hostPath: { path: hostStateDirectory, type: 'DirectoryOrCreate' } },
            ],
          },
        },
      },
    });
  }
}
