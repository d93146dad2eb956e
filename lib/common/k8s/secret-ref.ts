/** A key of a Secret in the component's namespace: mounted as a file, never copied into a config. */
export interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}
