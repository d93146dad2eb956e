/**
 * The one module that uses `@grafana/grafana-foundation-sdk` (a preview with one 0.0.x
 * line, pinned exactly in package.json): the dashboards are written against the small
 * typed model below and turned into Grafana's dashboard JSON model here, so an SDK
 * upgrade that renames a builder touches this file only.
 */
import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as logs from '@grafana/grafana-foundation-sdk/logs';
import * as loki from '@grafana/grafana-foundation-sdk/loki';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as tempo from '@grafana/grafana-foundation-sdk/tempo';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import { DashboardSpec, PanelQuery, PanelSpec } from '../../common/dashboards';
import { DATASOURCES, DatasourceName } from '../datasources';

/** Grafana's grid is 24 columns wide. */
const GRID_COLUMNS = 24;

const queryBuilder = (q: PanelQuery, refId: string) => {
  const ref = DATASOURCES[q.datasource as DatasourceName];
  switch (q.datasource) {
    case 'prometheus': {
      const b = new prometheus.DataqueryBuilder().expr(q.expr).refId(refId).datasource(ref).legendFormat(q.legend ?? '__auto');
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
  switch (p.type) {
    case 'timeseries':
      return new timeseries.PanelBuilder();
    case 'stat':
      return new stat.PanelBuilder();
    case 'table':
      return new table.PanelBuilder();
    case 'logs':
      return new logs.PanelBuilder().showTime(true).enableLogDetails(true).wrapLogMessage(true).sortOrder(common.LogsSortOrder.Descending);
  }
};

/**
 * The dashboard's JSON model (schema version of the SDK, v1 JSON as file provisioning reads
 * it): rows, panels laid out left to right, every query and panel naming its datasource by
 * `{type, uid}`.
 */
export const buildDashboard = (spec: DashboardSpec): Record<string, unknown> => {
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
