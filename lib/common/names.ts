/**
 * The fixed names of the objects other components refer to by DNS or by name. Configs
 * never spell these out: they take Endpoints derived from them, so a rename here
 * changes every config that points at the component.
 */
export const NAMES = {
  agent: 'otel-agent',
  tempo: 'tempo',
  loki: 'loki',
  prometheus: 'prometheus',
} as const;
