import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { Component, ComponentProps } from '../common/contract/component';
import { resourceRequirements } from '../common/k8s/resources';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../common/k8s/security';
import { containerPorts, httpProbe, podIpEnv, servicePorts } from '../common/k8s/workload';
import { NODE_EXPORTER } from './declaration';

/** Properties of {@link NodeExporter}. */
export type NodeExporterProps = ComponentProps;

/**
 * What node-exporter needs of the host beyond the Pod Security "restricted" profile, each
 * with the reason (upstream's Kubernetes guidance: read the node, not the container). The
 * security tests allow exactly these and nothing else.
 */
export const NODE_EXPORTER_HOST_ACCESS = {
  'host namespaces': 'hostNetwork: the node\'s network interfaces and their counters (netdev, netclass), and a listener on the node\'s address; hostPID: the host\'s /proc (process and pressure counts)',
  'volume proc of type hostPath': 'the host\'s /proc, read-only: CPU, memory, load, vmstat, network statistics',
  'volume sys of type hostPath': 'the host\'s /sys, read-only: devices, thermal zones, network classes',
  'volume root of type hostPath': 'the host\'s root filesystem, read-only with HostToContainer propagation: the size and free space of every mounted filesystem',
} as const;

/** The collectors turned off: noisy, slow, or for hardware a Kubernetes node rarely has. */
export const DISABLED_COLLECTORS = ['arp', 'bonding', 'btrfs', 'fibrechannel', 'hwmon', 'infiniband', 'ipvs', 'nfs', 'nfsd', 'powersupplyclass', 'rapl', 'tapestats', 'thermal_zone', 'wifi', 'xfs', 'zfs'] as const;

/** Filesystems and mount points that are the container runtime's or virtual, not the node's disks. */
const MOUNT_POINTS_EXCLUDE = '^/(dev|proc|sys|run/containerd/.+|run/k8s\\.io/.+|var/lib/docker/.+|var/lib/kubelet/.+|var/lib/containerd/.+)($|/)';
const FS_TYPES_EXCLUDE = '^(autofs|binfmt_misc|bpf|cgroup2?|configfs|debugfs|devpts|devtmpfs|fusectl|hugetlbfs|iso9660|mqueue|nsfs|overlay|proc|procfs|pstore|rpc_pipefs|securityfs|selinuxfs|squashfs|sysfs|tracefs)$';
/** Pod-side virtual interfaces (veth pairs, CNI-made names). */
const VIRTUAL_DEVICES = '^(veth.*|cali.*|cilium.*|lxc.*|flannel.*|cni.*|[a-f0-9]{15})$';

const IMAGE_USER = { uid: 65534, gid: 65534 };

/**
 * node-exporter on every node, in the agent namespace (the one that admits host access):
 * host network and PID, the host's /proc, /sys and root filesystem read-only, as a
 * non-root user without capabilities; the collectors a Kubernetes node needs.
 */
export class NodeExporter extends Component<NodeExporterProps> {
  constructor(scope: Construct, id: string, props: NodeExporterProps) {
    super(scope, id, NODE_EXPORTER, props);
    const port = NODE_EXPORTER.ports.http;
    const selector = this.peer.podSelector;
    new k8s.KubeService(this, 'Service', {
      metadata: this.metadata(),
      spec: { selector, ports: servicePorts([port]) },
    });
    new k8s.KubeDaemonSet(this, 'DaemonSet', {
      metadata: this.metadata(),
      spec: {
        selector: { matchLabels: selector },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: k8s.IntOrString.fromString('10%') } },
        template: {
          metadata: { labels: this.metadata(this.name, false).labels },
          spec: {
            ...this.podIdentity(false),
            ...(this.priorityClassName ? { priorityClassName: this.priorityClassName } : {}),
            hostNetwork: true,
            hostPid: true,
            dnsPolicy: 'ClusterFirstWithHostNet',
            // every node, tainted ones included
            tolerations: [{ operator: 'Exists' }],
            securityContext: restrictedPodSecurityContext(IMAGE_USER),
            containers: [
              {
                name: this.name,
                image: this.image,
                imagePullPolicy: 'IfNotPresent',
                args: [
                  // the node's address only (hostNetwork: the pod IP is the node's)
                  `--web.listen-address=$(MY_POD_IP):${port.port}`,
                  '--path.procfs=/host/proc',
                  '--path.sysfs=/host/sys',
                  '--path.rootfs=/host/root',
                  '--path.udev.data=/host/root/run/udev/data',
                  ...DISABLED_COLLECTORS.map((c) => `--no-collector.${c}`),
                  `--collector.filesystem.mount-points-exclude=${MOUNT_POINTS_EXCLUDE}`,
                  `--collector.filesystem.fs-types-exclude=${FS_TYPES_EXCLUDE}`,
                  `--collector.netclass.ignored-devices=${VIRTUAL_DEVICES}`,
                  `--collector.netdev.device-exclude=${VIRTUAL_DEVICES}`,
                ],
                env: [podIpEnv()],
                ports: containerPorts([port]),
                resources: resourceRequirements(`NodeExporter 'resources'`, this.size),
                livenessProbe: httpProbe(port, '/'),
                readinessProbe: httpProbe(port, '/'),
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: [
                  { name: 'proc', mountPath: '/host/proc', readOnly: true },
                  { name: 'sys', mountPath: '/host/sys', readOnly: true },
                  { name: 'root', mountPath: '/host/root', readOnly: true, mountPropagation: 'HostToContainer' },
                ],
              },
            ],
            volumes: [
              { name: 'proc', hostPath: { path: '/proc' } },
              { name: 'sys', hostPath: { path: '/sys' } },
              { name: 'root', hostPath: { path: '/' } },
            ],
          },
        },
      },
    });
  }
}
