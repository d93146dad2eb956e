/**
 * Typed `alertmanager.yml` for the Alertmanager version pinned in common/images.ts: a route
 * tree by severity, grouped by SLO, tickets inhibited by a page of the same SLO, and
 * receivers whose every credential is a file of a mounted Secret.
 * @see https://prometheus.io/docs/alerting/latest/configuration/
 */
import { SecretKeyRef } from '../common/k8s/secret-ref';
import { SEVERITIES, Severity } from '../common/vocabulary/rules';

export type { SecretKeyRef };

/** Where one severity's alerts go; any combination. */
export interface ReceiverProps {
  /** POST the alerts as JSON. The URL may carry a token: then give `urlSecret` instead. @default - no webhook */
  readonly webhook?: { readonly url?: string; readonly urlSecret?: SecretKeyRef };
  /** A Slack incoming webhook (its URL is the credential). @default - no Slack message */
  readonly slack?: { readonly channel: string; readonly apiUrlSecret: SecretKeyRef };
  /** PagerDuty Events API v2. @default - no PagerDuty event */
  readonly pagerduty?: { readonly routingKeySecret: SecretKeyRef };
  /** Email through an SMTP relay. @default - no email */
  readonly email?: {
    readonly to: string;
    readonly from: string;
    /** host:port */
    readonly smarthost: string;
    readonly authUsername?: string;
    readonly authPasswordSecret?: SecretKeyRef;
  };
}

/** One receiver of the config. */
export interface ReceiverConfig {
  readonly name: string;
  readonly webhook_configs?: Array<{ readonly url?: string; readonly url_file?: string; readonly send_resolved: boolean }>;
  readonly slack_configs?: Array<{ readonly api_url_file: string; readonly channel: string; readonly send_resolved: boolean; readonly title: string; readonly text: string }>;
  readonly pagerduty_configs?: Array<{ readonly routing_key_file: string; readonly send_resolved: boolean; readonly description: string }>;
  readonly email_configs?: Array<{
    readonly to: string;
    readonly from: string;
    readonly smarthost: string;
    readonly auth_username?: string;
    readonly auth_password_file?: string;
    readonly require_tls: boolean;
    readonly send_resolved: boolean;
  }>;
}

/** A route. */
export interface RouteConfig {
  readonly receiver: string;
  readonly group_by?: string[];
  readonly group_wait?: string;
  readonly group_interval?: string;
  readonly repeat_interval?: string;
  readonly matchers?: string[];
  readonly routes?: RouteConfig[];
}

/** The config file. */
export interface AlertmanagerConfig {
  readonly global: { readonly resolve_timeout: string };
  readonly route: RouteConfig;
  readonly inhibit_rules: Array<{ readonly name: string; readonly source_matchers: string[]; readonly target_matchers: string[]; readonly equal: string[] }>;
  readonly receivers: ReceiverConfig[];
}

/** What the config depends on. */
export interface AlertmanagerConfigOptions {
  readonly receivers: Partial<Record<Severity, ReceiverProps>>;
  /** The file a Secret key is mounted at. */
  readonly secretFile: (ref: SecretKeyRef) => string;
  readonly groupWait: string;
  readonly groupInterval: string;
  readonly repeatInterval: string;
}

/** A receiver from its props; a severity without props gets a receiver that delivers nowhere (visible in the UI). */
const receiver = (name: string, r: ReceiverProps | undefined, file: (ref: SecretKeyRef) => string): ReceiverConfig => ({
  name,
  ...(r?.webhook ? { webhook_configs: [{ ...(r.webhook.urlSecret ? { url_file: file(r.webhook.urlSecret) } : { url: r.webhook.url }), send_resolved: true }] } : {}),
  ...(r?.slack
    ? {
        slack_configs: [
          {
            api_url_file: file(r.slack.apiUrlSecret),
            channel: r.slack.channel,
            send_resolved: true,
            title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} {{ .CommonLabels.slo }}',
            text: '{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.description }}\n{{ end }}',
          },
        ],
      }
    : {}),
  ...(r?.pagerduty ? { pagerduty_configs: [{ routing_key_file: file(r.pagerduty.routingKeySecret), send_resolved: true, description: '{{ .CommonAnnotations.summary }}' }] } : {}),
  ...(r?.email
    ? {
        email_configs: [
          {
            to: r.email.to,
            from: r.email.from,
            smarthost: r.email.smarthost,
            ...(r.email.authUsername ? { auth_username: r.email.authUsername } : {}),
            ...(r.email.authPasswordSecret ? { auth_password_file: file(r.email.authPasswordSecret) } : {}),
            require_tls: true,
            send_resolved: true,
          },
        ],
      }
    : {}),
});

/** Alertmanager's config: one route per severity, grouped by SLO; a page inhibits the ticket of the same SLO. */
export const alertmanagerConfig = (o: AlertmanagerConfigOptions): AlertmanagerConfig => ({
  global: { resolve_timeout: '5m' },
  route: {
    receiver: 'default',
    // one notification per SLO (and per alert for alerts without an slo label)
    group_by: ['alertname', 'slo'],
    group_wait: o.groupWait,
    group_interval: o.groupInterval,
    repeat_interval: o.repeatInterval,
    routes: SEVERITIES.map((s) => ({ receiver: s, matchers: [`severity="${s}"`] })),
  },
  inhibit_rules: [
    // the faster burn already pages: no ticket for the same SLO on top; both sides must name
    // an SLO, or a page of any other alert (no slo label: equal as empty) would mute every ticket
    { name: 'page-inhibits-ticket', source_matchers: ['severity="page"', 'slo=~".+"'], target_matchers: ['severity="ticket"', 'slo=~".+"'], equal: ['slo'] },
  ],
  receivers: [receiver('default', undefined, o.secretFile), ...SEVERITIES.map((s) => receiver(s, o.receivers[s], o.secretFile))],
});
