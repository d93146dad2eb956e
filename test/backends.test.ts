import { parse } from 'yaml';
import { StackProps } from '../lib/stack/stack';
import { renderStack } from '../lib/output/synth';
import { validateRendered } from '../lib/output/validation';
import { parseEnvironment } from '../lib/output/validation/types';
import { buildApp } from './helpers';

const s3: StackProps = {
  name: 's3',
  clusterName: 'prod-1',
  deploymentEnvironment: 'production',
  tempo: { storage: { type: 's3', bucket: 'traces', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', credentialsSecret: { name: 'tempo-s3' } } },
  loki: { storage: { type: 's3', bucket: 'logs', endpoint: 'minio.storage.svc:9000', region: 'us-east-1', insecure: true, credentialsSecret: { name: 'loki-s3', accessKeyIdKey: 'user', secretAccessKeyKey: 'password' } } },
};
const [stack] = buildApp([s3]).stacks;
const files = renderStack(stack);
const env = parseEnvironment('s3', files);
const doc = (kind: string, name: string) => env.objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)!.doc;
const config = (key: string) => env.configs.find((c) => c.key === key)!.parsed;

describe('S3 storage', () => {
  test('passes every output check', () => {
    expect(validateRendered('s3', files).filter((f) => f.level === 'error')).toEqual([]);
  });

  test('Tempo: blocks in the bucket, credentials only as env references fed by the Secret', () => {
    expect(config('tempo.yaml').storage.trace).toMatchObject({
      backend: 's3',
      s3: { bucket: 'traces', endpoint: 's3.eu-west-1.amazonaws.com', region: 'eu-west-1', access_key: '${S3_ACCESS_KEY_ID}', secret_key: '${S3_SECRET_ACCESS_KEY}' },
      wal: { path: '/var/tempo/wal' },
    });
    const c = doc('StatefulSet', 'tempo').spec.template.spec.containers[0];
    expect(c.args).toContain('-config.expand-env=true');
    expect(c.env).toEqual([
      { name: 'S3_ACCESS_KEY_ID', valueFrom: { secretKeyRef: { name: 'tempo-s3', key: 'AWS_ACCESS_KEY_ID' } } },
      { name: 'S3_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'tempo-s3', key: 'AWS_SECRET_ACCESS_KEY' } } },
    ]);
  });

  test('Loki: chunks, index and delete requests in the bucket, the WAL on the PVC', () => {
    const c = config('loki.yaml');
    expect(c.common.storage.s3).toMatchObject({ bucketnames: 'logs', endpoint: 'minio.storage.svc:9000', insecure: true, secret_access_key: '${S3_SECRET_ACCESS_KEY}' });
    expect(c.schema_config.configs[0].object_store).toBe('s3');
    expect(c.compactor.delete_request_store).toBe('s3');
    expect(c.ingester.wal.dir).toBe('/var/loki/wal');
    const e = doc('StatefulSet', 'loki').spec.template.spec.containers[0].env;
    expect(e.find((x: any) => x.name === 'GOMEMLIMIT').value).toBe('3686MiB');
    expect(e.filter((x: any) => x.valueFrom?.secretKeyRef).map((x: any) => x.valueFrom.secretKeyRef)).toEqual([{ name: 'loki-s3', key: 'user' }, { name: 'loki-s3', key: 'password' }]);
  });

  test('egress to the object store is allowed on its port only', () => {
    const tempo = doc('NetworkPolicy', 'tempo-egress').spec.egress;
    const loki = doc('NetworkPolicy', 'loki-egress').spec.egress;
    expect(tempo[tempo.length - 1]).toEqual({ ports: [{ protocol: 'TCP', port: 443 }] });
    expect(loki[loki.length - 1]).toEqual({ ports: [{ protocol: 'TCP', port: 9000 }] });
  });

  test('no credential value anywhere in the output', () => {
    expect(Object.values(files).join('\n')).not.toMatch(/secret_key: (?!\$\{)/);
  });
});

describe('defaults', () => {
  const [dev] = buildApp().stacks;
  const devEnv = parseEnvironment('dev', renderStack(dev));
  const cfg = (key: string) => devEnv.configs.find((c) => c.key === key)!.parsed;

  test('Loki indexes no per-pod attribute and keeps structured metadata', () => {
    const c = cfg('loki.yaml');
    expect(c.distributor.otlp_config.default_resource_attributes_as_index_labels).not.toEqual(expect.arrayContaining(['k8s.pod.name']));
    expect(c.distributor.otlp_config.default_resource_attributes_as_index_labels).not.toContain('service.instance.id');
    expect(c.limits_config.allow_structured_metadata).toBe(true);
    expect(c.schema_config.configs[0]).toMatchObject({ store: 'tsdb', schema: 'v13', index: { period: '24h' } });
    expect(c.compactor).toMatchObject({ retention_enabled: true, delete_request_store: 'filesystem' });
  });

  test('Loki passes query answers larger than gRPC\'s 4 MiB default between its modules', () => {
    const c = cfg('loki.yaml');
    const limit = 4 * 1024 * 1024;
    expect(c.server.grpc_server_max_recv_msg_size).toBeGreaterThan(limit);
    expect(c.server.grpc_server_max_send_msg_size).toBeGreaterThan(limit);
    expect(c.frontend_worker.grpc_client_config.max_recv_msg_size).toBe(c.server.grpc_server_max_recv_msg_size);
    expect(c.frontend_worker.grpc_client_config.max_send_msg_size).toBe(c.server.grpc_server_max_send_msg_size);
  });

  test('Prometheus keeps at most 85% of its volume and the configured time', () => {
    const c = cfg('prometheus.yml');
    expect(c.storage.tsdb.retention).toEqual({ time: '7d', size: '4352MB' });
    expect(c.global.external_labels).toEqual({ cluster: 'dev', environment: 'development' });
    expect(c.rule_files).toEqual(['/etc/prometheus/rules/*.yaml']);
  });

  test('Tempo generates service graphs only (it sees sampled traces: RED metrics come from the gateway), with exemplars, into Prometheus', () => {
    const c = cfg('tempo.yaml');
    expect(c.overrides.defaults.metrics_generator.processors).toEqual(['service-graphs']);
    expect(c.metrics_generator.storage.remote_write).toEqual([{ url: 'http://prometheus.observability.svc:9090/api/v1/write', send_exemplars: true }]);
    const prom = devEnv.objects.find((o) => o.doc.kind === 'StatefulSet' && o.doc.metadata.name === 'prometheus')!.doc;
    expect(prom.spec.template.spec.containers[0].args).toEqual(
      expect.arrayContaining(['--web.enable-remote-write-receiver', '--web.enable-otlp-receiver', '--enable-feature=exemplar-storage']),
    );
    void parse;
  });
});

describe('HA monolithic Loki (production)', () => {
  const loki = config('loki.yaml');
  const sts = doc('StatefulSet', 'loki');
  const peers = ['loki-0', 'loki-1', 'loki-2'].map((p) => `${p}.loki-peers.${s3.namespace ?? 'observability'}.svc:7946`);

  test('3 replicas, every stream on 3 of them, the ring gossiped between the replicas by their own names', () => {
    expect(sts.spec.replicas).toBe(3);
    expect(loki.common).toMatchObject({ replication_factor: 3, instance_addr: '${MY_POD_IP}', ring: { kvstore: { store: 'memberlist' } } });
    expect(loki.memberlist).toEqual({ join_members: peers, bind_port: 7946, cluster_label: 'loki' });
    expect(sts.spec.template.spec.containers[0].env).toContainEqual({ name: 'MY_POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
    expect(loki.ingester.wal).toMatchObject({ enabled: true, flush_on_shutdown: true });
  });

  test('each replica has a DNS name before it is ready, one goes at a time, spread over zones and nodes', () => {
    expect(sts.spec.serviceName).toBe('loki-peers');
    const svc = doc('Service', 'loki-peers');
    expect(svc.spec).toMatchObject({ clusterIP: 'None', publishNotReadyAddresses: true });
    expect(svc.spec.ports.map((p: any) => p.port).sort()).toEqual([7946, 9095]);
    expect(doc('PodDisruptionBudget', 'loki').spec.maxUnavailable).toBe(1);
    expect(sts.spec.updateStrategy).toEqual({ type: 'RollingUpdate' });
    expect(sts.spec.template.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    // the client Service stays one address for the collectors and Grafana
    expect(doc('Service', 'loki').spec.clusterIP).toBeUndefined();
  });

  test('the replicas may reach each other on the ring and gRPC ports, and nothing else may', () => {
    const policy = doc('NetworkPolicy', 'loki-peers-ingress');
    const from = policy.spec.ingress.map((r: any) => [r.from[0].podSelector.matchLabels['app.kubernetes.io/name'], r.ports[0].port]);
    expect(from.sort()).toEqual([['loki', 7946], ['loki', 9095]]);
  });

  test('laptop: one replica, its ring in memory', () => {
    const [laptop] = buildApp([{ name: 'laptop', clusterName: 'l', deploymentEnvironment: 'd', size: 'laptop' }]).stacks;
    const lenv = parseEnvironment('laptop', renderStack(laptop));
    const l = lenv.configs.find((c) => c.key === 'loki.yaml')!.parsed;
    expect(l.common).toMatchObject({ replication_factor: 1, ring: { kvstore: { store: 'inmemory' } } });
    expect(l.memberlist).toBeUndefined();
    expect(lenv.objects.find((o) => o.doc.kind === 'StatefulSet' && o.doc.metadata.name === 'loki')!.doc.spec.replicas).toBe(1);
  });
});
