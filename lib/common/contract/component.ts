import { ApiObjectMetadata, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import * as k8s from '../../../imports/k8s';
import { Endpoint } from './endpoint';
import { CONFIG_FORMAT_ANNOTATION, ConfigFormatDefinition } from './formats';
import { IMAGES, ImageName, imageRef } from '../k8s/images';
import { ComponentIdentity, selectorLabels, standardLabels } from '../k8s/labels';
import { ConfigOverrides } from '../vocabulary/merge';
import { NamedPort } from '../k8s/ports';
import { ContainerResources } from '../k8s/resources';
import { SIZE_NAMES, SizeName } from '../vocabulary/sizes';
import { checkDnsLabel, checkKnownKeys, checkOneOf } from '../vocabulary/validate';
import { Peer, Wiring } from '../../wiring/wiring';
import { configChecksum } from '../vocabulary/yaml';

/** A component's resources and, for those with a volume, its size, in one size profile. */
export interface ComponentSize extends ContainerResources {
  /** Replicas, for a component whose count depends on the profile (a cluster in production). */
  readonly replicas?: number;
  /** The data volume, a storage quantity such as `10Gi`. */
  readonly storageSize?: string;
}

/**
 * Everything the rest of the library needs to know about a component, in one place of its
 * own folder: the stack composes it from this, the output checks and the conformance run
 * find its checkers through the formats of its configs, and the size profiles through its
 * `sizes`. Nothing outside the folder spells its name, ports or image.
 */
export interface ComponentDeclaration<P> {
  /** `app.kubernetes.io/name` and the fixed name of its Service, workload and ServiceAccount. */
  readonly name: string;
  /** `app.kubernetes.io/component`, e.g. `tracing`. */
  readonly component: string;
  /** Its image in the one images module; `app.kubernetes.io/version` is the image's tag. */
  readonly image: ImageName;
  /** The ports it serves (each a Service port of the same name) or binds. */
  readonly ports: Readonly<Record<string, NamedPort>>;
  /** The port of its own `/metrics`, on its Service: the stack scrapes it. @default - not scraped */
  readonly metricsPort?: string;
  /**
   * Its metrics describe other objects (their `namespace`, `pod` labels): the scrape keeps
   * the scraped labels over the target's (`honor_labels`). @default false
   */
  readonly metricsHonorLabels?: boolean;
  /** Resources and volume size per size profile: the first layer of defaults, under the props. */
  readonly sizes: Readonly<Record<SizeName, ComponentSize>>;
  /**
   * The format of each config file it emits (ConfigMap data key, or `*.ext` for every file
   * of that extension, -> format): the format
   * names the key tree or parser that judges the file at synth and the tool that judges it
   * in `npm run conformance`.
   */
  readonly configs: Readonly<Record<string, string>>;
  /**
   * The config formats it introduces, each with its checker and judge (its folder's
   * `config-check.ts`); a format another component introduces is named in `configs` only.
   * @default - none
   */
  readonly formats?: readonly ConfigFormatDefinition[];
  /** Every prop key the construct takes: any other key is refused at construction. */
  readonly props: Readonly<Record<keyof P & string, true>>;
}

/** The props every component takes. */
export interface ComponentProps {
  /** The namespace of the component. */
  readonly namespace: string;
  /**
   * The size profile its resources and volume size come from.
   * @default 'production'
   */
  readonly size?: SizeName;
  /** Container resources. @default - the size profile's */
  readonly resources?: ContainerResources;
  /** A registry that mirrors the upstream images. @default - the upstream repositories */
  readonly imageRegistry?: string;
  /**
   * Annotations of the component's own ServiceAccount, for workload identity:
   * `eks.amazonaws.com/role-arn`, `iam.gke.io/gcp-service-account`,
   * `azure.workload.identity/client-id`.
   * @default - none
   */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Secrets that log in to the image registry, in the component's namespace. @default - none */
  readonly imagePullSecrets?: readonly string[];
  /** The PriorityClass of its pods. @default - the cluster's default priority */
  readonly priorityClassName?: string;
  /**
   * Extra config deep-merged into the generated one, for keys the construct does not model
   * (objects merge, lists and scalars replace, null removes). Checked against the pinned
   * version's keys at synth like the rest.
   * @default - none
   */
  readonly overrides?: ConfigOverrides;
}

/** The keys of {@link ComponentProps}, for a declaration's `props`. */
export const COMPONENT_PROP_KEYS: Record<keyof ComponentProps, true> = {
  namespace: true,
  size: true,
  resources: true,
  imageRegistry: true,
  serviceAccountAnnotations: true,
  imagePullSecrets: true,
  priorityClassName: true,
  overrides: true,
};

/** What a component's pods reach beyond the connections recorded on the wiring graph. */
export interface EgressDeclaration {
  /** Why its egress cannot be narrowed (no egress policy is made). @default - it can */
  readonly unrestricted?: string;
  /**
   * Destinations outside the cluster's pods (the API server, an object store), with where
   * they are when the props say it (a host, a bucket). @default - none
   */
  readonly external?: ReadonlyArray<{ readonly ports: number[]; readonly purpose: string; readonly destination?: string; readonly bucket?: string }>;
}

/** A ConfigMap of a component and the files it holds (produced at synth). */
export interface ConfigMapRef {
  readonly name: string;
  readonly files: () => Record<string, string>;
}

/**
 * The base of every component: refuses unknown props, resolves the size profile, derives
 * the identity and labels from the declaration, and registers the component's pods on the
 * stack's wiring graph as one peer. Subclasses add their configs and workload.
 */
export abstract class Component<P extends ComponentProps> extends Construct {
  public readonly declaration: ComponentDeclaration<P>;
  /** The labels' source: name, component and version. */
  public readonly identity: ComponentIdentity;
  /** The component's fixed name (its Service, workload and ServiceAccount). */
  public readonly name: string;
  public readonly namespace: string;
  /** Its pods, as a peer of the connections they open. */
  public readonly peer: Peer;
  /** Its own `/metrics` on its Service, from the declaration's `metricsPort`. */
  public readonly metricsEndpoint?: Endpoint;
  /** The size profile's values under the props': resources and volume size. */
  public readonly size: ComponentSize;
  /** The construct's class name, for messages. */
  protected readonly owner: string;
  /** The wiring graph it joined: its stack's, or the app's. */
  protected readonly wiring: Wiring;
  private readonly imageRegistry?: string;
  private readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
  private readonly pullSecrets: readonly string[];
  private serviceAccountMade = false;
  /** The PriorityClass of its pods, if any. */
  protected readonly priorityClassName?: string;

  protected constructor(scope: Construct, id: string, declaration: ComponentDeclaration<P>, props: P, egress: EgressDeclaration = {}) {
    super(scope, id);
    this.owner = new.target.name;
    checkKnownKeys(this.owner, props, Object.keys(declaration.props));
    this.declaration = declaration;
    this.name = declaration.name;
    this.namespace = checkDnsLabel(`${this.owner} 'namespace'`, props.namespace);
    const profile = declaration.sizes[checkOneOf(`${this.owner} 'size'`, props.size ?? 'production', SIZE_NAMES)];
    this.size = { ...profile, ...(props.resources ?? {}) };
    this.imageRegistry = props.imageRegistry;
    this.serviceAccountAnnotations = props.serviceAccountAnnotations ?? {};
    for (const k of Object.keys(this.serviceAccountAnnotations)) {
      if (!/^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(k)) {
        throw new Error(`${this.owner} 'serviceAccountAnnotations' keys must be annotation names such as eks.amazonaws.com/role-arn, got '${k}'`);
      }
    }
    if (props.priorityClassName !== undefined) this.priorityClassName = checkDnsLabel(`${this.owner} 'priorityClassName'`, props.priorityClassName);
    this.pullSecrets = (props.imagePullSecrets ?? []).map((n, i) => checkDnsLabel(`${this.owner} 'imagePullSecrets[${i}]'`, n));
    this.identity = { name: declaration.name, component: declaration.component, version: IMAGES[declaration.image].tag };
    this.peer = { name: this.name, namespace: this.namespace, podSelector: selectorLabels(this.identity) };
    if (declaration.metricsPort !== undefined) {
      const port = declaration.ports[declaration.metricsPort];
      if (!port) throw new Error(`${this.owner}: the declaration's 'metricsPort' must name one of its ports (${Object.keys(declaration.ports).join(', ')}), got '${declaration.metricsPort}'`);
      this.metricsEndpoint = this.endpoint(port);
    }
    this.wiring = Wiring.of(this);
    this.wiring.register({ peer: this.peer, unrestrictedEgress: egress.unrestricted, metricsEndpoint: this.metricsEndpoint, metricsHonorLabels: declaration.metricsHonorLabels });
    for (const e of egress.external ?? []) this.wiring.external(this.peer, e.ports, e.purpose, { destination: e.destination, bucket: e.bucket });
  }

  /**
   * The component's own ServiceAccount (made once, with the identity annotations), and the
   * pod-spec fields that use it: its token is mounted only when the pod calls the API server.
   */
  protected podIdentity(apiAccess: boolean): { serviceAccountName: string; automountServiceAccountToken: boolean; imagePullSecrets?: Array<{ name: string }> } {
    if (!this.serviceAccountMade) {
      const annotations = Object.keys(this.serviceAccountAnnotations).length ? { annotations: { ...this.serviceAccountAnnotations } } : {};
      new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: { ...this.metadata(), ...annotations }, automountServiceAccountToken: false });
      this.serviceAccountMade = true;
    }
    return {
      serviceAccountName: this.name,
      automountServiceAccountToken: apiAccess,
      ...(this.pullSecrets.length ? { imagePullSecrets: this.pullSecrets.map((name) => ({ name })) } : {}),
    };
  }

  /**
   * A ClusterRole of exactly these rules, bound to the component's own ServiceAccount; both
   * cluster-scoped objects are named after the component.
   */
  protected clusterRole(rules: k8s.PolicyRule[]): void {
    new k8s.KubeClusterRole(this, 'ClusterRole', { metadata: this.metadata(this.name, false), rules });
    new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
      metadata: this.metadata(this.name, false),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.name },
      subjects: [{ kind: 'ServiceAccount', name: this.name, namespace: this.namespace }],
    });
  }

  /** The component's image reference, below the mirror registry if one is set. */
  public get image(): string {
    return imageRef(this.declaration.image, this.imageRegistry);
  }

  /** Image reference of a helper image (an init container's). */
  protected helperImage(name: ImageName): string {
    return imageRef(name, this.imageRegistry);
  }

  /** An Endpoint for one named port of the component's Service (or of another Service of it). */
  protected endpoint(port: NamedPort, scheme: 'http' | 'https' | 'grpc' = 'http', service: string = this.name, headless = false, udp = false): Endpoint {
    return new Endpoint({ service, namespace: this.namespace, portName: port.name, port: port.port, scheme, podSelector: selectorLabels(this.identity), headless, udp });
  }

  /** Metadata with a fixed name and the standard labels; cluster-scoped when `namespaced` is false. */
  protected metadata(name: string = this.name, namespaced = true): ApiObjectMetadata {
    return { name, ...(namespaced ? { namespace: this.namespace } : {}), labels: standardLabels(this.identity) };
  }

  /**
   * A ConfigMap of config files, each of a format the declaration names (the ConfigMap is
   * annotated with it). A function is called at synth, for configs derived from the
   * finished wiring graph.
   */
  protected configMap(id: string, name: string, files: Record<string, string> | (() => Record<string, string>)): ConfigMapRef {
    const produce = typeof files === 'function' ? files : () => files;
    const formats = new Set(
      Object.keys(produce()).map((f) => {
        // an exact file name, or a pattern `*.ext` for files named at synth (dashboards)
        const format = this.declaration.configs[f] ?? this.declaration.configs[`*${/\.[^.]+$/.exec(f)?.[0] ?? ''}`];
        if (!format) {
          throw new Error(`${this.owner}: config file '${f}' has no format in the declaration's 'configs' (declared: ${Object.keys(this.declaration.configs).join(', ')})`);
        }
        return format;
      }),
    );
    if (formats.size !== 1) throw new Error(`${this.owner}: ConfigMap '${name}' must hold files of one format, got ${[...formats].join(', ')}`);
    new k8s.KubeConfigMap(this, id, {
      metadata: { ...this.metadata(name), annotations: { [CONFIG_FORMAT_ANNOTATION]: [...formats][0] } },
      data: Lazy.any({ produce }),
    });
    return { name, files: produce };
  }

  /** The pod-template annotations: one checksum over every mounted config, so a change rolls the pods. */
  protected podAnnotations(...configMaps: ConfigMapRef[]): Record<string, string> {
    return Lazy.any({
      produce: () => {
        const all: Record<string, string> = {};
        for (const cm of configMaps) for (const [f, content] of Object.entries(cm.files())) all[`${cm.name}/${f}`] = content;
        return configChecksum(all);
      },
    }) as unknown as Record<string, string>;
  }
}
