import * as k8s from '../../../imports/k8s';
import { checkDnsLabel, checkNonEmpty } from '../vocabulary/validate';

/** Blocks and chunks on the component's own PVC. */
export interface FilesystemStorage {
  readonly type: 'filesystem';
}

/** A Secret holding S3 credentials; its values reach the component only as env vars. */
export interface S3CredentialsSecret {
  /** The Secret's name, in the component's namespace. */
  readonly name: string;
  /** @default 'AWS_ACCESS_KEY_ID' */
  readonly accessKeyIdKey?: string;
  /** @default 'AWS_SECRET_ACCESS_KEY' */
  readonly secretAccessKeyKey?: string;
}

/** An S3-compatible object store. */
export interface S3Storage {
  readonly type: 's3';
  readonly bucket: string;
  /** Host and optional port of the S3 API, e.g. `s3.eu-west-1.amazonaws.com` or `minio.storage.svc:9000`. */
  readonly endpoint: string;
  readonly region: string;
  /** Plain HTTP (for in-cluster stores such as MinIO). @default false */
  readonly insecure?: boolean;
  /**
   * Static credentials from a Secret, passed as env vars and referenced from the config.
   * @default - none in the pod: workload identity (IRSA, EKS Pod Identity) or the node's role
   */
  readonly credentialsSecret?: S3CredentialsSecret;
}

/** Where a backend keeps its data. */
export type ObjectStorage = FilesystemStorage | S3Storage;

/** The env var names the S3 credentials are passed in. */
export const S3_ENV = { accessKeyId: 'S3_ACCESS_KEY_ID', secretAccessKey: 'S3_SECRET_ACCESS_KEY' } as const;

/** Checks a storage prop; returns it. */
export const checkStorage = (owner: string, s: ObjectStorage): ObjectStorage => {
  if (s.type === 'filesystem') return s;
  if (s.type !== 's3') {
    throw new Error(`${owner} 'storage.type' must be one of 'filesystem', 's3', got '${(s as { type: string }).type}'`);
  }
  checkNonEmpty(`${owner} 'storage.bucket'`, s.bucket);
  checkNonEmpty(`${owner} 'storage.endpoint'`, s.endpoint);
  if (/^[a-z]+:\/\//.test(s.endpoint)) {
    throw new Error(`${owner} 'storage.endpoint' must be a host[:port] without a scheme, got '${s.endpoint}'`);
  }
  checkNonEmpty(`${owner} 'storage.region'`, s.region);
  if (s.credentialsSecret) checkDnsLabel(`${owner} 'storage.credentialsSecret.name'`, s.credentialsSecret.name);
  return s;
};

/** The TCP port an object store is reached on, for egress policies. */
export const objectStorePorts = (s: ObjectStorage): number[] => {
  if (s.type !== 's3') return [];
  const port = /:(\d+)$/.exec(s.endpoint);
  return [port ? Number(port[1]) : s.insecure ? 80 : 443];
};

/**
 * The egress a backend needs for its storage: its object store's port, if it has one, with
 * the store's host and bucket (what its identity must be granted).
 */
export const storageEgress = (s: ObjectStorage): { external: Array<{ ports: number[]; purpose: string; destination?: string; bucket?: string }> } => ({
  external: s.type === 's3' ? [{ ports: objectStorePorts(s), purpose: 'object storage (S3)', destination: s.endpoint.replace(/:\d+$/, ''), bucket: s.bucket }] : [],
});

/** The env vars that carry S3 credentials from their Secret, if one is given. */
export const s3CredentialEnv = (s: ObjectStorage): k8s.EnvVar[] => {
  if (s.type !== 's3' || !s.credentialsSecret) return [];
  const c = s.credentialsSecret;
  return [
    { name: S3_ENV.accessKeyId, valueFrom: { secretKeyRef: { name: c.name, key: c.accessKeyIdKey ?? 'AWS_ACCESS_KEY_ID' } } },
    { name: S3_ENV.secretAccessKey, valueFrom: { secretKeyRef: { name: c.name, key: c.secretAccessKeyKey ?? 'AWS_SECRET_ACCESS_KEY' } } },
  ];
};
