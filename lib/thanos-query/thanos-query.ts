import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Component, ComponentProps } from '../common/contract/component';
import { Endpoint } from '../common/contract/endpoint';
import { resourceRequirements } from '../common/k8s/resources';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../common/k8s/security';
import { containerPorts, httpProbe, podIpEnv, servicePorts, spreadOverZonesAndNodes } from '../common/k8s/workload';
import { checkInt, checkNonEmpty } from '../common/vocabulary/validate';
import { THANOS_QUERY } from './declaration';

/** Properties of {@link ThanosQuery}. */
export interface ThanosQueryProps extends ComponentProps {
  /** The StoreAPI (gRPC) of each replica it merges, e.g. each Thanos sidecar of a Prometheus. */
  readonly storeApis: readonly Endpoint[];
  /** The external label that tells the replicas apart: series that differ only by it are one. */
  readonly replicaLabel: string;
  /** Replicas (1 to 5): it keeps no state, any one answers. @default - the size profile's: laptop 1, production 2 */
  readonly replicas?: number;
}

/** The image's user (the Thanos image runs as nobody). */
const IMAGE_USER = { uid: 65534, gid: 65534 };

/**
 * Thanos Query: the Prometheus query API over the replicas of a highly available Prometheus,
 * each read through its sidecar's StoreAPI and merged by the replica label (`--query.replica-label`):
 * a gap in one replica is filled from the other and nothing is counted twice, which a
 * Service load-balancing over the replicas cannot do. Stateless: a Deployment, spread over
 * zones and nodes, one pod at a time out.
 */
export class ThanosQuery extends Component<ThanosQueryProps> {
  /** The Prometheus-compatible query API. */
  public readonly httpEndpoint: Endpoint;
  /** Replicas. */
  public readonly replicas: number;

  constructor(scope: Construct, id: string, props: ThanosQueryProps) {
    super(scope, id, THANOS_QUERY, props);
    const ports = THANOS_QUERY.ports;
    checkNonEmpty(`ThanosQuery 'replicaLabel'`, props.replicaLabel);
    if (!Array.isArray(props.storeApis) || props.storeApis.length === 0) throw new Error(`ThanosQuery 'storeApis' must list at least one StoreAPI endpoint, got ${JSON.stringify(props.storeApis)}`);
    this.replicas = checkInt(`ThanosQuery 'replicas'`, props.replicas ?? this.size.replicas ?? 1, 1, 5);
    const stores = props.storeApis.map((e) => this.wiring.connect(this.peer, e, 'replica series (Thanos StoreAPI, gRPC)', 'query'));
    const selector = this.peer.podSelector;
    this.httpEndpoint = this.endpoint(ports.http);

    new k8s.KubeService(this, 'Service', { metadata: this.metadata(), spec: { selector, ports: servicePorts([ports.http]) } });
    if (this.replicas > 1) {
      new k8s.KubePodDisruptionBudget(this, 'PodDisruptionBudget', { metadata: this.metadata(), spec: { selector: { matchLabels: selector }, maxUnavailable: k8s.IntOrString.fromNumber(1) } });
    }
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: this.metadata(),
      spec: {
        replicas: this.replicas,
        selector: { matchLabels: selector },
        // a new pod ready before an old one goes: queries never find none
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(0) } },
        template: {
          metadata: { labels: this.metadata(this.name, false).labels },
          spec: {
            ...this.podIdentity(false),
            ...(this.priorityClassName ? { priorityClassName: this.priorityClassName } : {}),
            securityContext: restrictedPodSecurityContext(IMAGE_USER),
            topologySpreadConstraints: spreadOverZonesAndNodes(selector),
            containers: [
              {
                name: this.name,
                image: this.image,
                imagePullPolicy: 'IfNotPresent',
                args: [
                  'query',
                  `--http-address=$(MY_POD_IP):${ports.http.port}`,
                  `--grpc-address=$(MY_POD_IP):${ports.grpc.port}`,
                  `--query.replica-label=${props.replicaLabel}`,
                  ...stores.map((e) => `--endpoint=${e.hostPort()}`),
                  '--log.format=json',
                ],
                env: [podIpEnv()],
                ports: containerPorts([ports.http, ports.grpc]),
                resources: resourceRequirements(`ThanosQuery 'resources'`, this.size),
                readinessProbe: httpProbe(ports.http, '/-/ready'),
                livenessProbe: httpProbe(ports.http, '/-/healthy'),
                securityContext: restrictedContainerSecurityContext(),
              },
            ],
          },
        },
      },
    });
  }
}
