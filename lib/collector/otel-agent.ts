import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Component, ComponentProps } from '../common/contract/component';
import { Endpoint, HttpDestination, destinations } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { goMemLimit, resourceRequirements } from '../common/k8s/resources';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../common/k8s/security';
import { checkInt, checkNonEmpty } from '../common/vocabulary/validate';
import { containerPorts, httpProbe, podIpEnv, servicePorts } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { agentConfig } from './config';
import { OTEL_AGENT } from './declaration';
import { COLLECTOR_PORTS } from './ports';

/** Properties of {@link OtelAgent}. */
export interface OtelAgentProps extends ComponentProps {
  /** `k8s.cluster.name` on every signal. */
  readonly clusterName: string;
  /** `deployment.environment.name` on every signal the SDK did not label. */
  readonly deploymentEnvironment: string;
  /** Where traces go (OTLP gRPC), e.g. the gateway or Tempo. @default - a `debug` exporter */
  readonly traces?: Endpoint;
  /** Where logs go (OTLP/HTTP), e.g. Loki. @default - a `debug` exporter */
  readonly logs?: HttpDestination;
  /** Where metrics go (OTLP/HTTP), e.g. Prometheus; several: every point to each (the replicas of a highly available Prometheus). @default - a `debug` exporter */
  readonly metrics?: HttpDestination | readonly HttpDestination[];
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
   * The priority of the agent's pods, so that node pressure does not evict them first.
   * @default 1000000
   */
  readonly priority?: number;
}

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
export class OtelAgent extends Component<OtelAgentProps> {
  /** OTLP gRPC intake for applications (node-local through the Service). */
  public readonly otlpGrpcEndpoint: Endpoint;
  /** OTLP/HTTP intake for applications (node-local through the Service). */
  public readonly otlpHttpEndpoint: Endpoint;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: OtelAgentProps) {
    super(scope, id, OTEL_AGENT, props, { external: [{ ports: [443, 6443], purpose: 'Kubernetes API (k8s_attributes)', destination: 'the Kubernetes API server' }] });
    checkNonEmpty(`OtelAgent 'clusterName'`, props.clusterName);
    checkNonEmpty(`OtelAgent 'deploymentEnvironment'`, props.deploymentEnvironment);
    const runAsUser = checkInt(`OtelAgent 'runAsUser'`, props.runAsUser ?? IMAGE_USER.uid, 0);
    const hostStateDirectory = props.hostStateDirectory ?? STATE_DIR;
    if (!hostStateDirectory.startsWith('/')) {
      throw new Error(`OtelAgent 'hostStateDirectory' must be an absolute path, got '${hostStateDirectory}'`);
    }
    const priority = checkInt(`OtelAgent 'priority'`, props.priority ?? 1000000, 0, 1000000000);
    const selector = this.peer.podSelector;
    const wiring = this.wiring;
    const ns = this.namespace;
    const NAME = this.name;
    const PORTS = COLLECTOR_PORTS;

    const config = agentConfig({
      clusterName: props.clusterName,
      deploymentEnvironment: props.deploymentEnvironment,
      self: { namespace: ns, podPrefix: NAME, container: CONTAINER },
      storageDirectory: `${STATE_DIR}/file_storage`,
      traces: props.traces && wiring.connect(this.peer, props.traces, props.traces.headless ? 'traces by trace ID (load balancing, OTLP gRPC)' : 'traces (OTLP gRPC)'),
      logs: props.logs && { ...props.logs, endpoint: wiring.connect(this.peer, props.logs.endpoint, 'logs (OTLP/HTTP)') },
      metrics: destinations(props.metrics).map((d) => ({ ...d, endpoint: wiring.connect(this.peer, d.endpoint, 'metrics (OTLP/HTTP)') })),
    });
    this.configYaml = toYaml(deepMerge(config, props.overrides));

    this.otlpGrpcEndpoint = this.endpoint(PORTS.otlpGrpc, 'grpc');
    this.otlpHttpEndpoint = this.endpoint(PORTS.otlpHttp);

    const cm = this.configMap('Config', `${NAME}-config`, { 'config.yaml': this.configYaml });

    const identity = this.podIdentity(true);
    // k8s_attributes: pod metadata on this node, namespace and node metadata; no
    // ReplicaSet watch because deployment_name_from_replicaset derives the Deployment
    this.clusterRole([{ apiGroups: [''], resources: ['namespaces', 'nodes', 'pods'], verbs: ['get', 'list', 'watch'] }]);
    if (props.traces?.headless) {
      // the load_balancing exporter's k8s resolver watches the gateway's EndpointSlices: exactly that, in that namespace
      const resolver = `${NAME}-resolver`;
      const where = { ...this.metadata(resolver, false), namespace: props.traces.namespace };
      new k8s.KubeRole(this, 'ResolverRole', {
        metadata: where,
        rules: [{ apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] }],
      });
      new k8s.KubeRoleBinding(this, 'ResolverRoleBinding', {
        metadata: where,
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: resolver },
        subjects: [{ kind: 'ServiceAccount', name: NAME, namespace: ns }],
      });
    }
    new k8s.KubePriorityClass(this, 'PriorityClass', {
      metadata: this.metadata(NAME, false),
      value: priority,
      description: 'Node agents of the observability stack: evicted after ordinary workloads under node pressure',
    });

    const ports = [PORTS.otlpGrpc, PORTS.otlpHttp, PORTS.metrics, PORTS.health];
    new k8s.KubeService(this, 'Service', {
      metadata: this.metadata(),
      spec: {
        selector,
        // applications reach the agent on their own node
        internalTrafficPolicy: 'Local',
        ports: servicePorts([
          { ...PORTS.otlpGrpc, appProtocol: 'grpc' },
          PORTS.otlpHttp,
          PORTS.metrics,
        ]),
      },
    });

    new k8s.KubeDaemonSet(this, 'DaemonSet', {
      metadata: this.metadata(),
      spec: {
        selector: { matchLabels: selector },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: this.metadata(NAME, false).labels, annotations: this.podAnnotations(cm) },
          spec: {
            ...identity,
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
                image: this.helperImage('busybox'),
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
                image: this.image,
                imagePullPolicy: 'IfNotPresent',
                args: [`--config=${CONFIG_DIR}/config.yaml`],
                ports: containerPorts(ports),
                env: [
                  podIpEnv(),
                  { name: 'K8S_NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
                  { name: 'GOMEMLIMIT', value: goMemLimit(this.size.memoryLimit) },
                ],
                resources: resourceRequirements(`OtelAgent 'resources'`, this.size),
                livenessProbe: httpProbe(PORTS.health, '/'),
                readinessProbe: httpProbe(PORTS.health, '/'),
                securityContext: { ...restrictedContainerSecurityContext(), runAsNonRoot: runAsUser !== 0 },
                volumeMounts: [
                  { name: 'config', mountPath: CONFIG_DIR, readOnly: true },
                  { name: 'varlogpods', mountPath: '/var/log/pods', readOnly: true },
                  { name: 'state', mountPath: STATE_DIR },
                ],
              },
            ],
            volumes: [
              { name: 'config', configMap: { name: cm.name } },
              { name: 'varlogpods', hostPath: { path: '/var/log/pods', type: 'Directory' } },
              { name: 'state', hostPath: { path: hostStateDirectory, type: 'DirectoryOrCreate' } },
            ],
          },
        },
      },
    });
  }
}
