/**
 * The README of an environment's output folder. kubectl and ArgoCD read only the manifests,
 * so the folder itself says what the cluster needs before they give running pods, how the
 * data flows and what the pods take. Everything in it is derived at synth from the written
 * objects and the wiring graph, so it cannot drift from the manifests beside it.
 *
 * cdk8s's `app.synth()` writes manifests only; `synthToDist` (what `npm run synth` runs)
 * writes this next to them as `README.md`, and a library user gets the same text from
 * {@link environmentReadme}.
 */
import { loadAll } from 'js-yaml';
import { IConstruct } from 'constructs';
import { Wiring } from '../wiring/wiring';
import { renderCharts } from './scope-checks';
import { capacityTable } from './readme/capacity';
import { dataFlowChart } from './readme/data-flow';
import { EnvironmentPrerequisites, FileObject, MissingObject, PLACEHOLDER, prerequisitesOf } from './readme/prerequisites';

export type { EnvironmentPrerequisites, MissingObject, StorageClassNeed, IdentityNeed, RegistryNeed, CustomResourceNeed, CapabilityNeed } from './readme/prerequisites';

/** The README's file name in an environment's folder. */
export const README_FILE = 'README.md';

/** Options of {@link environmentReadme} and {@link environmentPrerequisites}. */
export interface EnvironmentReadmeOptions {
  /**
   * The folder of the manifests as the commands name it, with a trailing slash.
   * @default 'dist/<environment>/' (where `npm run synth` publishes it)
   */
  readonly directory?: string;
}

/** The objects of an environment's written files (file name -> YAML), each with its file, in file order. */
const objectsOf = (files: Readonly<Record<string, string>>): FileObject[] =>
  Object.keys(files)
    .filter((f) => f !== README_FILE)
    .sort()
    .flatMap((file) => (loadAll(files[file]) as any[]).filter((doc) => doc && typeof doc === 'object').map((doc) => ({ file, doc })));

/** The graph of a scope (a stack's, or the app's) and its charts as they are written. */
const renderedScope = (scope: IConstruct): { graph: Wiring; files: Record<string, string> } => {
  const graph = Wiring.find(scope);
  if (!graph) throw new Error(`${scope.node.path || 'the app'}: no wiring graph: pass an ObservabilityStack, or the App of components made outside one`);
  return { graph, files: renderCharts(graph.charts) };
};

const defaultDirectory = (environment: string): string => `dist/${environment}/`;

/**
 * What the environment of `scope` (an {@link ObservabilityStack}, or the App whose charts
 * hold components made outside one) needs from the cluster, structured: the objects its
 * pods name that its manifests do not create, StorageClasses, cloud identities, registries,
 * CustomResourceDefinitions, and the commands in working order. Call it once every component
 * is made (it renders the charts, which closes the wiring graph).
 */
export const environmentPrerequisites = (scope: IConstruct, options: EnvironmentReadmeOptions = {}): EnvironmentPrerequisites => {
  const { graph, files } = renderedScope(scope);
  return prerequisitesOf(graph.environment, objectsOf(files), graph, options.directory ?? defaultDirectory(graph.environment));
};

/** The README of the environment of `scope`, as `npm run synth` writes it to `dist/<env>/README.md`. */
export const environmentReadme = (scope: IConstruct, options: EnvironmentReadmeOptions = {}): string => {
  const { graph, files } = renderedScope(scope);
  return readmeOf(graph.environment, files, graph, options.directory ?? defaultDirectory(graph.environment));
};

/** The README of written files (file name -> YAML) and their graph, if they have one. */
export const readmeOf = (environment: string, files: Readonly<Record<string, string>>, graph: Wiring | undefined, directory = defaultDirectory(environment)): string => {
  const objects = objectsOf(files);
  const p = prerequisitesOf(environment, objects, graph, directory);
  const docs = objects.map((o) => o.doc);
  return [
    `# ${environment}: before \`kubectl apply -f ${directory}\``,
    '',
    `Generated at synth from the manifests of this folder and the environment's wiring graph: change the environment, not this file. kubectl and ArgoCD read only the \`*.k8s.yaml\` files; this says what the cluster must have before \`kubectl apply -f ${directory}\` gives running pods, how the data flows, and what the pods take.`,
    '',
    ...prerequisitesSection(p),
    '## Data flow',
    '',
    graph
      ? 'Who connects to whom, from the wiring graph that also writes the NetworkPolicies: solid edges carry data or queries, dotted ones are Prometheus scrapes; rounded nodes are outside the stack\'s pods.'
      : 'These manifests have no wiring graph (no component of the library made them).',
    '',
    ...(graph ? ['```mermaid', dataFlowChart(graph, docs), '```', ''] : []),
    '## Capacity',
    '',
    'Per workload, what each pod requests and is limited to (the larger of its containers\' sum and its largest init container, as the scheduler counts), and in total; `none`: a container has no such limit. Storage is the claims of each pod (a StatefulSet\'s volumeClaimTemplates).',
    '',
    capacityTable(docs),
    '',
  ].join('\n');
};

