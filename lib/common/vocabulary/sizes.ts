/**
 * The size profiles an environment can pick. Each component declares its resources and
 * volume size per profile (its `sizes`); an environment's props override them.
 */
export const SIZE_NAMES = [
  /** A laptop cluster (kind, minikube): the whole stack in about 2 CPUs and 4 GiB. */
  'laptop',
  /** A production cluster of some hundred nodes. */
  'production',
] as const;

/** The name of a size profile. */
export type SizeName = (typeof SIZE_NAMES)[number];
