import { Construct } from 'constructs';
import { BackendProps, StatefulBackend } from '../common/contract/backend';
import { Duration } from '../common/vocabulary/duration';
import { Endpoint } from '../common/contract/endpoint';
import { deepMerge } from '../common/vocabulary/merge';
import { checkDnsLabel, checkKnownKeys, checkNonEmpty } from '../common/vocabulary/validate';
import { httpProbe } from '../common/k8s/workload';
import { toYaml } from '../common/vocabulary/yaml';
import { SEVERITIES, Severity } from '../common/vocabulary/rules';
import { ReceiverProps, SecretKeyRef, alertmanagerConfig } from './config';
import { ALERTMANAGER } from './declaration';

/** Properties of {@link Alertmanager}. */
export interface AlertmanagerProps extends BackendProps {
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
  /** The API (Prometheus sends alerts here) and UI. */
  public readonly httpEndpoint: Endpoint;
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
    this.httpEndpoint = this.endpoint(http);

    const config = this.configMap('Config', `${this.name}-config`, { 'alertmanager.yml': this.configYaml });
    const names = [...secrets.keys()].sort();
    this.statefulBackend({
      user: { uid: 65534, gid: 65534 },
      args: [
        '--config.file=/etc/alertmanager/alertmanager.yml',
        '--storage.path=/alertmanager',
        `--web.listen-address=:${http.port}`,
        // one replica: no gossip cluster to join
        '--cluster.listen-address=',
      ],
      ports: [http],
      configMaps: [{ ref: config, mountPath: '/etc/alertmanager' }],
      secrets: names.map((n) => ({ name: n, keys: [...secrets.get(n)!].sort(), mountPath: `${SECRETS_DIR}/${n}` })),
      dataDir: '/alertmanager',
      tmp: false,
      readinessProbe: httpProbe(http, '/-/ready'),
      livenessProbe: httpProbe(http, '/-/healthy'),
      disruptionBudget: true,
    });
  }
}
