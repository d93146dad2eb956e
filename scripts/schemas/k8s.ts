// Kubernetes definitions (schemas/k8s/v<version>.json): the `definitions` of
// kubernetes/kubernetes api/openapi-spec/swagger.json, transformed as cdk8s's
// kubernetes-schemas/v<version>/_definitions.json is (the file `cdk8s import
// k8s@<version>` uses), then descriptions and x-kubernetes-patch-* removed,
// plus a `gvk` index apiVersion/kind -> definition name.

type Json = unknown;

function strip(o: Json): Json {
  if (Array.isArray(o)) return o.map(strip);
  if (o && typeof o === 'object') {
    const r: Record<string, Json> = {};
    for (const [k, v] of Object.entries(o as Record<string, Json>)) {
      if (k === 'description' || k.startsWith('x-kubernetes-patch-')) continue;
      if (k === 'properties' && v && typeof v === 'object') {
        // property names are data, not keywords: never dropped
        r[k] = Object.fromEntries(Object.entries(v as Record<string, Json>).map(([n, s]) => [n, strip(s)]));
      } else {
        r[k] = strip(v);
      }
    }
    return r;
  }
  return o;
}

interface Gvk {
  group?: string;
  version: string;
  kind: string;
}

/** the two overrides cdk8s applies to the upstream definitions */
const CDK8S_OVERRIDES: Record<string, Json> = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { oneOf: [{ type: 'string' }, { type: 'number' }] },
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { oneOf: [{ type: 'string' }, { type: 'integer' }] },
};

export function k8sSchema(swaggerText: string): { gvk: Record<string, string>; definitions: Record<string, Json> } {
  const swagger = JSON.parse(swaggerText) as { definitions: Record<string, Record<string, Json>> };
  const definitions: Record<string, Json> = {};
  const gvk: Record<string, string> = {};
  for (const [name, def] of Object.entries(swagger.definitions)) {
    if (name in CDK8S_OVERRIDES) {
      definitions[name] = CDK8S_OVERRIDES[name];
      continue;
    }
    const d = strip(def) as Record<string, Json>;
    const gvks = (def['x-kubernetes-group-version-kind'] ?? []) as Gvk[];
    const props = d.properties as Record<string, Record<string, Json>> | undefined;
    const kinds = [...new Set(gvks.map((g) => g.kind))];
    // cdk8s pins `kind` of a definition with a single kind to that kind
    if (props?.kind && kinds.length === 1) props.kind = { ...props.kind, enum: kinds };
    definitions[name] = d;
    for (const g of gvks) {
      const key = `${g.group ? g.group + '/' : ''}${g.version}/${g.kind}`;
      if (!(key in gvk)) gvk[key] = name;
    }
  }
  return { gvk, definitions };
}
