/**
 * Production's Prometheus is two identical replicas: each scrapes everything, evaluates every
 * rule and sends every alert to each Alertmanager peer (without its replica label, so the
 * two alerts are one); every pushed point goes to each; a Thanos sidecar beside each serves
 * its series over the StoreAPI, and Thanos Query merges the replicas by their replica label
 * for Grafana. The pinned prometheus and thanos, run with the rendered args and the rendered
 * global and alerting config, give one series per target through the query layer, and keep
 * answering with one replica stopped.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { IMAGES } from '../lib/common/k8s/images';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup } from './helpers';

const envs = Object.fromEntries(buildApp(ENVIRONMENTS).stacks.map((s) => [s.envName, parseEnvironment(s.envName, renderStack(s))]));
const obj = (env: string, kind: string, name: string) => envs[env].objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)?.doc;
const prometheusConfig = (env: string) => parse(obj(env, 'ConfigMap', 'prometheus-config').data['prometheus.yml']);
const containers = (env: string): any[] => obj(env, 'StatefulSet', 'prometheus').spec.template.spec.containers;

describe('the highly available Prometheus of production', () => {
  const sts = obj('prod', 'StatefulSet', 'prometheus');

  test('2 replicas under a headless peers Service, spread, one at a time disrupted', () => {
    expect([sts.spec.replicas, sts.spec.serviceName, obj('prod', 'Service', 'prometheus-peers').spec.clusterIP]).toEqual([2, 'prometheus-peers', 'None']);
    expect(sts.spec.template.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    expect(obj('prod', 'PodDisruptionBudget', 'prometheus').spec.maxUnavailable).toBe(1);
  });

  test('each replica is labelled by its pod name, and its alerts leave without that label', () => {
    const c = prometheusConfig('prod');
    expect(c.global.external_labels.prometheus_replica).toBe('${POD_NAME}');
    expect(containers('prod')[0].env).toEqual([{ name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }]);
    expect(c.alerting.alert_relabel_configs).toEqual([{ action: 'labeldrop', regex: 'prometheus_replica' }]);
  });

  test('every pushed point goes to each replica: the collectors and Tempo name both', () => {
    const replicas = [0, 1].map((i) => `prometheus-${i}.prometheus-peers.observability.svc:9090`);
    for (const name of ['otel-gateway-config', 'otel-agent-config']) {
      const cm = envs.prod.objects.find((o) => o.doc.kind === 'ConfigMap' && o.doc.metadata.name === name)!.doc;
      const config = parse(cm.data['config.yaml']);
      const hosts = config.service.pipelines.metrics.exporters.map((e: string) => new URL(config.exporters[e].endpoint).host);
      expect([name, hosts]).toEqual([name, replicas]);
    }
    const tempo = parse(obj('prod', 'ConfigMap', 'tempo-config').data['tempo.yaml']);
    expect(tempo.metrics_generator.storage.remote_write.map((w: any) => new URL(w.url).host)).toEqual(replicas);
  });

  test('Grafana reads the merged view of Thanos Query, never one replica', () => {
    const query = obj('prod', 'Deployment', 'thanos-query');
    const args: string[] = query.spec.template.spec.containers[0].args;
    expect(args.filter((a) => a.startsWith('--endpoint='))).toEqual([0, 1].map((i) => `--endpoint=prometheus-${i}.prometheus-peers.observability.svc:10901`));
    expect(args).toContain('--query.replica-label=prometheus_replica');
    const ds = parse(obj('prod', 'ConfigMap', 'grafana-datasources').data['datasources.yaml']);
    expect(ds.datasources.find((d: any) => d.type === 'prometheus').url).toBe('http://thanos-query.observability.svc:10902');
  });

  test('the laptop profile: one replica, no sidecar, no query layer', () => {
    expect([obj('dev', 'StatefulSet', 'prometheus').spec.replicas, containers('dev').length, obj('dev', 'Deployment', 'thanos-query')]).toEqual([1, 1, undefined]);
    expect(prometheusConfig('dev').global.external_labels.prometheus_replica).toBeUndefined();
  });
});

const THANOS = path.join(path.dirname(path.dirname(BINARIES.prometheus)), `thanos-${IMAGES.thanos.tag.replace(/^v/, '')}`, 'thanos');
const runnable = fs.existsSync(THANOS) && fs.existsSync(BINARIES.prometheus);
if (!runnable && process.env.CONFORMANCE !== '1') console.warn(`the Prometheus HA run is skipped: ${THANOS} is not built (npm run tools)`);

(runnable || process.env.CONFORMANCE === '1' ? describe : describe.skip)('the pinned prometheus and thanos with these args', () => {
  const procs: ChildProcess[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prometheus-ha-'));
  const base = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
  const pods = [0, 1].map((i) => ({ name: `prometheus-${i}`, ip: `${base}${10 + i}` }));
  const queryIp = `${base}20`;
  // every process ends by itself within 150 s, whatever happens to the test
  const logs: string[] = [];
  const run = (name: string, env: Record<string, string>, bin: string, args: string[]) => {
    const log = path.join(dir, `${name}.log`);
    logs.push(log);
    const out = fs.openSync(log, 'w');
    const p = spawn('timeout', ['150', bin, ...args], { stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    procs.push(p);
    return p;
  };
  // what each process said, for a failure's message
  const tails = () => logs.map((l) => `${path.basename(l)}:\n${fs.readFileSync(l, 'utf8').split('\n').slice(-8).join('\n')}`).join('\n');
  afterAll(() => {
    for (const p of procs) stopGroup(p);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const query = async (q: string): Promise<any[] | undefined> => {
    try {
      const r: any = await (await fetch(`http://${queryIp}:10902/api/v1/query?query=${encodeURIComponent(q)}&dedup=true`)).json();
      return r.status === 'success' ? r.data.result : undefined;
    } catch {
      return undefined;
    }
  };
  const until = async (f: () => Promise<boolean>, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) if (await f()) return true;
    return false;
  };

  test('both replicas scrape both targets; through the query layer each target is one series, with or without a replica', async () => {
    const rendered = prometheusConfig('prod');
    const [prometheus, sidecar] = containers('prod');
    const queryArgs: string[] = obj('prod', 'Deployment', 'thanos-query').spec.template.spec.containers[0].args;
    // the rendered global and alerting config; the scrape jobs need a cluster, so here each scrapes both replicas
    const config = { global: { ...rendered.global, scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' }, alerting: { alert_relabel_configs: rendered.alerting.alert_relabel_configs }, scrape_configs: [{ job_name: 'prometheus', static_configs: [{ targets: pods.map((p) => `${p.ip}:9090`) }] }] };
    fs.writeFileSync(path.join(dir, 'prometheus.yml'), stringify(config));
    for (const p of pods) {
      const own = (prometheus.args as string[])
        .filter((a) => !a.startsWith('--config.auto-reload'))
        .map((a) => a.replace(/^--config\.file=.*/, `--config.file=${path.join(dir, 'prometheus.yml')}`).replace(/^--storage\.tsdb\.path=.*/, `--storage.tsdb.path=${path.join(dir, p.name)}`));
      run(p.name, { POD_NAME: p.name }, BINARIES.prometheus, [...own, `--web.listen-address=${p.ip}:9090`]);
    }
    // the sidecars start once their Prometheus answers (as the pod's containers settle)
    const ready = async (ip: string) => (await fetch(`http://${ip}:9090/-/ready`).catch(() => undefined))?.ok === true;
    expect(await until(async () => (await Promise.all(pods.map((p) => ready(p.ip)))).every(Boolean), 30000)).toBe(true);
    for (const p of pods) {
      const side = (sidecar.args as string[]).map((a) => a.replace('$(MY_POD_IP)', p.ip).replace('http://localhost:9090', `http://${p.ip}:9090`));
      run(`${p.name}-sidecar`, {}, THANOS, side);
    }
    const own = queryArgs.map((a) => a.replace('$(MY_POD_IP)', queryIp).replace(/prometheus-(\d)\.prometheus-peers\.observability\.svc/, (_m, n) => pods[Number(n)].ip));
    run('thanos-query', {}, THANOS, own);

    // each replica scrapes the 2 targets: 4 series of `up`, 2 once merged
    const raw = async () => {
      try {
        return ((await (await fetch(`http://${queryIp}:10902/api/v1/query?query=up&dedup=false`)).json()) as any).data.result as any[];
      } catch {
        return [];
      }
    };
    const merged = async () => (await raw()).length === 4 && (await query('up'))?.length === 2 && (await query('count(up) by (prometheus_replica)'))?.length === 1;
    const ok = await until(merged, 60000);
    expect(ok ? '' : tails()).toBe('');
    const series = (await query('up'))!;
    expect(series.map((s) => s.metric.instance).sort()).toEqual(pods.map((p) => `${p.ip}:9090`).sort());
    expect(series.every((s) => s.metric.prometheus_replica === undefined && s.metric.cluster === rendered.global.external_labels.cluster)).toBe(true);
    // and undeduplicated, the replicas are there, each labelled by its pod's name
    expect([...new Set((await raw()).map((s: any) => s.metric.prometheus_replica))].sort()).toEqual(['prometheus-0', 'prometheus-1']);

    // one replica stopped: the query still answers for every target, from the other
    process.kill(procs[0].pid!, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    const one = await query('count_over_time(up[10s])');
    expect(one?.length).toBe(2);
  }, 120000);
});
