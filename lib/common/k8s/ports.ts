/** A named port: the name is used on the container and on the Service. */
export interface NamedPort {
  /** Lowercase, at most 15 characters. */
  readonly name: string;
  readonly port: number;
}

/**
 * The OTLP ports (IANA-registered; the SDKs' defaults). Every other port belongs to one
 * component and is declared in its folder.
 */
export const OTLP_PORTS = {
  grpc: { name: 'otlp-grpc', port: 4317 },
  http: { name: 'otlp-http', port: 4318 },
} as const satisfies Record<string, NamedPort>;
