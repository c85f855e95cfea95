// A small typed model of a Grafana dashboard: enough to lay out panels and their Prometheus
// queries, rendered to the JSON Grafana imports. Internal: the public surface is the construct.
// Everything is derived from the inputs (ids, refIds, positions), so the output is deterministic.

/** Grafana's grid is 24 columns wide. */
const GRID_WIDTH = 24;
/** The datasource variable every panel queries through, so one dashboard fits any Prometheus. */
const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };

/** One Prometheus query of a panel. */
export interface QuerySpec {
  readonly expr: string;
  readonly legend?: string;
  /** An instant query (tables, stats) instead of a range. */
  readonly instant?: boolean;
}

/** A panel before layout. */
export interface PanelSpec {
  readonly type: 'timeseries' | 'stat' | 'table';
  readonly title: string;
  readonly description: string;
  readonly queries: QuerySpec[];
  /** Grafana unit id, e.g. `s`, `reqps`, `short`. */
  readonly unit: string;
  readonly width: number;
  readonly height: number;
  /** Stat thresholds: value at which the panel turns red. */
  readonly redFrom?: number;
}

/** Lays panels out left to right, wrapping at the grid's width, and renders the dashboard JSON. */
export class DashboardModel {
  private readonly panels: Array<Record<string, unknown>> = [];
  private x = 0;
  private y = 0;
  private rowHeight = 0;

  constructor(private readonly title: string, private readonly uid: string, private readonly description: string) {}

  /** A collapsible row header starting a new line. */
  public row(title: string): this {
    this.newLine();
    this.panels.push({ id: this.panels.length + 1, type: 'row', title, collapsed: false, gridPos: { h: 1, w: GRID_WIDTH, x: 0, y: this.y }, panels: [] });
    this.y += 1;
    return this;
  }

  /** Adds a panel at the next free position. */
  public panel(spec: PanelSpec): this {
    if (spec.width < 1 || spec.width > GRID_WIDTH) throw new Error(`panel "${spec.title}": width ${spec.width} is outside 1..${GRID_WIDTH}`);
    if (this.x + spec.width > GRID_WIDTH) this.newLine();
    this.panels.push({
      id: this.panels.length + 1,
      type: spec.type,
      title: spec.title,
      description: spec.description,
      datasource: DATASOURCE,
      gridPos: { h: spec.height, w: spec.width, x: this.x, y: this.y },
      targets: spec.queries.map((q, i) => ({
        refId: String.fromCharCode(65 + i),
        datasource: DATASOURCE,
        expr: q.expr,
        legendFormat: q.legend ?? '__auto',
        instant: q.instant ?? false,
        range: !(q.instant ?? false),
        format: spec.type === 'table' ? 'table' : 'time_series',
      })),
      fieldConfig: {
        defaults: {
          unit: spec.unit,
          ...(spec.redFrom !== undefined
            ? { thresholds: { mode: 'absolute', steps: [{ color: 'green', value: null }, { color: 'red', value: spec.redFrom }] } }
            : {}),
        },
        overrides: [],
      },
      options: panelOptions(spec),
    });
    this.x += spec.width;
    this.rowHeight = Math.max(this.rowHeight, spec.height);
    return this;
  }

  /** Every query of every panel, for checking them with a PromQL parser. */
  public get expressions(): string[] {
    return this.panels.flatMap((p) => ((p.targets as Array<{ expr: string }> | undefined) ?? []).map((t) => t.expr));
  }

  /** The dashboard as Grafana imports it. */
  public toJson(): Record<string, unknown> {
    return {
      uid: this.uid,
      title: this.title,
      description: this.description,
      tags: ['cert-manager', 'tls', 'cdk8s-tls'],
      timezone: 'utc',
      editable: false,
      graphTooltip: 1,
      refresh: '1m',
      schemaVersion: 39,
      version: 1,
      time: { from: 'now-7d', to: 'now' },
      templating: {
        list: [{
          name: 'datasource',
          label: 'Prometheus',
          type: 'datasource',
          query: 'prometheus',
          hide: 0,
          refresh: 1,
          current: {},
        }],
      },
      annotations: { list: [] },
      links: [],
      panels: this.panels,
    };
  }

  private newLine(): void {
    if (this.x === 0) return;
    this.y += this.rowHeight;
    this.x = 0;
    this.rowHeight = 0;
  }
}

function panelOptions(spec: PanelSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'stat':
      return { reduceOptions: { calcs: ['lastNotNull'], fields: '', values: false }, colorMode: 'background', graphMode: 'none', textMode: 'value' };
    case 'table':
      return { showHeader: true, sortBy: [{ displayName: 'Value', desc: false }] };
    default:
      return { legend: { displayMode: 'table', placement: 'right', showLegend: true }, tooltip: { mode: 'multi', sort: 'asc' } };
  }
}
