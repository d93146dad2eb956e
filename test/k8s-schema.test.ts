import { TEST_ENVIRONMENTS, buildApp } from './helpers';
import * as fs from 'fs';
import * as path from 'path';
import { renderStack } from '../lib/output/synth';
import { checkKubernetesSchemas, prepareSchema } from '../lib/output/validation/k8s-schema';
import { Finding, ParsedEnvironment, formatFinding, objectId, parseEnvironment } from '../lib/output/validation/types';

const { stacks } = buildApp(TEST_ENVIRONMENTS);
const envs = stacks.map((s) => parseEnvironment(s.envName, renderStack(s)));
const base = envs[0];

const lines = (env: ParsedEnvironment, findings: Finding[]): string[] => findings.map((f) => formatFinding(env.env, f));

/** The findings of a copy of the first environment with the first object of `kind` changed. */
const withChange = (kind: string, change: (doc: any) => void): { findings: Finding[]; id: string; file: string } => {
  const objects = base.objects.map((o) => ({ file: o.file, doc: structuredClone(o.doc) }));
  const target = objects.find((o) => o.doc.kind === kind);
  if (!target) throw new Error(`no ${kind} in the output`);
  change(target.doc);
  return { findings: checkKubernetesSchemas({ ...base, objects }), id: objectId(target.doc), file: target.file };
};

/** The findings of one extra object, alone. */
const alone = (doc: any): Finding[] => checkKubernetesSchemas({ env: 'test', objects: [{ file: 'extra.k8s.yaml', doc }], configs: [] });

const firstContainer = (doc: any): any => doc.spec.template.spec.containers[0];

describe('the real output', () => {
  test.each(envs.map((e) => [e.env, e] as const))('%s is valid in Kubernetes 1.27 and 1.36', (_n, env) => {
    expect(env.objects.length).toBeGreaterThan(0);
    expect(lines(env, checkKubernetesSchemas(env))).toEqual([]);
  });

  const committed = fs.existsSync('dist') ? fs.readdirSync('dist').filter((d) => !d.startsWith('.') && fs.statSync(path.join('dist', d)).isDirectory()) : [];
  test.each(committed)('committed dist/%s/ is valid in Kubernetes 1.27 and 1.36', (dir) => {
    const files = Object.fromEntries(
      fs
        .readdirSync(path.join('dist', dir))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [f, fs.readFileSync(path.join('dist', dir, f), 'utf8')]),
    );
    const env = parseEnvironment(dir, files);
    expect(lines(env, checkKubernetesSchemas(env))).toEqual([]);
  });

  test('validating an environment again takes well under a second (validators are compiled once)', () => {
    checkKubernetesSchemas(base); // compiled already by the tests above, or here
    const times = Array.from({ length: 5 }, () => {
      const t = process.hrtime.bigint();
      checkKubernetesSchemas(base);
      return Number(process.hrtime.bigint() - t) / 1e6;
    }).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(200);
  });
});

describe('planted defects are errors naming the object and the path', () => {
  test('an unknown field in a container', () => {
    const { findings, id, file } = withChange('DaemonSet', (d) => {
      const c = firstContainer(d);
      c.resourcs = c.resources;
      delete c.resources;
    });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ level: 'error', file, object: id, path: 'spec.template.spec.containers[0].resourcs' });
    expect(f.message).toContain("unknown field 'resourcs'");
    expect(f.message).toContain("did you mean 'resources'?");
    expect(f.message).toContain('Kubernetes 1.27 and 1.36');
    const allowed = f.message.replace(/.*allowed: /, '').replace(/ and \d+ more\)$|\)$/, '').split(', ');
    expect(allowed).toContain('resources');
    expect(allowed.length).toBeLessThanOrEqual(12);
  });

  test('a wrong type: replicas: "one"', () => {
    const { findings, id } = withChange('StatefulSet', (d) => (d.spec.replicas = 'one'));
    expect(findings).toEqual([
      { level: 'error', file: expect.any(String), object: id, path: 'spec.replicas', message: `'replicas' must be integer, got string "one" (Kubernetes 1.27 and 1.36)` },
    ]);
  });

  test('a missing required field: a container without a name', () => {
    const { findings, id } = withChange('StatefulSet', (d) => delete firstContainer(d).name);
    expect(findings).toEqual([
      { level: 'error', file: expect.any(String), object: id, path: 'spec.template.spec.containers[0].name', message: "missing required field 'name' (Kubernetes 1.27 and 1.36)" },
    ]);
  });

  test('an unknown field in metadata, and in the pod template metadata', () => {
    const { findings, id } = withChange('StatefulSet', (d) => {
      d.metadata.lables = { a: 'b' };
      d.spec.template.metadata.anotations = {};
    });
    expect(findings.map((f) => [f.object, f.path])).toEqual([
      [id, 'metadata.lables'],
      [id, 'spec.template.metadata.anotations'],
    ]);
    expect(findings[0].message).toMatch(/^unknown field 'lables'; did you mean 'labels'\? \(Kubernetes 1\.27 and 1\.36; allowed: .*labels/);
    expect(findings[1].message).toContain("did you mean 'annotations'?");
  });

  test('a kind that exists in neither version: policy/v1beta1 PodSecurityPolicy', () => {
    const findings = alone({ apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: { name: 'restricted' }, spec: {} });
    expect(findings).toEqual([
      {
        level: 'error',
        file: 'extra.k8s.yaml',
        object: 'PodSecurityPolicy/-/restricted',
        path: 'kind',
        message: 'PodSecurityPolicy policy/v1beta1 does not exist in Kubernetes 1.27 and 1.36; no API group serves PodSecurityPolicy',
      },
    ]);
  });

  test('an apiVersion removed after 1.27 is flagged for 1.36 only: flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema', () => {
    const findings = alone({
      apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
      kind: 'FlowSchema',
      metadata: { name: 'probes' },
      spec: { priorityLevelConfiguration: { name: 'exempt' }, matchingPrecedence: 2 },
    });
    expect(findings).toEqual([
      {
        level: 'error',
        file: 'extra.k8s.yaml',
        object: 'FlowSchema/-/probes',
        path: 'apiVersion',
        message: 'FlowSchema flowcontrol.apiserver.k8s.io/v1beta2 does not exist in Kubernetes 1.36; FlowSchema is served as flowcontrol.apiserver.k8s.io/v1',
      },
    ]);
  });

  test('a field added after 1.27 is flagged for 1.27 only: a sidecar restartPolicy on an init container', () => {
    const { findings, id } = withChange('StatefulSet', (d) => {
      d.spec.template.spec.initContainers = [{ name: 'sidecar', image: 'busybox:1.36', restartPolicy: 'Always' }];
    });
    expect(findings.map((f) => [f.object, f.path])).toEqual([[id, 'spec.template.spec.initContainers[0].restartPolicy']]);
    expect(findings[0].message).toMatch(/^unknown field 'restartPolicy' \(Kubernetes 1\.27; allowed: /);
  });

  test('a missing apiVersion', () => {
    expect(alone({ kind: 'ConfigMap', metadata: { name: 'x' } }).map((f) => [f.path, f.message])).toEqual([['apiVersion', "missing required field 'apiVersion'"]]);
  });

  test('every problem of an object is reported, each at its own path', () => {
    const { findings } = withChange('DaemonSet', (d) => {
      const c = firstContainer(d);
      c.args = [1, 'x'];
      c.ports = [{ containerPort: 3_000_000_000 }];
      d.metadata.labels['app.kubernetes.io/x'] = 3;
    });
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
      "metadata.labels['app.kubernetes.io/x']: 'app.kubernetes.io/x' must be string, got number 3 (Kubernetes 1.27 and 1.36)",
      "spec.template.spec.containers[0].args[0]: 'args[0]' must be string, got number 1 (Kubernetes 1.27 and 1.36)",
      "spec.template.spec.containers[0].ports[0].containerPort: 'containerPort' is number 3000000000, not an int32 (a whole number from -2147483648 to 2147483647) (Kubernetes 1.27 and 1.36)",
    ]);
  });
});

