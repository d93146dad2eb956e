/*
 * A Grafana dashboard JSON model as the output carries it, read back by the checks of the
 * dashboard itself and of the queries and datasources it names.
 */

/** Every panel of a dashboard with its path, rows' nested panels included. */
export const dashboardPanels = (d: any): Array<{ at: string; panel: any }> => {
  const out: Array<{ at: string; panel: any }> = [];
  (Array.isArray(d?.panels) ? d.panels : []).forEach((p: any, i: number) => {
    out.push({ at: `panels[${i}]`, panel: p });
    (Array.isArray(p?.panels) ? p.panels : []).forEach((q: any, j: number) => out.push({ at: `panels[${i}].panels[${j}]`, panel: q }));
  });
  return out;
};
