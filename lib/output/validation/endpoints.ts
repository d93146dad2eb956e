import { Check, EmbeddedConfig, Finding, ManifestObject, forEachString, formatConfigPath } from './types';

/** Hosts a config may name that are not Services: the pod itself. */
const LOCAL_HOSTS = new Set(['0.0.0.0', 'localhost', '127.0.0.1', '[::]', '[::1]']);

const ADDRESS = /^(?:(?<scheme>[a-z][a-z0-9+.-]*):\/\/)?(?<host>[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*):(?<port>\d{1,5})(?<path>\/\S*)?$/;

/** One address named in an embedded config. */
export interface NamedAddress {
  readonly path: string;
  readonly value: string;
  readonly host: string;
  readonly port: number;
}

/** Every `host:port` or URL with a port among the string values of a config. */
export const addressesIn = (config: unknown, prefix = ''): NamedAddress[] => {
  const out: NamedAddress[] = [];
  forEachString(config, (v, at) => {
    // only a text with a colon can name a port (most of a config's strings have none)
    if (!v.includes(':')) return;
    const m = ADDRESS.exec(v.trim());
    if (m?.groups) out.push({ path: formatConfigPath(at, prefix), value: v, host: m.groups.host, port: Number(m.groups.port) });
  });
  return out;
};

const addressesOf = (c: EmbeddedConfig) => addressesIn(c.parsed);

/**
 * The Service a host names, as [name, namespace], for the in-cluster forms `name`,
 * `name.ns`, `name.ns.svc` and `name.ns.svc.cluster.local`; undefined for other hosts.
 */
export const serviceOf = (host: string, defaultNamespace: string, namespaces: Set<string>): [string, string] | undefined => {
  const parts = host.split('.');
  if (parts.length === 1) return [parts[0], defaultNamespace];
  if (parts.length === 2 && namespaces.has(parts[1])) return [parts[0], parts[1]];
  if (parts.length === 3 && parts[2] === 'svc') return [parts[0], parts[1]];
  if (parts.length === 5 && parts.slice(2).join('.') === 'svc.cluster.local') return [parts[0], parts[1]];
  // a pod of a headless Service: <pod>.<service>.<namespace>.svc[.cluster.local]
  if (parts.length === 4 && parts[3] === 'svc') return [parts[1], parts[2]];
  if (parts.length === 6 && parts.slice(3).join('.') === 'svc.cluster.local') return [parts[1], parts[2]];
  return undefined;
};

/**
 * Every in-cluster address an embedded config names in a namespace of the output resolves
 * to a Service of the output that exposes that port. Other hosts (an object store, or a
 * Service in a namespace the output does not manage) are not the stack's to check.
 */
export const checkEndpoints: Check = (env) => {
  const services = env.objects.filter((o: ManifestObject) => o.doc.kind === 'Service').map((o) => o.doc);
  const namespaces = new Set<string>(env.objects.filter((o) => o.doc.kind === 'Namespace').map((o) => o.doc.metadata.name));
  if (namespaces.size === 0) for (const s of services) namespaces.add(s.metadata.namespace);
  const findings: Finding[] = [];
  for (const c of env.configs) {
    const ns = c.object.split('/')[1];
    for (const a of addressesOf(c)) {
      if (LOCAL_HOSTS.has(a.host)) continue;
      const svc = serviceOf(a.host, ns, namespaces);
      if (!svc || !namespaces.has(svc[1])) continue;
      const found = services.find((s) => s.metadata.name === svc[0] && s.metadata.namespace === svc[1]);
      const path = `data.${c.key}: ${a.path}`;
      if (!found) {
        findings.push({ level: 'error', file: c.file, object: c.object, path, message: `'${a.value}' names Service ${svc[1]}/${svc[0]}, which is not in the output` });
      } else if (!(found.spec?.ports ?? []).some((p: any) => p.port === a.port)) {
        const ports = (found.spec?.ports ?? []).map((p: any) => `${p.port} (${p.name})`).join(', ');
        findings.push({
          level: 'error',
          file: c.file,
          object: c.object,
          path,
          message: `'${a.value}' names port ${a.port} of Service ${svc[1]}/${svc[0]}, which exposes only ${ports}`,
        });
      }
    }
  }
  return findings;
};

