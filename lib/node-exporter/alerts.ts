import { AlertDefinition, flat } from '../common/contract/alert-definitions';

/** The nodes' filesystems and memory, from node-exporter. */
export const NODE_EXPORTER_ALERTS = (): AlertDefinition[] => [
  {
    alert: 'NodeFilesystemFillingUp',
    group: 'cluster',
    severity: 'ticket',
    expr:
      '(max by (node, device, mountpoint) (node_filesystem_avail_bytes{fstype!=""}) / max by (node, device, mountpoint) (node_filesystem_size_bytes{fstype!=""}) < 0.15) ' +
      'and on (node, device, mountpoint) (max by (node, device, mountpoint) (predict_linear(node_filesystem_avail_bytes{fstype!=""}[6h], 24 * 3600)) < 0) ' +
      'and on (node, device, mountpoint) (max by (node, device, mountpoint) (node_filesystem_readonly{fstype!=""}) == 0)',
    for: '1h',
    summary: 'Filesystem {{ $labels.mountpoint }} of node {{ $labels.node }} is over 85% full and fills within a day',
    description: 'Less than 15% of the filesystem is free, and at the rate of the last 6 hours it is full within 24 hours. The kubelet starts evicting pods when its own thresholds are crossed.',
    test: {
      firing: [
        { series: 'node_filesystem_size_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(100e9, 150) },
        { series: 'node_filesystem_avail_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: `20e9-1e8x150` },
        { series: 'node_filesystem_readonly{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(0, 150) },
      ],
      healthy: [
        { series: 'node_filesystem_size_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(100e9, 150) },
        { series: 'node_filesystem_avail_bytes{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(10e9, 150) },
        { series: 'node_filesystem_readonly{node="node-a",device="/dev/nvme0n1p1",mountpoint="/",fstype="ext4"}', values: flat(0, 150) },
      ],
      at: '130m',
      labels: [{ node: 'node-a', device: '/dev/nvme0n1p1', mountpoint: '/' }],
    },
  },
  {
    alert: 'NodeMemoryHighUtilization',
    group: 'cluster',
    severity: 'ticket',
    expr: '100 * (1 - max by (node) (node_memory_MemAvailable_bytes) / max by (node) (node_memory_MemTotal_bytes)) > 90',
    for: '15m',
    summary: 'Node {{ $labels.node }} has used over 90% of its memory for 15 minutes',
    description: 'Less than 10% of the node\'s memory has been available for 15 minutes: the kernel reclaims caches and the kubelet may soon evict pods.',
    test: {
      firing: [
        { series: 'node_memory_MemTotal_bytes{node="node-a"}', values: flat(16e9) },
        { series: 'node_memory_MemAvailable_bytes{node="node-a"}', values: flat(1e9) },
      ],
      healthy: [
        { series: 'node_memory_MemTotal_bytes{node="node-a"}', values: flat(16e9) },
        { series: 'node_memory_MemAvailable_bytes{node="node-a"}', values: flat(2e9) },
      ],
      at: '30m',
      labels: [{ node: 'node-a' }],
    },
  },
];
