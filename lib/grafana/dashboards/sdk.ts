/**
 * The one module that uses `@grafana/grafana-foundation-sdk` (a preview with one 0.0.x
 * line, pinned exactly in package.json): the dashboards are written against the small
 * typed model below and turned into Grafana's dashboard JSON model here, so an SDK
 * upgrade that renames a builder touches this file only.
 */
import type * as common from '@grafana/grafana-foundation-sdk/common';
import type * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type * as logs from '@grafana/grafana-foundation-sdk/logs';
import type * as loki from '@grafana/grafana-foundation-sdk/loki';
import type * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import type * as stat from '@grafana/grafana-foundation-sdk/stat';
import type * as table from '@grafana/grafana-foundation-sdk/table';
import type * as tempo from '@grafana/grafana-foundation-sdk/tempo';
import type * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { DashboardSpec, PanelQuery, PanelSpec } from '../../common/vocabulary/dashboards';
import { DATASOURCES, DatasourceName } from '../datasources';

/** The SDK's modules, loaded on first use: a synth whose dashboards are all cached loads none (about 0.1 s, 244 files). */
interface Sdk {
  readonly common: typeof common;
  readonly dashboard: typeof dashboard;
  readonly logs: typeof logs;
  readonly loki: typeof loki;
  readonly prometheus: typeof prometheus;
  readonly stat: typeof stat;
  readonly table: typeof table;
  readonly tempo: typeof tempo;
  readonly timeseries: typeof timeseries;
}
let loaded: Sdk | undefined;
const sdk = (): Sdk =>
  (loaded ??= {
    common: require('@grafana/grafana-foundation-sdk/common'),
    dashboard: require('@grafana/grafana-foundation-sdk/dashboard'),
    logs: require('@grafana/grafana-foundation-sdk/logs'),
    loki: require('@grafana/grafana-foundation-sdk/loki'),
    prometheus: require('@grafana/grafana-foundation-sdk/prometheus'),
    stat: require('@grafana/grafana-foundation-sdk/stat'),
    table: require('@grafana/grafana-foundation-sdk/table'),
    tempo: require('@grafana/grafana-foundation-sdk/tempo'),
    timeseries: require('@grafana/grafana-foundation-sdk/timeseries'),
  });

/** Grafana's grid is 24 columns wide. */
const GRID_COLUMNS = 24;

const queryBuilder = (q: PanelQuery, refId: string) => {
  const { prometheus, loki, tempo } = sdk();
  const ref = DATASOURCES[q.datasource as DatasourceName];
  switch (q.datasource) {
    case 'prometheus': {
      const b = new prometheus.DataqueryBuilder().expr(q.expr).refId(refId).datasource(ref).legendFormat(q.legend ?? '__auto');
      if (q.exemplars) b.exemplar(true);
      return q.instant ? b.instant() : b.range();
    }
    case 'loki':
      return new loki.DataqueryBuilder().expr(q.expr).refId(refId).datasource(ref).maxLines(q.maxLines ?? 200);
    case 'tempo':
      return new tempo.DataqueryBuilder()
        .queryType('traceql')
        .query(q.traceql)
        .tableType(tempo.SearchTableType.Traces)
        .limit(q.limit ?? 20)
        .refId(refId)
        .datasource(ref);
  }
};

const panelBuilder = (p: PanelSpec) => {
  const { timeseries, stat, table, logs, common } = sdk();
  switch (p.type) {
    case 'timeseries':
      // the SDK's default hides the legend: every panel names its series
      return new timeseries.PanelBuilder()
        .legend(new common.VizLegendOptionsBuilder().showLegend(true).displayMode(common.LegendDisplayMode.List).placement(common.LegendPlacement.Bottom))
        .tooltip(new common.VizTooltipOptionsBuilder().mode(common.TooltipDisplayMode.Multi).sort(common.SortOrder.Descending));
    case 'stat':
      // the last value of the range, said explicitly
      return new stat.PanelBuilder().reduceOptions(new common.ReduceDataOptionsBuilder().calcs(['lastNotNull']).values(false));
    case 'table':
      return new table.PanelBuilder();
    case 'logs':
      return new logs.PanelBuilder().showTime(true).enableLogDetails(true).wrapLogMessage(true).sortOrder(common.LogsSortOrder.Descending);
  }
};

/** Renders a dashboard with the SDK's builders. */
export const renderDashboard = (spec: DashboardSpec): Record<string, unknown> => {
  const { dashboard } = sdk();
  const b = new dashboard.DashboardBuilder(spec.title)
    .uid(spec.uid)
    .description(spec.description)
    .tags([...spec.tags])
    // provisioned from files: changes are made in code
    .readonly()
    .refresh('1m')
    .time({ from: 'now-6h', to: 'now' })
    .timezone('browser')
    .tooltip(dashboard.DashboardCursorSync.Crosshair);
  for (const v of spec.variables) {
    b.withVariable(
      new dashboard.QueryVariableBuilder(v.name)
        .label(v.label)
        .datasource(DATASOURCES.prometheus)
        .query(v.query)
        .definition(v.query)
        // refreshed whenever the time range changes
        .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
        .sort(dashboard.VariableSort.AlphabeticalAsc),
    );
  }
  let y = 0;
  let id = 1;
  for (const row of spec.rows) {
    b.withRow(new dashboard.RowBuilder(row.title).id(id++).gridPos({ x: 0, y, w: GRID_COLUMNS, h: 1 }));
    y += 1;
    let x = 0;
    let rowHeight = 0;
    for (const p of row.panels) {
      const w = p.width ?? 8;
      const h = p.height ?? 8;
      if (x + w > GRID_COLUMNS) {
        y += rowHeight;
        x = 0;
        rowHeight = 0;
      }
      const types = new Set(p.queries.map((q) => q.datasource));
      if (types.size !== 1) throw new Error(`dashboard '${spec.uid}', panel '${p.title}': the queries of a panel must use one datasource, got ${[...types].join(', ') || 'none'}`);
      const panel = panelBuilder(p)
        .id(id++)
        .title(p.title)
        .description(p.description)
        .datasource(DATASOURCES[[...types][0] as DatasourceName])
        .gridPos({ x, y, w, h });
      if (p.unit !== undefined) panel.unit(p.unit);
      if (p.min !== undefined) panel.min(p.min);
      if (p.max !== undefined) panel.max(p.max);
      p.queries.forEach((q, i) => panel.withTarget(queryBuilder(q, String.fromCharCode(65 + i))));
      b.withPanel(panel);
      x += w;
      rowHeight = Math.max(rowHeight, h);
    }
    y += rowHeight;
  }
  // the JSON model: the builders' values, without their methods
  return JSON.parse(JSON.stringify(b.build()));
};

/** A dashboard's provisioning file and the model it holds. */
export interface DashboardFile {
  /** The JSON model. */
  readonly model: Readonly<Record<string, unknown>>;
  /** The file Grafana's provisioning reads: the model as indented JSON. */
  readonly text: string;
}

/** The dashboard's provisioning file. */
export const dashboardFile = (spec: DashboardSpec): DashboardFile => {
  const model = renderDashboard(spec);
  return { model, text: `${JSON.stringify(model, null, 2)}\n` };
};
