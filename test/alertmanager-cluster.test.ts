/**
 * Production's Alertmanager is a cluster of 3 replicas: they find each other by their pods'
 * DNS names under a headless Service, gossip over TCP and UDP (admitted by the
 * NetworkPolicies), every Prometheus sends every alert to each, and a PodDisruptionBudget
 * lets one go at a time. The pinned alertmanager, run 3 times with the StatefulSet's own
 * args (the pod IP and the peers' names given their addresses on 127.0.0.0/8), forms one
 * cluster of 3.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { renderStack } from '../lib/output/synth';
import { parseEnvironment } from '../lib/output/validation/types';
import { BINARIES } from '../scripts/e2e/stack';
import { ENVIRONMENTS, buildApp, stopGroup } from './helpers';

const envs = Object.fromEntries(buildApp(ENVIRONMENTS).stacks.map((s) => [s.envName, parseEnvironment(s.envName, renderStack(s))]));
const obj = (env: string, kind: string, name: string) => envs[env].objects.find((o) => o.doc.kind === kind && o.doc.metadata.name === name)?.doc;
const args = (env: string): string[] => obj(env, 'StatefulSet', 'alertmanager').spec.template.spec.containers[0].args;

describe('the Alertmanager cluster of production', () => {
  const sts = obj('prod', 'StatefulSet', 'alertmanager');

  test('3 replicas, spread over zones and nodes, one at a time disrupted', () => {
    expect(sts.spec.replicas).toBe(3);
    expect(sts.spec.template.spec.topologySpreadConstraints.map((c: any) => c.topologyKey)).toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    expect(obj('prod', 'PodDisruptionBudget', 'alertmanager').spec.maxUnavailable).toBe(1);
  });

  test('each replica joins every peer by its DNS name under the headless peers Service, published before ready', () => {
    const peers = obj('prod', 'Service', 'alertmanager-peers');
    expect([peers.spec.clusterIP, peers.spec.publishNotReadyAddresses, sts.spec.serviceName]).toEqual(['None', true, 'alertmanager-peers']);
    expect(args('prod').filter((a) => a.startsWith('--cluster.peer='))).toEqual([0, 1, 2].map((i) => `--cluster.peer=alertmanager-${i}.alertmanager-peers.observability.svc:9094`));
    expect(args('prod')).toContain('--cluster.listen-address=$(MY_POD_IP):9094');
    // clients keep a ClusterIP Service
    expect(obj('prod', 'Service', 'alertmanager').spec.clusterIP).toBeUndefined();
  });

  test('Prometheus sends every alert to each replica', () => {
    const prom = parse(obj('prod', 'ConfigMap', 'prometheus-config').data['prometheus.yml']);
    expect(prom.alerting.alertmanagers[0].static_configs[0].targets).toEqual([0, 1, 2].map((i) => `alertmanager-${i}.alertmanager-peers.observability.svc:9093`));
  });

  test('the NetworkPolicies admit gossip between the replicas over TCP and UDP, and nothing else on its port', () => {
    const ingress = obj('prod', 'NetworkPolicy', 'alertmanager-peers-ingress').spec.ingress;
    const gossip = ingress.filter((r: any) => r.ports.some((p: any) => p.port === 9094));
    expect(gossip.map((r: any) => [r.from.map((f: any) => f.podSelector.matchLabels['app.kubernetes.io/name']), r.ports])).toEqual([
      [['alertmanager'], [{ protocol: 'TCP', port: 9094 }, { protocol: 'UDP', port: 9094 }]],
    ]);
    const egress = obj('prod', 'NetworkPolicy', 'alertmanager-egress').spec.egress;
    expect(egress.find((r: any) => r.to?.[0]?.podSelector?.matchLabels?.['app.kubernetes.io/name'] === 'alertmanager').ports).toEqual([
      { protocol: 'TCP', port: 9094 },
      { protocol: 'UDP', port: 9094 },
    ]);
  });

  test('the laptop profile runs one replica without a cluster', () => {
    expect(obj('dev', 'StatefulSet', 'alertmanager').spec.replicas).toBe(1);
    expect(args('dev')).toContain('--cluster.listen-address=');
    expect(obj('dev', 'Service', 'alertmanager-peers')).toBeUndefined();
  });
});

const runnable = fs.existsSync(BINARIES.alertmanager);
if (!runnable && process.env.CONFORMANCE !== '1') console.warn(`the Alertmanager cluster run is skipped: ${BINARIES.alertmanager} is not built (npm run tools)`);

(runnable || process.env.CONFORMANCE === '1' ? describe : describe.skip)('the pinned alertmanager with these args', () => {
  const procs: ChildProcess[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-cluster-'));
  afterAll(() => {
    for (const p of procs) stopGroup(p);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const status = async (ip: string): Promise<any> => {
    try {
      return await (await fetch(`http://${ip}:9093/api/v2/status`)).json();
    } catch {
      return undefined;
    }
  };

  test('3 replicas form one cluster of 3 peers', async () => {
    const base = `127.${100 + Math.floor(Math.random() * 150)}.${1 + Math.floor(Math.random() * 250)}.`;
    const ips = [0, 1, 2].map((i) => `${base}${10 + i}`);
    fs.writeFileSync(path.join(dir, 'alertmanager.yml'), 'route:\n  receiver: none\nreceivers:\n  - name: none\n');
    for (const [i, ip] of ips.entries()) {
      const own = args('prod').map((a) =>
        a
          .replace('$(MY_POD_IP)', ip)
          .replace(/^--web\.listen-address=:/, `--web.listen-address=${ip}:`)
          .replace(/^--config\.file=.*/, `--config.file=${path.join(dir, 'alertmanager.yml')}`)
          .replace(/^--storage\.path=.*/, `--storage.path=${path.join(dir, `data-${i}`)}`)
          .replace(/alertmanager-(\d)\.alertmanager-peers\.observability\.svc/, (_m, n) => ips[Number(n)]),
      );
      // each ends by itself within 150 s, whatever happens to the test
      procs.push(spawn('timeout', ['150', BINARIES.alertmanager, ...own], { stdio: 'ignore' }));
    }
    // each sees the 3 peers at once; the cluster settles (gossip has converged) within a minute
    let seen: string[] = [];
    for (let t = 0; t < 150; t++) {
      seen = (await Promise.all(ips.map(status))).map((s) => `${s?.cluster?.peers?.length ?? 0} peers, ${s?.cluster?.status ?? 'down'}`);
      if (seen.every((x) => x === '3 peers, ready')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(seen).toEqual(['3 peers, ready', '3 peers, ready', '3 peers, ready']);
  }, 110000);
});