const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]): string => xs.map(code).join(', ');

/** A missing object's row: what, where, the keys it must hold, who reads it. */
const missingRow = (m: MissingObject): string => {
  const keys = [
    ...m.keys.map((k) => `${code(k.key)}${k.optional ? ' (optional)' : ''}`),
    ...(m.wholeObject ? ['every key it holds'] : []),
    ...(m.imagePullFrom.length ? [`a registry login (type \`kubernetes.io/dockerconfigjson\`) for ${list(m.imagePullFrom)}`] : []),
  ];
  const usedBy = m.kind === 'Namespace' ? `${m.usedBy.length} objects` : m.usedBy.join(', ');
  return `| ${m.kind}${m.optional ? ' (optional)' : ''} | ${code(m.name)} | ${m.namespace ? code(m.namespace) : '-'} | ${keys.join(', ') || '-'} | ${usedBy} |`;
};

/** What must be there before the apply, then the commands in order. */
const prerequisitesSection = (p: EnvironmentPrerequisites): string[] => [
  '## Before `kubectl apply`',
  '',
  `The manifests create the namespaces ${list(p.namespaces)} (in ${list(p.namespaceFiles)}, applied first) and every object the pods name except those listed here.`,
  '',
  '### Objects the pods read that the manifests do not create',
  '',
  ...(p.missing.length
    ? [
        '| kind | name | namespace | keys | used by |',
        '|---|---|---|---|---|',
        ...p.missing.map(missingRow),
        '',
        'Until one exists, the pods that read it do not start (`ContainerCreating`, `CreateContainerConfigError` or `ErrImagePull`); an optional one they start without.',
        '',
      ]
    : ['None.', '']),
  '### Storage',
  '',
  ...(p.storageClasses.length
    ? p.storageClasses.map((s) => `- ${s.name ? `StorageClass ${code(s.name)}` : 'the default StorageClass (the claims name none)'}: ${s.claims.length} claims (${list(s.claims)})`)
    : ['No PersistentVolumeClaims.']),
  '',
  '### Cloud identities',
  '',
  ...(p.identities.length
    ? [
        '| ServiceAccount | annotation | identity | it must exist and | buckets its pods read and write |',
        '|---|---|---|---|---|',
        ...p.identities.map(
          (i) =>
            `| ${code(`${i.namespace}/${i.serviceAccount}`)} | ${code(i.annotation)} | ${i.provider}: ${code(i.identity)} | ${i.trust} | ${i.buckets.map((b) => `${code(b.bucket)}${b.destination ? ` at ${code(b.destination)}` : ''}`).join(', ') || '-'} |`,
        ),
      ]
    : ['None: no ServiceAccount is annotated with a cloud identity.']),
  '',
  '### Images',
  '',
  '| registry | images | pull Secrets |',
  '|---|---|---|',
  ...p.registries.map((r) => `| ${r.registry ? code(r.registry) : "the container runtime's default (the references name no registry)"} | ${list(r.images)} | ${r.pullSecrets.map((s) => code(`${s.namespace}/${s.name}`)).join(', ') || 'none: pulled anonymously'} |`),
  '',
  '### Custom resource definitions',
  '',
  ...(p.customResources.length
    ? p.customResources.map((c) => `- ${c.kind} (${code(c.apiVersion)})${c.crd ? `, CRD ${code(c.crd)}` : ''}: ${list(c.objects)}`)
    : ['None: every kind of the manifests is built into Kubernetes.']),
  '',
  ...(p.capabilities.length ? ['### The cluster', '', ...p.capabilities.map((c) => `- ${c.what}: ${c.why}.`), ''] : []),
  '### In this order',
  '',
  `Replace each \`${PLACEHOLDER}\` with its value; the commands name this folder \`${p.directory}\`.`,
  '',
  '```sh',
  ...p.commands,
  '```',
  '',
];
