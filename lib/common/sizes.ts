import { ContainerResources } from './common/resources';

/** Resources and volume sizes of every component, for one kind of cluster. */
export interface SizeProfile {
  readonly agent: ContainerResources;
  readonly tempo: ContainerResources & { readonly storageSize: string };
  readonly loki: ContainerResources & { readonly storageSize: string };
  readonly prometheus: ContainerResources & { readonly storageSize: string };
}

/** The size profiles an environment can pick. */
export const SIZES = {
  /** A laptop cluster (kind, minikube): the whole stack in about 2 CPUs and 4 GiB. */
  laptop: {
    agent: { cpuRequest: '50m', memoryRequest: '128Mi', memoryLimit: '256Mi' },
    tempo: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
    loki: { cpuRequest: '100m', memoryRequest: '256Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
    prometheus: { cpuRequest: '100m', memoryRequest: '512Mi', memoryLimit: '1Gi', storageSize: '5Gi' },
  },
  /** A production cluster of some hundred nodes. */
  production: {
    agent: { cpuRequest: '200m', memoryRequest: '512Mi', memoryLimit: '1Gi' },
    tempo: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '4Gi', storageSize: '50Gi' },
    loki: { cpuRequest: '1', memoryRequest: '4Gi', memoryLimit: '4Gi', storageSize: '100Gi' },
    prometheus: { cpuRequest: '1', memoryRequest: '8Gi', memoryLimit: '8Gi', storageSize: '50Gi' },
  },
} as const satisfies Record<string, SizeProfile>;

/** The name of a size profile. */
export type SizeName = keyof typeof SIZES;
