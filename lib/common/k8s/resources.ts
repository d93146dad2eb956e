import * as k8s from '../../../imports/k8s';

/** The compute resources of one container. */
export interface ContainerResources {
  /** CPU request, a Kubernetes quantity such as `100m` or `1`. */
  readonly cpuRequest: string;
  /** Memory request, a Kubernetes quantity such as `256Mi`. */
  readonly memoryRequest: string;
  /** Memory limit, at least the request. */
  readonly memoryLimit: string;
}

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
const DECIMAL: Record<string, number> = { '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

/** Bytes of a memory quantity (`512Mi`, `1G`, `1073741824`), or undefined when it is not one. */
export const parseMemory = (q: string): number | undefined => {
  const m = /^([0-9]+(?:\.[0-9]+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(q);
  if (!m) return undefined;
  const unit = m[2] ?? '';
  return Number(m[1]) * (BINARY[unit] ?? DECIMAL[unit]);
};

/** Millicores of a CPU quantity (`250m`, `1`, `0.5`), or undefined when it is not one. */
export const parseCpu = (q: string): number | undefined => {
  const m = /^([0-9]+(?:\.[0-9]+)?)(m)?$/.exec(q);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1000;
};

/**
 * Checks a container's resources and returns them as a Kubernetes object.
 * @param owner names the construct and prop in error messages, e.g. `OtelAgent 'resources'`
 */
export const resourceRequirements = (owner: string, r: ContainerResources): k8s.ResourceRequirements => {
  const cpu = parseCpu(r.cpuRequest);
  if (cpu === undefined || cpu <= 0) {
    throw new Error(`${owner}: 'cpuRequest' must be a positive CPU quantity such as 100m or 1, got '${r.cpuRequest}'`);
  }
  const req = parseMemory(r.memoryRequest);
  if (req === undefined || req <= 0) {
    throw new Error(`${owner}: 'memoryRequest' must be a positive memory quantity such as 256Mi, got '${r.memoryRequest}'`);
  }
  const lim = parseMemory(r.memoryLimit);
  if (lim === undefined || lim <= 0) {
    throw new Error(`${owner}: 'memoryLimit' must be a positive memory quantity such as 1Gi, got '${r.memoryLimit}'`);
  }
  if (lim < req) {
    throw new Error(`${owner}: 'memoryLimit' must be at least 'memoryRequest' (${r.memoryRequest}), got '${r.memoryLimit}'`);
  }
  return {
    requests: { cpu: k8s.Quantity.fromString(r.cpuRequest), memory: k8s.Quantity.fromString(r.memoryRequest) },
    limits: { memory: k8s.Quantity.fromString(r.memoryLimit) },
  };
};

/**
 * A `GOMEMLIMIT` value (in MiB) at the given share of a memory limit, so the Go
 * garbage collector works harder before the kernel's OOM killer acts.
 */
export const goMemLimit = (memoryLimit: string, ratio = 0.8): string => {
  const bytes = parseMemory(memoryLimit);
  if (bytes === undefined) {
    throw new Error(`'memoryLimit' must be a memory quantity such as 1Gi, got '${memoryLimit}'`);
  }
  return `${Math.floor((bytes * ratio) / 2 ** 20)}MiB`;
};
