import { Construct } from 'constructs';
import * as k8s from '../../imports/k8s';
import { BackendProps, StatefulBackend, StatefulBackendSpec, fileMounts } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { checkDnsLabel, checkInt, checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';
import { containerPorts, httpProbe, podIpEnv } from '../common/k8s/workload';
import { resourceRequirements } from '../common/k8s/resources';
import { toYaml } from '../common/vocabulary/yaml';
import { ALERT_START_DELAY_INTERVALS, DEFAULT_SCRAPE_INTERVAL, SEVERITIES, Severity } from '../common/vocabulary/rules';
import { ReceiverProps, SecretKeyRef, alertmanagerConfig } from './config';
import { ALERTMANAGER } from './declaration';

/** Properties of {@link Alertmanager}. */
export interface AlertmanagerProps extends BackendProps {
  /**
   * Replicas of one Alertmanager cluster: they gossip silences and the notification log, and
   * every Prometheus sends every alert to each of them, so one notification goes out while
   * any replica runs (the Alertmanager docs recommend at least 3). Spread over zones and
   * nodes; a PodDisruptionBudget lets one go at a time.
   * @default - 3 in the production size profile, 1 in laptop
   */
  readonly replicas?: number;
  /**
   * Where `page` and `ticket` alerts go. Every credential is a key of a Secret in the
   * namespace, mounted as a file.
   * @default - none: alerts are shown in Alertmanager's UI and API only
   */
  readonly receivers?: Partial<Record<Severity, ReceiverProps>>;
  /** @default '30s' */
  readonly groupWait?: string;
  /** @default '5m' */
  readonly groupInterval?: string;
  /** @default '4h' */
  readonly repeatInterval?: string;
  /**
   * How often the Prometheus that sends the alerts evaluates its rules (and sends every
   * firing alert again). A peer of a cluster that starts waits two of these before it
   * notifies, so that it holds every firing alert, the pages that inhibit tickets among
   * them, and the StatefulSet's rolling update waits as long for each peer. @default '30s'
   */
  readonly evaluationInterval?: string;
}

const SECRETS_DIR = '/etc/alertmanager/secrets';
const RECEIVER_KEYS: Record<keyof ReceiverProps, true> = { webhook: true, slack: true, pagerduty: true, email: true };

/** The TCP ports a receiver reaches outside the cluster's pods. */
const receiverPorts = (r: ReceiverProps): number[] => {
  const ports: number[] = [];
  if (r.webhook?.url) {
    const u = new URL(r.webhook.url);
    ports.push(u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80);
  }
  if (r.webhook?.urlSecret) ports.push(80, 443);
  if (r.slack || r.pagerduty) ports.push(443);
  if (r.email) ports.push(Number(/:(\d+)$/.exec(r.email.smarthost)?.[1] ?? 587));
  return ports;
};

/**
 * Alertmanager on a PVC (silences and the notification log survive restarts): routes by
 * severity, groups by SLO, inhibits a ticket while the same SLO pages, and reads every
 * receiver credential from a mounted Secret file.
 */
export class Alertmanager extends StatefulBackend<AlertmanagerProps> {
  /** The API and UI, on the Service: any replica answers (Grafana's datasource). */
  public readonly httpEndpoint: Endpoint;
  /** The API of each replica, by its own DNS name: Prometheus sends every alert to each. */
  public readonly replicaEndpoints: readonly Endpoint[];
  /** Replicas of the cluster. */
  public readonly replicas: number;
  /** The rendered config file. */
  public readonly configYaml: string;

  constructor(scope: Construct, id: string, props: AlertmanagerProps) {
    const receivers = props.receivers ?? {};
    checkKnownKeys(`Alertmanager 'receivers'`, receivers, SEVERITIES);
    const ports = new Set<number>();
    for (const s of SEVERITIES) {
      const r = receivers[s];
      if (!r) continue;
      checkKnownKeys(`Alertmanager 'receivers.${s}'`, r, Object.keys(RECEIVER_KEYS));
      if (r.webhook && !r.webhook.url === !r.webhook.urlSecret) {
        throw new Error(`Alertmanager 'receivers.${s}.webhook' must have exactly one of 'url' or 'urlSecret', got ${JSON.stringify(r.webhook)}`);
      }
      if (r.webhook?.url && !/^https?:\/\/[^\s@]+$/.test(r.webhook.url)) {
        throw new Error(`Alertmanager 'receivers.${s}.webhook.url' must be an http(s) URL without credentials (use 'urlSecret' for a URL that carries a token), got '${r.webhook.url}'`);
      }
      if (r.slack) checkNonEmpty(`Alertmanager 'receivers.${s}.slack.channel'`, r.slack.channel);
      if (r.email && !/^[^\s:]+:\d+$/.test(r.email.smarthost)) {
        throw new Error(`Alertmanager 'receivers.${s}.email.smarthost' must be host:port, got '${r.email.smarthost}'`);
      }
      receiverPorts(r).forEach((p) => ports.add(p));
    }
    super(scope, id, ALERTMANAGER, props, { external: ports.size ? [{ ports: [...ports].sort((a, b) => a - b), purpose: 'alert receivers' }] : [] });

    // every Secret key a receiver names becomes a file of the Secret's volume
    const secrets = new Map<string, Set<string>>();
    const secretFile = (ref: SecretKeyRef): string => {
      checkDnsLabel(`Alertmanager receiver Secret name`, ref.name);
      checkNonEmpty(`Alertmanager receiver Secret '${ref.name}' key`, ref.key);
      secrets.set(ref.name, (secrets.get(ref.name) ?? new Set()).add(ref.key));
      return `${SECRETS_DIR}/${ref.name}/${ref.key}`;
    };
    const duration = (prop: 'groupWait' | 'groupInterval' | 'repeatInterval', fallback: string) => Duration.parse(`Alertmanager '${prop}'`, props[prop] ?? fallback).toPrometheus();
    this.configYaml = toYaml(
      deepMerge(
        alertmanagerConfig({
          receivers,
          secretFile,
          groupWait: duration('groupWait', '30s'),
          groupInterval: duration('groupInterval', '5m'),
          repeatInterval: duration('repeatInterval', '4h'),
        }),
        props.overrides,
      ),
    );
    const http = ALERTMANAGER.ports.http;
    const gossip = ALERTMANAGER.ports.gossip;
    this.httpEndpoint = this.endpoint(http);
    this.replicas = checkInt(`Alertmanager 'replicas'`, props.replicas ?? this.size.replicas ?? 1, 1, 9);
    const pods = Array.from({ length: this.replicas }, (_, i) => `${this.name}-${i}`);
    const clustered = this.replicas > 1;
    const startDelay = ALERT_START_DELAY_INTERVALS * Duration.parse(`Alertmanager 'evaluationInterval'`, props.evaluationInterval ?? DEFAULT_SCRAPE_INTERVAL).seconds;
    this.replicaEndpoints = clustered ? pods.map((p) => this.endpoint(http, 'http', this.peersService, true).forPod(p)) : [this.httpEndpoint];
    // the replicas gossip with each other over TCP and UDP
    const gossipEndpoint = this.endpoint(gossip, 'http', this.peersService, true, true);
    const peers = clustered ? pods.map((p) => this.wiring.connect(this.peer, gossipEndpoint.forPod(p), 'cluster gossip (silences, notification log)')) : [];

    const config = this.configMap('Config', `${this.name}-config`, { 'alertmanager.yml': this.configYaml });
    const files: Pick<StatefulBackendSpec, 'configMaps' | 'secrets'> = {
      // reloaded in place by the reloader sidecar: a route or receiver change stops no replica
      configMaps: [{ ref: config, mountPath: '/etc/alertmanager', reloads: true }],
      secrets: [...secrets.keys()].sort().map((n) => ({ name: n, keys: [...secrets.get(n)!].sort(), mountPath: `${SECRETS_DIR}/${n}` })),
    };
    this.statefulBackend({
      user: { uid: 65534, gid: 65534 },
      args: [
        '--config.file=/etc/alertmanager/alertmanager.yml',
        '--storage.path=/alertmanager',
        `--web.listen-address=:${http.port}`,
        ...(clustered
          ? [
              `--cluster.listen-address=$(MY_POD_IP):${gossip.port}`,
              `--cluster.advertise-address=$(MY_POD_IP):${gossip.port}`,
              ...peers.map((e) => `--cluster.peer=${e.hostPort()}`),
              // alerts are not gossiped: a started peer waits until its Prometheus has sent them all again
              `--dispatch.start-delay=${startDelay}s`,
            ]
          : // one replica: no gossip cluster to join
            ['--cluster.listen-address=']),
      ],
      // a rolling update moves on once the last peer notifies again
      ...(clustered ? { env: [podIpEnv()], replicas: this.replicas, peers: { ports: [gossip, http] }, minReadySeconds: startDelay } : {}),
      ports: [http],
      ...files,
      sidecars: [this.configReloader(fileMounts(files))],
      dataDir: '/alertmanager',
      tmp: false,
      readinessProbe: httpProbe(http, '/-/ready'),
      livenessProbe: httpProbe(http, '/-/healthy'),
      disruptionBudget: true,
    });
  }

  /**
   * The config reloader: it watches the directories of the mounted config and Secret files
   * (the kubelet updates each by swapping its `..data` link) and asks Alertmanager on
   * localhost to reload (`POST /-/reload`) when their content changed; Alertmanager keeps
   * running, with its silences, notification log and cluster membership. A config it refuses
   * leaves the running one in place (`alertmanager_config_last_reload_successful` 0).
   */
  private configReloader(mounts: k8s.VolumeMount[]): k8s.Container {
    const { http, reloader } = ALERTMANAGER.ports;
    return {
      name: 'config-reloader',
      image: this.helperImage('prometheusConfigReloader'),
      args: [
        `--reload-url=http://localhost:${http.port}/-/reload`,
        ...mounts.map((m) => `--watched-dir=${m.mountPath}`),
        // its /healthz for the kubelet's probes
        `--listen-address=$(MY_POD_IP):${reloader.port}`,
        '--log-format=json',
      ],
      env: [podIpEnv()],
      ports: containerPorts([reloader]),
      resources: resourceRequirements(`${this.owner} config reloader 'resources'`, { cpuRequest: '10m', memoryRequest: '32Mi', memoryLimit: '64Mi' }),
      readinessProbe: httpProbe(reloader, '/healthz'),
      livenessProbe: httpProbe(reloader, '/healthz'),
      volumeMounts: mounts,
    };
  }
}
