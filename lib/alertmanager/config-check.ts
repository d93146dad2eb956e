import { ANY, LEAF, PDURATION, Reporter, STRINGS, STRING_MAP, Shape, leaves, list, map, obj, walkConfig } from '../common/contract/config-tree';
import { configFormat } from '../common/contract/formats';
import { EmbeddedConfig } from '../common/contract/findings';
import { IMAGES } from '../common/k8s/images';

/*
 * alertmanager.yml, modelled by hand from the yaml tags of the config structs of the pinned
 * version (github.com/prometheus/alertmanager v0.35.0: config/config.go,
 * config/common/inhibitrule.go, notify/{webhook,slack,pagerduty,email}/config.go). The
 * receivers the stack does not write are checked at their first level only.
 */
const AM_VERSION = IMAGES.alertmanager.tag.replace(/^v/, '');
const amHttpConfig = obj({
  basic_auth: leaves(['username', 'username_file', 'password', 'password_file']),
  authorization: leaves(['type', 'credentials', 'credentials_file']),
  oauth2: ANY,
  bearer_token: LEAF,
  bearer_token_file: LEAF,
  proxy_url: LEAF,
  no_proxy: LEAF,
  proxy_from_environment: LEAF,
  proxy_connect_header: map(STRINGS),
  tls_config: leaves(['ca', 'ca_file', 'cert', 'cert_file', 'key', 'key_file', 'server_name', 'insecure_skip_verify', 'min_version', 'max_version']),
  follow_redirects: LEAF,
  enable_http2: LEAF,
  http_headers: ANY,
});
const withCommon = (keys: string[], nested: Record<string, Shape> = {}): Shape =>
  obj({ send_resolved: LEAF, http_config: amHttpConfig, ...Object.fromEntries(keys.map((k) => [k, k === 'timeout' ? PDURATION : LEAF])), ...nested });
const AM_ROUTE: Shape = obj({
  receiver: LEAF,
  group_by: STRINGS,
  match: STRING_MAP,
  match_re: STRING_MAP,
  matchers: STRINGS,
  mute_time_intervals: STRINGS,
  active_time_intervals: STRINGS,
  continue: LEAF,
  routes: list(() => AM_ROUTE),
  group_wait: PDURATION,
  group_interval: PDURATION,
  repeat_interval: PDURATION,
  labels: STRING_MAP,
});
const AM_OTHER_RECEIVERS = ['discord_configs', 'incidentio_configs', 'opsgenie_configs', 'wechat_configs', 'pushover_configs', 'victorops_configs', 'sns_configs', 'telegram_configs', 'webex_configs', 'msteams_configs', 'msteamsv2_configs', 'jira_configs', 'rocketchat_configs', 'mattermost_configs'];
const ALERTMANAGER_FILE: Shape = obj({
  global: obj({
    resolve_timeout: PDURATION,
    http_config: amHttpConfig,
    smtp_tls_config: ANY,
    ...Object.fromEntries(
      ['jira_api_url', 'smtp_from', 'smtp_hello', 'smtp_smarthost', 'smtp_auth_username', 'smtp_auth_password', 'smtp_auth_password_file', 'smtp_auth_secret', 'smtp_auth_secret_file', 'smtp_auth_identity', 'smtp_require_tls', 'smtp_force_implicit_tls', 'slack_api_url', 'slack_api_url_file', 'slack_app_token', 'slack_app_token_file', 'slack_app_url', 'pagerduty_url', 'opsgenie_api_url', 'opsgenie_api_key', 'opsgenie_api_key_file', 'wechat_api_url', 'wechat_api_secret', 'wechat_api_secret_file', 'wechat_api_corp_id', 'victorops_api_url', 'victorops_api_key', 'victorops_api_key_file', 'telegram_api_url', 'telegram_bot_token', 'telegram_bot_token_file', 'webex_api_url', 'rocketchat_api_url', 'rocketchat_token', 'rocketchat_token_file', 'rocketchat_token_id', 'rocketchat_token_id_file', 'mattermost_webhook_url', 'mattermost_webhook_url_file'].map((k) => [k, LEAF]),
    ),
  }),
  route: AM_ROUTE,
  inhibit_rules: list(obj({ name: LEAF, source_match: STRING_MAP, source_match_re: STRING_MAP, source_matchers: STRINGS, target_match: STRING_MAP, target_match_re: STRING_MAP, target_matchers: STRINGS, equal: STRINGS })),
  receivers: list(
    obj({
      name: LEAF,
      labels: STRING_MAP,
      webhook_configs: list(withCommon(['url', 'url_file', 'max_alerts', 'timeout', 'payload'])),
      slack_configs: list(withCommon(['api_url', 'api_url_file', 'app_token', 'app_token_file', 'app_url', 'channel', 'username', 'color', 'title', 'title_link', 'pretext', 'text', 'message_text', 'footer', 'fallback', 'callback_id', 'icon_emoji', 'icon_url', 'image_url', 'thumb_url', 'link_names', 'update_message', 'post_updates_to_thread', 'timeout', 'short_fields'], { fields: ANY, actions: ANY, mrkdwn_in: STRINGS })),
      pagerduty_configs: list(withCommon(['service_key', 'service_key_file', 'routing_key', 'routing_key_file', 'url', 'client', 'client_url', 'description', 'source', 'severity', 'class', 'component', 'group', 'timeout'], { details: STRING_MAP, images: ANY, links: ANY })),
      email_configs: list(withCommon(['to', 'from', 'hello', 'smarthost', 'auth_username', 'auth_password', 'auth_password_file', 'auth_secret', 'auth_secret_file', 'auth_identity', 'html', 'text', 'require_tls', 'force_implicit_tls'], { headers: STRING_MAP, tls_config: ANY, threading: ANY })),
      ...Object.fromEntries(AM_OTHER_RECEIVERS.map((k) => [k, list(ANY)])),
    }),
  ),
  templates: STRINGS,
  mute_time_intervals: list(ANY),
  time_intervals: list(ANY),
  tracing: ANY,
  event_recorder: ANY,
});

const checkAlertmanager = (c: EmbeddedConfig, report: Reporter): void => walkConfig(c, ALERTMANAGER_FILE, report, { product: `Alertmanager ${AM_VERSION}` });

/** The config format Alertmanager introduces, and its checker. */
/** alertmanager.yml (`amtool check-config`). */
export const ALERTMANAGER_FORMAT = configFormat({ name: 'alertmanager', image: 'alertmanager', judge: { tool: 'amtool' }, check: checkAlertmanager });
