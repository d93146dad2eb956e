import { Testing } from 'cdk8s';
import { parse } from 'yaml';
import { OtelAgent } from '../lib/collector/otel-agent';
import { agentConfig } from '../lib/collector/config';
import { Endpoint } from '../lib/common/contract/endpoint';

const self = { namespace: 'observability-agent', podPrefix: 'otel-agent', container: 'otel-collector' };
const stub = (service: string, port: number, headless = false) => new Endpoint({ service, namespace: 'obs', portName: 'x', port, podSelector: { app: service }, headless });

describe('agent config', () => {
  test('uses a debug exporter at basic verbosity for each signal without a destination', () => {
    const c = agentConfig({ clusterName: 'c', deploymentEnvironment: 'e', self, storageDirectory: '/s' });
    expect(c.exporters).toEqual({ debug: { verbosity: 'basic' } });
    for (const p of Object.values(c.service.pipelines)) expect(p.exporters).toEqual(['debug']);
  });

  test('exports each signal to the Endpoint it is given, with a persistent queue and retries', () => {
    const c = agentConfig({
      clusterName: 'c',
      deploymentEnvironment: 'e',
      self,
      storageDirectory: '/s',
      traces: stub('traces-sink', 4317),
      logs: { endpoint: stub('logs-sink', 3100), path: '/otlp' },
    });
    expect(c.exporters['otlp_grpc/traces']).toMatchObject({ endpoint: 'traces-sink.obs.svc:4317', sending_queue: { storage: 'file_storage' } });
    const lb = agentConfig({ clusterName: 'c', deploymentEnvironment: 'e', self, storageDirectory: '/s', traces: stub('gw', 4317, true) });
    expect(lb.exporters['load_balancing/traces']).toMatchObject({
      routing_key: 'traceID',
      sending_queue: { storage: 'file_storage' },
      resolver: { k8s: { service: 'gw.obs', ports: [4317], return_hostnames: true } },
    });
    expect(c.exporters['otlp_http/logs']).toMatchObject({ endpoint: 'http://logs-sink.obs.svc:3100/otlp', retry_on_failure: { enabled: true } });
    expect(c.service.pipelines.metrics.exporters).toEqual(['debug']);
  });

  test('does not read its own logs', () => {
    const c = agentConfig({ clusterName: 'c', deploymentEnvironment: 'e', self, storageDirectory: '/s' }) as any;
    const exclude: string = c.receivers.file_log.exclude[0];
    const re = new RegExp(`^${exclude.replace(/\*/g, '[^/]*')}$`);
    expect(re.test('/var/log/pods/observability-agent_otel-agent-x7k2p_0d6c/otel-collector/0.log')).toBe(true);
    expect(re.test('/var/log/pods/shop_checkout-5d9f_1a2b/app/0.log')).toBe(false);
  });
});

describe('OtelAgent', () => {
  const render = (props: Partial<ConstructorParameters<typeof OtelAgent>[2]> = {}) => {
    const chart = Testing.chart();
    new OtelAgent(chart, 'Agent', { namespace: 'observability-agent', clusterName: 'c', deploymentEnvironment: 'e', ...props });
    return Testing.synth(chart);
  };
  const daemonSet = (objs: any[]) => objs.find((o) => o.kind === 'DaemonSet');

  test('sets GOMEMLIMIT to 80% of the memory limit', () => {
    const ds = daemonSet(render({ resources: { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '1Gi' } }));
    const env = ds.spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'GOMEMLIMIT').value).toBe('819MiB');
  });

  test('a config change changes the checksum annotation, so the pods roll', () => {
    const a = daemonSet(render()).spec.template.metadata.annotations['checksum/config'];
    const b = daemonSet(render({ clusterName: 'other' })).spec.template.metadata.annotations['checksum/config'];
    expect(a).not.toBe(b);
  });

  test('runs on every node, with its priority class, the pod logs read-only', () => {
    const objs = render();
    const spec = daemonSet(objs).spec.template.spec;
    expect(spec.tolerations).toEqual([{ operator: 'Exists' }]);
    expect(objs.find((o) => o.kind === 'PriorityClass').metadata.name).toBe(spec.priorityClassName);
    expect(spec.containers[0].volumeMounts).toContainEqual({ name: 'varlogpods', mountPath: '/var/log/pods', readOnly: true });
    const svc = objs.find((o) => o.kind === 'Service');
    expect(svc.spec.internalTrafficPolicy).toBe('Local');
  });

  test('runs as root only when asked, documented for 0700 log directories', () => {
    const spec = daemonSet(render({ runAsUser: 0 })).spec.template.spec;
    expect(spec.securityContext.runAsUser).toBe(0);
    expect(spec.securityContext.runAsNonRoot).toBe(false);
    expect(spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(true);
  });

  test('takes only the trace context and the level out of a JSON line, into a field it then removes', () => {
    const ops = parse(render().find((o: any) => o.kind === 'ConfigMap').data['config.yaml']).receivers.file_log.operators;
    const json = ops.find((o: any) => o.type === 'json_parser');
    expect(json.parse_to).toBe('attributes.app_json');
    expect(ops.filter((o: any) => o.type === 'move').map((o: any) => [o.from, o.to])).toEqual([
      ['attributes.app_json.trace_id', 'attributes.trace_id'],
      ['attributes.app_json.span_id', 'attributes.span_id'],
    ]);
    expect(ops.find((o: any) => o.type === 'severity_parser').parse_from).toBe('attributes.app_json.level');
    // the rest is removed before the record leaves, after the moves and the level
    expect(ops.findIndex((o: any) => o.type === 'remove' && o.field === 'attributes.app_json')).toBeGreaterThan(ops.findIndex((o: any) => o.type === 'severity_parser'));
  });

  test('reads a log file it has never seen from its first line, and a seen one from its checkpoint', () => {
    // a new node: what a pod writes before the agent's first poll must not be skipped
    const fileLog = parse(render().find((o: any) => o.kind === 'ConfigMap').data['config.yaml']).receivers.file_log;
    expect(fileLog.start_at).toBe('beginning');
    expect(fileLog.storage).toBe('file_storage');
  });
});
