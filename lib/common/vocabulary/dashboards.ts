/**
 * Dashboards as typed data: what a dashboard shows, written by whichever part of the
 * library owns the numbers (the SLO model, the stack's own components), independent of
 * the library that renders Grafana's JSON model (lib/grafana/dashboards/sdk.ts).
 */

/** A PromQL query of the Prometheus datasource. */
export interface PromQuery {
  readonly datasource: 'prometheus';
  readonly expr: string;
  /** The series' name in the legend, e.g. `{{span_name}}`. */
  readonly legend?: string;
  /** One value at the end of the range (stat panels), not a range. @default false */
  readonly instant?: boolean;
  /** Show the series' exemplars (each links to its trace). @default false */
  readonly exemplars?: boolean;
}

/** A LogQL query of the Loki datasource. */
export interface LogQuery {
  readonly datasource: 'loki';
  readonly expr: string;
  /** @default 200 */
  readonly maxLines?: number;
}

/** A TraceQL search of the Tempo datasource, shown as a table of traces. */
export interface TraceSearch {
  readonly datasource: 'tempo';
  readonly traceql: string;
  /** @default 20 */
  readonly limit?: number;
}

/** The query of a panel. */
export type PanelQuery = PromQuery | LogQuery | TraceSearch;

/** The panel types the dashboards use: Grafana's current core panels only. */
export const PANEL_TYPES = ['timeseries', 'stat', 'table', 'logs'] as const;
/** A panel type. */
export type PanelType = (typeof PANEL_TYPES)[number];

/** One panel. */
export interface PanelSpec {
  readonly type: PanelType;
  readonly title: string;
  /** What the panel answers, shown on hover. */
  readonly description: string;
  /** Grafana's unit id, e.g. `reqps`, `percentunit`, `s`, `bytes`. @default - none */
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  /** Of Grafana's 24 columns. @default 8 */
  readonly width?: number;
  /** @default 8 */
  readonly height?: number;
  readonly queries: readonly PanelQuery[];
}

/** A dashboard variable whose values are a label's values in Prometheus. */
export interface LabelVariable {
  readonly name: string;
  readonly label: string;
  /** `label_values(<series>, <label>)`, a Grafana Prometheus variable query. */
  readonly query: string;
}

/** One dashboard, as the stack writes it. */
export interface DashboardSpec {
  /** Fixed: links and bookmarks keep working across synths. */
  readonly uid: string;
  readonly title: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly variables: readonly LabelVariable[];
  readonly rows: ReadonlyArray<{ readonly title: string; readonly panels: readonly PanelSpec[] }>;
}

/** A folder of dashboards in Grafana, with a fixed uid. */
export interface DashboardFolder {
  /** The folder's uid: also the name of its directory and the suffix of its ConfigMap. A DNS-1123 label. */
  readonly uid: string;
  readonly title: string;
  readonly dashboards: readonly DashboardSpec[];
}
