/** How bad a finding is: an error fails the synth, a warning is printed. */
export type FindingLevel = 'error' | 'warn';

/** One problem found in the output. */
export interface Finding {
  readonly level: FindingLevel;
  /** The file under dist/<env>/, e.g. `tempo.k8s.yaml`. */
  readonly file: string;
  /** The object, as `Kind/namespace/name`. */
  readonly object: string;
  /** The path inside the object or the embedded config, e.g. `data.tempo.yaml: storage.trace.s3.bucket`. */
  readonly path: string;
  /** What is wrong, naming the offending value and what is allowed. */
  readonly message: string;
}

/** A config file embedded in a ConfigMap. */
export interface EmbeddedConfig {
  readonly file: string;
  /** `ConfigMap/namespace/name`. */
  readonly object: string;
  /** The ConfigMap's `app.kubernetes.io/name` label. */
  readonly component: string;
  /** The format its component declared for it (the ConfigMap's config-format annotation), if any. */
  readonly format?: string;
  /** The key under `data`, e.g. `tempo.yaml`. */
  readonly key: string;
  readonly text: string;
  readonly parsed: any;
}