describe('int-or-string and quantities', () => {
  const targetPort = (value: unknown): Finding[] =>
    withChange('Service', (d) => {
      d.spec.ports[0].targetPort = value;
    }).findings;

  test.each([['http', 8080]])('a Service targetPort may be a name (%s) or a number (%s)', (name, number) => {
    expect(targetPort(name)).toEqual([]);
    expect(targetPort(number)).toEqual([]);
  });

  test.each([[true], [1.5], [{ port: 1 }]])('a Service targetPort of %p is an error', (value) => {
    const findings = targetPort(value);
    expect(findings.map((f) => f.path)).toEqual(['spec.ports[0].targetPort']);
    expect(findings[0].message).toContain("'targetPort' must be string or integer");
  });

  const cpuLimit = (value: unknown): Finding[] =>
    withChange('StatefulSet', (d) => {
      firstContainer(d).resources = { limits: { cpu: value } };
    }).findings;

  test.each([['250m'], ['1'], ['1.5'], ['128Mi'], ['1Gi'], ['1e3'], ['2E'], [0.5], [2]])('a quantity of %p is accepted', (value) => {
    expect(cpuLimit(value)).toEqual([]);
  });

  test.each([['1 Gi'], ['lots'], ['128MB'], ['']])('a quantity of %p is an error', (value) => {
    const findings = cpuLimit(value);
    expect(findings.map((f) => f.path)).toEqual(['spec.template.spec.containers[0].resources.limits.cpu']);
    expect(findings[0].message).toContain('not a Kubernetes quantity');
  });

  test('a quantity of the wrong type is an error', () => {
    expect(cpuLimit(true).map((f) => f.message)).toEqual(["'cpu' must be string or number, got boolean true (Kubernetes 1.27 and 1.36)"]);
  });
});

describe('strict schemas', () => {
  test('x-kubernetes-* keywords are dropped, properties of that name kept, unknown fields closed', () => {
    const prepared = prepareSchema({
      type: 'object',
      'x-kubernetes-map-type': 'atomic',
      properties: {
        'x-kubernetes-list-type': { type: 'string' },
        port: { format: 'int-or-string', 'x-kubernetes-int-or-string': true },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        items: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } }, 'x-kubernetes-list-type': 'map' } },
      },
    });
    expect(prepared).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        'x-kubernetes-list-type': { type: 'string' },
        port: { type: ['string', 'integer'] },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        items: { type: 'array', items: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } } },
      },
    });
  });

  test('a CustomResourceDefinition may use x-kubernetes-* fields, which are properties of its schema there', () => {
    const crd: any = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets' },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: {
              openAPIV3Schema: {
                type: 'object',
                properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
              },
            },
          },
        ],
      },
    };
    expect(alone(crd)).toEqual([]);
    crd.spec.versions[0].schema.openAPIV3Schema.properties.spec['x-kubernetes-preserve-unknown-feilds'] = true;
    expect(alone(crd).map((f) => f.path)).toEqual(['spec.versions[0].schema.openAPIV3Schema.properties.spec.x-kubernetes-preserve-unknown-feilds']);
  });
});
