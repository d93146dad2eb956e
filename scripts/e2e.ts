/**
 * End to end: the workloads of an environment run from its dist/ files as their pods would,
 * and known traffic goes through them.
 *
 *   npm run e2e [-- ENV]          (default: dev)
 *
 * A real kube-apiserver and etcd hold the environment's objects, a Node, a Pod per process
 * and the EndpointSlices of the Services; the agent, the gateway replicas, Prometheus,
 * Alertmanager, node-exporter and kube-state-metrics run from the pinned binaries
 * (`npm run tools`), each with its ConfigMaps mounted unchanged, its own args, env and
 * user, in a private mount namespace with an /etc/hosts that maps the Services' names to
 * loopback addresses (scripts/e2e/pod.ts).
 * Tempo and Loki (AGPL, not built) are stood in for by the pinned otelcol on their ports
 * and paths, recording what they accept (scripts/e2e/sink.ts). Scenarios (scripts/e2e/
 * scenarios.ts) print sent / received / lost per signal; the run ends with
 * `N passed, M failed` and exits non-zero on any loss where none is allowed.
 *
 * Env: E2E_LONG_OUTAGE_SECONDS (default 60; 600 is the full 10-minute outage), E2E_KEEP=1
 * keeps the scratch folder (logs of every process) for a look after the run, E2E_ONLY="2,6 backend"
 * runs only the scenarios whose names start so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PodLogWriter } from './e2e/load';
import { canIsolate, stopAll } from './e2e/pod';
import { Row, agentRestart, alertSeries, deltaMetrics, fullQueue, linesBeforeAgent, backendOutage, finishAlerting, gatewayRestart, gatewayScaleDown, largeSpanStorm, serviceDiscovery, wideJsonLines, startAlerting, steadyLoad, tailSampling } from './e2e/scenarios';
import { BINARIES, LIFETIME_SECONDS, Stack } from './e2e/stack';

const pad = (s: string, n: number) => (s.length > n ? s : s + ' '.repeat(n - s.length));

const printTable = (rows: Row[]): void => {
  const head = ['scenario', 'signal', 'sent', 'received', 'lost', 'duration', 'result'];
  const cells = rows.map((r) => [r.scenario, r.signal, String(r.sent), String(r.received), String(r.lost), `${r.seconds.toFixed(1)}s`, r.ok === undefined ? 'measured' : r.ok ? 'pass' : 'FAIL']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  console.log(head.map((h, i) => pad(h, widths[i])).join('  '));
  rows.forEach((r, j) => {
    console.log(cells[j].map((c, i) => pad(c, widths[i])).join('  ').trimEnd());
    if (r.note) console.log(`${' '.repeat(widths[0] + 2)}${r.note}`);
  });
};

export const main = async (env: string): Promise<number> => {
  const envDir = path.join('dist', env);
  if (!fs.existsSync(envDir)) {
    console.log(`no environment ${env} under dist/ (npm run synth)`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const missing = Object.entries(BINARIES).filter(([, b]) => !fs.existsSync(b));
  if (missing.length) {
    for (const [n, b] of missing) console.log(`${n}: ${b} is missing: ${n === 'etcd' ? "install Debian's etcd-server" : "run 'npm run tools'"}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  if (!canIsolate()) {
    console.log('e2e needs root: every process runs in a private mount namespace (unshare -m, chroot)');
    console.log('0 passed, 1 failed');
    return 1;
  }
  const started = Date.now();
  const long = Number(process.env.E2E_LONG_OUTAGE_SECONDS ?? 60);
  if (!(long >= 30 && long <= 1200)) {
    console.log(`E2E_LONG_OUTAGE_SECONDS must be between 30 and 1200, got ${process.env.E2E_LONG_OUTAGE_SECONDS}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const lifetime = LIFETIME_SECONDS + Math.max(0, long - 60);
  const stack = new Stack(env, envDir, lifetime);
  const keep = process.env.E2E_KEEP === '1';
  const abort = (why: string) => {
    console.log(`e2e: ${why}: stopping every process`);
    stopAll();
    stack.cluster?.stop();
    console.log('0 passed, 1 failed');
    process.exit(1);
  };
  process.once('SIGINT', () => abort('interrupted')).once('SIGTERM', () => abort('terminated'));
  process.once('exit', () => stopAll());
  // the run ends by itself, whatever happens
  const watchdog = setTimeout(() => abort(`still running after ${lifetime - 60} s`), (lifetime - 60) * 1000);
  watchdog.unref();

  const rows: Row[] = [];
  const attemptOne = async (name: string, f: () => Promise<Row[]>) => {
    const t0 = Date.now();
    try {
      rows.push(...(await f()));
    } catch (e) {
      rows.push({ scenario: name, signal: '-', sent: '-', received: '-', lost: '-', seconds: (Date.now() - t0) / 1000, ok: false, note: (e as Error).message.split('\n').slice(0, 6).join(' | ') });
    }
  };
  try {
    console.log(`e2e ${env}: pods on ${stack.prefix}0/24, scratch ${stack.dir}`);
    // a new node: the application writes its first lines before the agent's first poll
    const first: { writer?: PodLogWriter; lines: number } = { lines: 0 };
    const beforeAgent = Date.now();
    await stack.start(() => {
      first.writer = new PodLogWriter(stack.logRoot, { namespace: stack.app.namespace, name: stack.app.name, uid: stack.app.uid! }, 'app');
      first.lines = first.writer.write('before-agent', 50);
    });
    console.log(`e2e ${env}: running after ${((Date.now() - started) / 1000).toFixed(1)} s: kube-apiserver + etcd, ${[stack.agent, ...stack.gateways, stack.prometheus, stack.alertmanager, stack.nodeExporter, stack.kubeStateMetrics].map((p) => `${p.spec.name} (${p.spec.ip})`).join(', ')}; ` +
      `Tempo and Loki stood in for by otelcol on ${stack.ips.tempo}:4317 (OTLP gRPC) and ${stack.ips.loki}:3100/otlp/v1/logs (OTLP/HTTP), counting what they accept`);
    const writer = first.writer;
    if (!writer) throw new Error('the application pod was not created');
    const only = (process.env.E2E_ONLY ?? '').split(',').map((o) => o.trim()).filter(Boolean);
    const wanted = (name: string) => !only.length || only.some((o) => name.startsWith(o));
    const attempt = (name: string, f: () => Promise<Row[]>) => (wanted(name) ? attemptOne(name, f) : Promise.resolve());
    await attempt('1 lines written before the agent started', () => linesBeforeAgent(stack, first.lines, beforeAgent));
    await attempt('1 steady load', () => steadyLoad(stack, writer));
    await attempt('1 Prometheus k8s SD', () => serviceDiscovery(stack));
    await attempt('1 delta metrics', () => deltaMetrics(stack));
    const alerting = wanted('5 SLO page alert') ? startAlerting(stack) : undefined;
    await attempt('2 backend outage 30 s', () => backendOutage(stack, writer, '2 backend outage 30 s', 30, 'outage'));
    await attempt('3 agent restart', () => agentRestart(stack, writer));
    await attempt('3 agent crash (SIGKILL)', () => agentRestart(stack, writer, true));
    await attempt('4 tail sampling', () => tailSampling(stack));
    await attempt('5 SLO page alert', () => finishAlerting(stack, alerting!, 300000));
    await attempt('6 gateway restart', () => gatewayRestart(stack, false));
    await attempt('6 gateway crash (SIGKILL)', () => gatewayRestart(stack, true));
    await attempt('10 gateway scale-down', () => gatewayScaleDown(stack));
    const longName = `6 backend outage ${long} s${long < 600 ? ' (10 min scaled)' : ''}`;
    await attempt(longName, () => backendOutage(stack, writer, longName, long, 'long-outage'));
    await attempt('8 error storm (large traces)', () => largeSpanStorm(stack));
    await attempt('9 wide JSON lines', () => wideJsonLines(stack, writer));
    await attempt('11 alert series', () => alertSeries(stack));
    await attempt('7 full queue', () => fullQueue(stack, writer));
  } catch (e) {
    rows.push({ scenario: 'set-up', signal: '-', sent: '-', received: '-', lost: '-', seconds: (Date.now() - started) / 1000, ok: false, note: (e as Error).message.split('\n').slice(0, 12).join(' | ') });
  } finally {
    await stack.stop().catch(() => undefined);
    stopAll();
  }
  for (const c of stack.checks) rows.unshift({ scenario: '0 set-up', signal: c.what, sent: '-', received: '-', lost: '-', seconds: 0, ok: c.ok, note: c.detail || undefined });
  console.log('');
  printTable(rows);
  const passed = rows.filter((r) => r.ok === true).length;
  const failed = rows.filter((r) => r.ok === false).length;
  console.log(`\ne2e ${env}: ${((Date.now() - started) / 1000).toFixed(0)} s${keep ? `, logs kept in ${stack.dir}` : ''}`);
  stack.cleanup(keep || failed > 0);
  if (failed > 0 && !keep) console.log(`logs of every process kept in ${stack.dir}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
};

if (require.main === module) {
  main(process.argv[2] ?? 'dev').then((code) => process.exit(code));
}
