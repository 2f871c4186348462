import {
  EVAL_GATE_STATUSES,
  EvalGateStatus,
  KpiAsset,
  REUSE_EVENT_TYPES,
  ReuseEventType,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import { windowBounds } from '../service/window';
import {
  AssetFilter,
  AssetReuseGroup,
  AssetUse,
  DayWindow,
  ExperimentFilter,
  KpiCatalogAsset,
  KpiStore,
  LineageFilter,
  TeamFlows,
  WorkflowBudget,
  WorkflowGate,
} from './KpiStore';
import {
  assetReuseRows,
  inOneSnapshot,
  teamReuseRows,
  unfoldedDaily,
  unfoldedEventsOf,
  UNFOLDED_EVENTS,
  windowReuse,
  WindowReuse,
} from './reuseBlocks';
import { compareText } from '../service/compareText';
import { presentDuring } from './catalogPresence';

type StoredTime = Date | string | number;

type AssetRow = {
  entity_ref: string;
  kind: string;
  title: string;
  owner_ref: string;
  function: string | null;
  guild_ref: string | null;
  derived_from_ref: string | null;
  first_seen_at: StoredTime;
};

const ASSET_COLUMNS = [
  'entity_ref',
  'kind',
  'title',
  'owner_ref',
  'function',
  'guild_ref',
  'derived_from_ref',
  'first_seen_at',
].map(column => `a.${column}`);

/** Events of every type in a row of `reuse_asset_blocks` aliased so. */
const allEvents = (alias: string) =>
  REUSE_EVENT_TYPES.map(type => `${alias}.${type}`).join(' + ');

const ALL_EVENTS = allEvents('b');

/**
 * Whether an asset (aliased `a`) joined with its block totals (aliased `r`)
 * was used by a team other than its owner: two teams or more in one block,
 * different teams in different blocks, or one team that is not the owner.
 */
const REUSED_BY_ANOTHER_TEAM =
  'r.entity_ref is not null and (r.several_teams = 1 or r.first_team <> r.last_team or r.first_team <> a.owner_ref)';

/**
 * The assets during a window (`catalog_assets as a`), filtered, joined with
 * their reuse in it; as SQL over that join, each asset's events, its events
 * of one type (when asked for), and whether a team other than its owner
 * used it (false or null when not).
 */
type AssetsWithReuse = {
  query: Knex.QueryBuilder;
  events: string;
  eventsOf: (type: ReuseEventType) => string;
  reused: string;
};

const REF_CHUNK = 500;

/** Above this many (block, asset) keys, a filtered read scans its blocks. */
const MAX_KEY_LOOKUPS = 4_000;

function toAsset(row: AssetRow): KpiAsset {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    title: row.title,
    ownerRef: row.owner_ref,
    function: row.function ?? null,
    guildRef: row.guild_ref ?? null,
  };
}

function toCatalogAsset(row: AssetRow): KpiCatalogAsset {
  return {
    ...toAsset(row),
    derivedFromRef: row.derived_from_ref ?? null,
    firstSeenAt: new Date(row.first_seen_at),
  };
}

const numberOrNull = (value: number | string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/** Rows of a raw statement, as either database hands them back. */
function rawRows<T>(result: T[] | { rows: T[] }): T[] {
  return Array.isArray(result) ? result : result.rows;
}

/** The KPI reads, on the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseKpiStore implements KpiStore {
  constructor(private readonly knex: Knex) {}

  async assetReuse(options: {
    window: DayWindow;
    filter: AssetFilter;
    groupBy?: 'owner' | 'function' | 'guild';
  }): Promise<AssetReuseGroup[]> {
    const { window, filter, groupBy } = options;
    const keyColumn = groupBy
      ? { owner: 'a.owner_ref', function: 'a.function', guild: 'a.guild_ref' }[
          groupBy
        ]
      : undefined;
    const rows = await inOneSnapshot(this.knex, async tx => {
      const reuse = await windowReuse(tx, window);
      const { query, events, reused } = await this.assetsWithReuse(
        tx,
        reuse,
        filter,
        { join: 'left', byType: false },
      );
      query
        .count({ assets: '*' })
        .select(
          this.knex.raw(`sum(case when ${reused} then 1 else 0 end) as reused`),
          this.knex.raw(`coalesce(sum(${events}), 0) as events`),
        );
      if (keyColumn) {
        query.select({ key: keyColumn }).groupBy(keyColumn);
      }
      return (await query.transacting(tx)) as Array<
        Record<string, string | number | null>
      >;
    });
    return rows.map(row => ({
      key: keyColumn ? (row.key as string | null) ?? null : null,
      assets: Number(row.assets),
      reusedAssets: Number(row.reused ?? 0),
      events: Number(row.events ?? 0),
    }));
  }

  async teamFlows(options: {
    window: DayWindow;
    filter: AssetFilter;
    team?: string;
    limit: number;
  }): Promise<TeamFlows> {
    const { window, filter, team, limit } = options;
    const result = await inOneSnapshot(this.knex, async tx =>
      this.topFlows(tx, await windowReuse(tx, window), filter, team, limit),
    );
    const rows = rawRows<Record<string, string | number | null>>(result);
    const totals = rows.find(row => row.row_kind === 'totals')!;
    return {
      cells: rows
        .filter(row => row.row_kind === 'cell')
        .map(row => ({
          producerRef: String(row.producer),
          consumerRef: String(row.consumer),
          events: Number(row.events),
          assets: Number(row.assets),
        }))
        .sort(
          (x, y) =>
            y.events - x.events ||
            compareText(x.producerRef, y.producerRef) ||
            compareText(x.consumerRef, y.consumerRef),
        ),
      totals: {
        events: Number(totals.events),
        crossTeamEvents: Number(totals.cross_events),
        cells: Number(totals.cells),
        producers: Number(totals.producers),
        consumers: Number(totals.consumers),
      },
    };
  }

  async topReusedAssets(options: {
    window: DayWindow;
    filter: AssetFilter;
    limit: number;
  }): Promise<AssetUse[]> {
    const { window, filter, limit } = options;
    const { rows, teamRows } = await inOneSnapshot(this.knex, async tx => {
      const reuse = await windowReuse(tx, window);
      const { query, events, eventsOf, reused } = await this.assetsWithReuse(
        tx,
        reuse,
        filter,
        { join: 'inner', byType: true },
      );
      const top: Array<AssetRow & Record<ReuseEventType | 'events', string>> =
        await query
          .select([
            ...ASSET_COLUMNS,
            this.knex.raw(`${events} as events`),
            ...REUSE_EVENT_TYPES.map(type =>
              this.knex.raw(`${eventsOf(type)} as ??`, [type]),
            ),
          ])
          .whereRaw(reused)
          .orderByRaw(`${events} desc, a.entity_ref`)
          .limit(limit)
          .transacting(tx);
      if (!top.length) {
        return { rows: top, teamRows: [] };
      }
      const teams: Array<{
        entity_ref: string;
        team_ref: string;
        events: string | number;
      }> = await this.knex
        .from(
          teamReuseRows(
            this.knex,
            reuse,
            top.map(row => row.entity_ref),
          ).as('t'),
        )
        .select('t.entity_ref', 't.team_ref')
        .sum({ events: 't.events' })
        .groupBy('t.entity_ref', 't.team_ref')
        .transacting(tx);
      return { rows: top, teamRows: teams };
    });

    return rows.map(row => ({
      asset: toAsset(row),
      byType: Object.fromEntries(
        REUSE_EVENT_TYPES.map(type => [type, Number(row[type])]),
      ) as Record<ReuseEventType, number>,
      teams: teamRows
        .filter(team => team.entity_ref === row.entity_ref)
        .map(team => ({ teamRef: team.team_ref, events: Number(team.events) })),
    }));
  }

  async eventsOfAssets(
    window: DayWindow,
    entityRefs: string[],
  ): Promise<Map<string, number>> {
    const events = new Map<string, number>();
    await inOneSnapshot(this.knex, async tx => {
      const reuse = await windowReuse(tx, window);
      // Each block, and the unfolded daily counts, repeat the refs.
      const chunk = Math.max(
        1,
        Math.floor(MAX_KEY_LOOKUPS / (reuse.blocks.length + 1)),
      );
      for (let i = 0; i < entityRefs.length; i += chunk) {
        const rows: Array<{ entity_ref: string; events: string | number }> =
          await this.knex
            .from(
              assetReuseRows(
                this.knex,
                reuse,
                entityRefs.slice(i, i + chunk),
              ).as('b'),
            )
            .select(
              'b.entity_ref',
              this.knex.raw(`sum(${ALL_EVENTS}) as events`),
            )
            .groupBy('b.entity_ref')
            .transacting(tx);
        rows.forEach(row => events.set(row.entity_ref, Number(row.events)));
      }
    });
    return events;
  }

  async derivationAssets(at: Date): Promise<KpiCatalogAsset[]> {
    // One scan: the derived assets, and those another present asset
    // derives from (few, through the primary key).
    const origins = this.presentAt(this.knex('catalog_assets as d'), 'd', at)
      .whereNotNull('d.derived_from_ref')
      .select('d.derived_from_ref');
    const rows: AssetRow[] = await this.presentAt(
      this.knex('catalog_assets as a'),
      'a',
      at,
    )
      .where(q =>
        q.whereNotNull('a.derived_from_ref').orWhereIn('a.entity_ref', origins),
      )
      .select(ASSET_COLUMNS);
    return rows.map(toCatalogAsset);
  }

  async derivationCounts(options: {
    at: Date;
    since: Date;
    filter: LineageFilter;
  }): Promise<{ derivations: number; crossTeam: number; newSince: number }> {
    const { at, since, filter } = options;
    const query = this.presentAt(this.knex('catalog_assets as a'), 'a', at)
      .whereNotNull('a.derived_from_ref')
      .leftJoin('catalog_assets as o', join =>
        join
          .on('o.entity_ref', 'a.derived_from_ref')
          .andOn(this.presence('o', at)),
      )
      .count({ derivations: '*' })
      .select(
        this.knex.raw(
          'coalesce(sum(case when o.owner_ref <> a.owner_ref then 1 else 0 end), 0) as cross_team',
        ),
        this.knex.raw(
          'coalesce(sum(case when a.first_seen_at >= ? then 1 else 0 end), 0) as new_since',
          [since],
        ),
      );
    if (filter.teamRef) {
      query.where(q =>
        q
          .where('a.owner_ref', filter.teamRef!)
          .orWhere('o.owner_ref', filter.teamRef!),
      );
    }
    if (filter.function) {
      query.where('a.function', filter.function);
    }
    if (filter.guildRef) {
      query.where('a.guild_ref', filter.guildRef);
    }
    const [row] = await query;
    return {
      derivations: Number(row.derivations),
      crossTeam: Number(row.cross_team),
      newSince: Number(row.new_since),
    };
  }

  async firstExperiments(options: {
    window: DayWindow;
    filter: AssetFilter;
  }): Promise<{
    tried: Array<{ firstSeenAt: Date; firstStartedAt: Date }>;
    untried: number;
  }> {
    const { window, filter } = options;
    const { start, end } = windowBounds(window);
    // One scan: each asset's first start by any team, kept when it is in
    // the window (tried) or the asset registered in it has none before its
    // end (untried).
    const firstStarts = this.knex('experiments as x')
      .select('x.entity_ref')
      .min({ first_started_at: 'x.started_at' })
      .groupBy('x.entity_ref')
      .as('m');
    const rows: Array<{
      first_seen_at: StoredTime;
      first_started_at: StoredTime | null;
    }> = await this.assetsDuring(window, filter)
      .leftJoin(firstStarts, 'm.entity_ref', 'a.entity_ref')
      .select('a.first_seen_at', 'm.first_started_at')
      .where(kept =>
        kept
          .where(tried =>
            tried
              .where('m.first_started_at', '>=', start)
              .andWhere('m.first_started_at', '<', end),
          )
          .orWhere(untried =>
            untried
              .where('a.first_seen_at', '>=', start)
              .andWhere(none =>
                none
                  .whereNull('m.first_started_at')
                  .orWhere('m.first_started_at', '>=', end),
              ),
          ),
      );
    const tried = rows.filter(
      row =>
        row.first_started_at !== null && new Date(row.first_started_at) < end,
    );
    return {
      tried: tried.map(row => ({
        firstSeenAt: new Date(row.first_seen_at),
        firstStartedAt: new Date(row.first_started_at!),
      })),
      untried: rows.length - tried.length,
    };
  }

  async experimentStarts(options: {
    window: DayWindow;
    filter: ExperimentFilter;
  }): Promise<{ selfServe: number; assisted: number; unknown: number }> {
    const { start, end } = windowBounds(options.window);
    const rows: Array<{
      self_serve: boolean | number | null;
      n: string | number;
    }> = await this.experimentsOf(options.filter)
      .where('x.started_at', '>=', start)
      .andWhere('x.started_at', '<', end)
      .select('x.self_serve')
      .count({ n: '*' })
      .groupBy('x.self_serve');
    const counts = { selfServe: 0, assisted: 0, unknown: 0 };
    for (const row of rows) {
      // SQLite hands booleans back as 0 / 1.
      if (row.self_serve === null || row.self_serve === undefined) {
        counts.unknown += Number(row.n);
      } else if (row.self_serve) {
        counts.selfServe += Number(row.n);
      } else {
        counts.assisted += Number(row.n);
      }
    }
    return counts;
  }

  async experimentFinishes(options: {
    window: DayWindow;
    filter: ExperimentFilter;
  }): Promise<{ finished: number; withLearnings: number }> {
    const { start, end } = windowBounds(options.window);
    const [row]: Array<{
      finished: string | number;
      with_learnings: string | number | null;
    }> = await this.experimentsOf(options.filter)
      .where('x.finished_at', '>=', start)
      .andWhere('x.finished_at', '<', end)
      .count({ finished: '*' })
      .select(
        this.knex.raw(
          "coalesce(sum(case when x.learnings_url is not null and x.learnings_url <> '' then 1 else 0 end), 0) as with_learnings",
        ),
      );
    return {
      finished: Number(row.finished),
      withLearnings: Number(row.with_learnings),
    };
  }

  async workflowOwnersAt(
    instants: { start: Date; end: Date },
    filter: AssetFilter,
  ): Promise<Array<{ ownerRef: string; atStart: number; atEnd: number }>> {
    // One scan for both instants.
    const presentAt = (at: Date) =>
      this.knex.raw('sum(case when ? then 1 else 0 end)', [
        this.presence('a', at),
      ]);
    const rows: Array<{
      owner_ref: string;
      at_start: string | number;
      at_end: string | number;
    }> = await this.filtered(this.knex('catalog_assets as a'), filter)
      .where('a.kind', 'aiworkflow')
      .andWhere('a.first_seen_at', '<', instants.end)
      .select(
        'a.owner_ref',
        this.knex.raw('? as at_start', [presentAt(instants.start)]),
        this.knex.raw('? as at_end', [presentAt(instants.end)]),
      )
      .groupBy('a.owner_ref');
    return rows.map(row => ({
      ownerRef: row.owner_ref,
      atStart: Number(row.at_start),
      atEnd: Number(row.at_end),
    }));
  }

  async assetsByRef(entityRefs: string[]): Promise<Map<string, KpiAsset>> {
    const assets = new Map<string, KpiAsset>();
    for (let i = 0; i < entityRefs.length; i += REF_CHUNK) {
      const rows: AssetRow[] = await this.knex('catalog_assets as a')
        .select(ASSET_COLUMNS)
        .whereIn('a.entity_ref', entityRefs.slice(i, i + REF_CHUNK));
      rows.forEach(row => assets.set(row.entity_ref, toAsset(row)));
    }
    return assets;
  }

  async workflowGates(
    until: Date,
    filter: AssetFilter,
    limit: number,
  ): Promise<{
    totals: Record<EvalGateStatus, number>;
    first: WorkflowGate[];
  }> {
    // The newest evaluation is kept per workflow (evaluation_latest): when
    // it ran before `until` — always, for a window that ends today — it is
    // the answer, read by key. The workflows whose kept one is newer (a
    // window in the past) look up their newest result before `until` in its
    // history, one step down evaluation_latest_idx each: a lateral join on
    // PostgreSQL; SQLite has none, and runs the same lookup as a correlated
    // subquery in the join condition.
    const columns = [
      'pass_rate',
      'threshold',
      'workflow_version',
      'dataset',
      'evaluated_at',
    ];
    const kept = this.workflowsPresentAt(until, filter)
      .leftJoin('evaluation_latest as l', 'l.entity_ref', 'a.entity_ref')
      .where(q =>
        q.whereNull('l.entity_ref').orWhere('l.evaluated_at', '<', until),
      )
      .select(
        'a.entity_ref',
        'a.evaluation_threshold',
        'l.result_id as id',
        ...columns.map(column => `l.${column}`),
      );
    const older = this.knex('evaluation_results as e')
      .whereRaw('e.entity_ref = a.entity_ref')
      .andWhere('e.evaluated_at', '<', until)
      .orderBy([
        { column: 'e.evaluated_at', order: 'desc' },
        { column: 'e.id', order: 'desc' },
      ])
      .limit(1);
    const lookedUp = this.workflowsPresentAt(until, filter).whereIn(
      'a.entity_ref',
      this.knex('evaluation_latest')
        .select('entity_ref')
        .where('evaluated_at', '>=', until),
    );
    if (this.knex.client.dialect === 'postgresql') {
      lookedUp.joinRaw('left join lateral ? as r on true', [
        this.knex.raw('?', [older.select('e.*')]),
      ]);
    } else {
      lookedUp.leftJoin('evaluation_results as r', join =>
        join.on('r.id', '=', this.knex.raw('?', [older.select('e.id')])),
      );
    }
    lookedUp.select(
      'a.entity_ref',
      'a.evaluation_threshold',
      'r.id',
      ...columns.map(column => `r.${column}`),
    );
    const gates = kept.unionAll(lookedUp);
    // Status and order in SQL, so that thousands of workflows come back as
    // a few counts and `limit` rows (parsing rows cost more than the join).
    const threshold = 'coalesce(g.evaluation_threshold, g.threshold)';
    const status = `case when g.id is null then 'not-evaluated'
      when ${threshold} is null then 'no-threshold'
      when g.pass_rate >= ${threshold} then 'passing' else 'failing' end`;
    const rank = `case status ${EVAL_GATE_STATUSES.map(
      (name, index) => `when '${name}' then ${index}`,
    ).join(' ')} end`;
    const result = await this.knex.raw(
      `with gates as materialized (select g.*, ${status} as status from ? g)
       select 'totals' as row_kind, status, count(*) as n, null as entity_ref,
         null as evaluation_threshold, null as id, null as pass_rate,
         null as threshold, null as workflow_version, null as dataset,
         null as evaluated_at
       from gates group by status
       union all
       select * from (
         select 'gate' as row_kind, status, 0 as n, entity_ref,
           evaluation_threshold, id, pass_rate, threshold, workflow_version,
           dataset, evaluated_at
         from gates
         order by ${rank}, evaluated_at, ${this.textOrder('entity_ref')}
         limit ?
       ) first_gates`,
      [gates, limit],
    );
    const rows = rawRows<{
      row_kind: 'totals' | 'gate';
      status: EvalGateStatus;
      n: string | number;
      entity_ref: string;
      evaluation_threshold: number | string | null;
      id: string | null;
      pass_rate: number | string | null;
      threshold: number | string | null;
      workflow_version: string | null;
      dataset: string | null;
      evaluated_at: StoredTime | null;
    }>(result);
    const totals = Object.fromEntries(
      EVAL_GATE_STATUSES.map(name => [name, 0]),
    ) as Record<EvalGateStatus, number>;
    rows
      .filter(row => row.row_kind === 'totals')
      .forEach(row => {
        totals[row.status] = Number(row.n);
      });
    const first = rows
      .filter(row => row.row_kind === 'gate')
      .map(row => ({
        entityRef: row.entity_ref,
        status: row.status,
        threshold: numberOrNull(row.evaluation_threshold),
        latest:
          row.id === null || row.evaluated_at === null
            ? null
            : {
                id: row.id,
                passRate: Number(row.pass_rate),
                threshold: numberOrNull(row.threshold),
                workflowVersion: String(row.workflow_version),
                dataset: String(row.dataset),
                evaluatedAt: new Date(row.evaluated_at),
              },
      }));
    return { totals, first };
  }

  async evaluationRuns(options: {
    entityRefs: string[];
    since: Date;
    until: Date;
  }): Promise<Map<string, number>> {
    const runs = new Map<string, number>();
    for (let i = 0; i < options.entityRefs.length; i += REF_CHUNK) {
      const rows: Array<{ entity_ref: string; n: string | number }> =
        await this.knex('evaluation_results')
          .select('entity_ref')
          .count({ n: '*' })
          .whereIn('entity_ref', options.entityRefs.slice(i, i + REF_CHUNK))
          .andWhere('evaluated_at', '>=', options.since)
          .andWhere('evaluated_at', '<', options.until)
          .groupBy('entity_ref');
      rows.forEach(row => runs.set(row.entity_ref, Number(row.n)));
    }
    return runs;
  }

  async workflowBudgets(
    at: Date,
    filter: AssetFilter,
  ): Promise<WorkflowBudget[]> {
    const rows: Array<{
      entity_ref: string;
      error_budget_incidents: number | string | null;
      error_budget_period: string | null;
    }> = await this.workflowsPresentAt(at, filter).select(
      'a.entity_ref',
      'a.error_budget_incidents',
      'a.error_budget_period',
    );
    return rows.map(row => ({
      entityRef: row.entity_ref,
      incidents: numberOrNull(row.error_budget_incidents),
      period: row.error_budget_period ?? null,
    }));
  }

  async incidents(options: {
    since: Date;
    until: Date;
    filter: AssetFilter;
  }): Promise<
    Array<{ entityRef: string; severity: string; occurredAt: Date }>
  > {
    const { since, until, filter } = options;
    const rows: Array<{
      entity_ref: string;
      severity: string;
      occurred_at: StoredTime;
    }> = await this.workflowsPresentAt(until, filter)
      // Few incidents, many workflows: from the incidents of the period
      // (incidents_time_idx) to their workflow, not the other way round.
      .join('ai_incidents as i', 'i.entity_ref', 'a.entity_ref')
      .select('i.entity_ref', 'i.severity', 'i.occurred_at')
      .where('i.occurred_at', '>=', since)
      .andWhere('i.occurred_at', '<', until);
    return rows.map(row => ({
      entityRef: row.entity_ref,
      severity: row.severity,
      occurredAt: new Date(row.occurred_at),
    }));
  }

  async duplication(
    at: Date,
    filter: AssetFilter,
  ): Promise<{
    assets: number;
    duplicatedAssets: number;
    detectedAt: Date | null;
  }> {
    // One scan of the catalog: each present asset, and whether it is in a
    // cluster with an item of another owner (few rows, hashed or indexed).
    const duplicatedRefs = this.knex('duplicate_clusters as d')
      .distinct('d.entity_ref')
      .whereExists(
        this.knex('duplicate_clusters as o')
          .select(this.knex.raw('1'))
          .whereRaw('o.cluster_id = d.cluster_id')
          .andWhereRaw('o.owner_ref <> d.owner_ref'),
      )
      .as('dup');
    const [[counts], [detected]] = await Promise.all([
      this.filtered(
        this.presentAt(this.knex('catalog_assets as a'), 'a', at),
        filter,
      )
        .leftJoin(duplicatedRefs, 'dup.entity_ref', 'a.entity_ref')
        .count({ assets: '*', duplicated: 'dup.entity_ref' }),
      // The run, not its clusters: a run that found none still ran.
      this.knex('duplicate_detection_runs').max({ at: 'detected_at' }),
    ]);
    return {
      assets: Number(counts.assets),
      duplicatedAssets: Number(counts.duplicated),
      detectedAt:
        detected?.at === null || detected?.at === undefined
          ? null
          : new Date(detected.at),
    };
  }

  /**
   * A text column to order by as `compareText` does: by code unit, which is
   * SQLite's default and PostgreSQL's "C" collation (not the database's).
   */
  private textOrder(column: string): string {
    return this.knex.client.dialect === 'postgresql'
      ? `${column} collate "C"`
      : column;
  }

  /** `catalog_assets as a` during the window, filtered. */
  private assetsDuring(window: DayWindow, filter: AssetFilter) {
    return this.filtered(
      this.knex('catalog_assets as a').where(
        presentDuring(this.knex, 'a', windowBounds(window)),
      ),
      filter,
    );
  }

  private presentAt(query: Knex.QueryBuilder, alias: string, at: Date) {
    return query.where(this.presence(alias, at));
  }

  /** Whether the catalog had the asset aliased `alias` at the instant. */
  private presence(alias: string, at: Date) {
    return presentDuring(this.knex, alias, { start: at, end: at });
  }

  private workflowsPresentAt(at: Date, filter: AssetFilter) {
    return this.filtered(
      this.presentAt(this.knex('catalog_assets as a'), 'a', at),
      filter,
    ).where('a.kind', 'aiworkflow');
  }

  private filtered(query: Knex.QueryBuilder, filter: AssetFilter) {
    if (filter.ownerRef) {
      query.where('a.owner_ref', filter.ownerRef);
    }
    if (filter.function) {
      query.where('a.function', filter.function);
    }
    if (filter.guildRef) {
      query.where('a.guild_ref', filter.guildRef);
    }
    return query;
  }

  /** `experiments as x` of a team, on assets of a function / guild. */
  private experimentsOf(filter: ExperimentFilter) {
    const query = this.knex('experiments as x');
    if (filter.teamRef) {
      query.where('x.team_ref', filter.teamRef);
    }
    if (hasFilter(filter.assets)) {
      query.whereIn(
        'x.entity_ref',
        this.filtered(this.knex('catalog_assets as a'), filter.assets).select(
          'a.entity_ref',
        ),
      );
    }
    return query;
  }

  /**
   * The flows of the window once, then (one statement) their totals and the
   * top cells.
   */
  private topFlows(
    tx: Knex.Transaction,
    reuse: WindowReuse,
    filter: AssetFilter,
    team: string | undefined,
    limit: number,
  ) {
    const flows = this.knex
      .from(this.flowRows(reuse, filter).as('f'))
      .select('f.producer', 'f.consumer', 'f.events', 'f.assets');
    if (team) {
      flows.where(q => q.where('f.producer', team).orWhere('f.consumer', team));
    }
    // One statement: the flows once, then their totals and the top cells
    // (distinct teams by subqueries, which PostgreSQL hashes, not sorts).
    const cross = 'producer <> consumer';
    return tx.raw(
      `with flows as materialized ?
       select 'totals' as row_kind, null as producer, null as consumer,
         coalesce(sum(events), 0) as events, 0 as assets,
         coalesce(sum(case when ${cross} then events else 0 end), 0) as cross_events,
         coalesce(sum(case when ${cross} then 1 else 0 end), 0) as cells,
         (select count(*) from (select distinct producer from flows where ${cross}) p) as producers,
         (select count(*) from (select distinct consumer from flows where ${cross}) c) as consumers
       from flows
       union all
       select * from (
         select 'cell' as row_kind, producer, consumer, events, assets,
           0 as cross_events, 0 as cells, 0 as producers, 0 as consumers
         from flows where ${cross}
         order by events desc, producer, consumer
         limit ?
       ) top_cells`,
      [flows, limit],
    );
  }

  /**
   * Per producing and consuming team, events and assets of the window, one
   * row per pair. Without a function or guild filter, a window whose
   * trailing block has complete flows reads `reuse_flow_blocks` plus the
   * unfolded daily counts; otherwise every (asset, team) pair of the window,
   * grouped by the asset's owner.
   */
  private flowRows(reuse: WindowReuse, filter: AssetFilter): Knex.QueryBuilder {
    const { window, flows } = reuse;
    if (!flows || hasFilter(filter)) {
      const pairs = this.knex
        .from(teamReuseRows(this.knex, reuse).as('t'))
        .select('t.entity_ref', 't.team_ref')
        .sum({ events: 't.events' })
        .groupBy('t.entity_ref', 't.team_ref');
      if (hasFilter(filter)) {
        pairs.whereIn(
          't.entity_ref',
          this.assetsDuring(window, filter).select('a.entity_ref'),
        );
      }
      return this.assetsDuring(window, filter)
        .join(pairs.as('p'), 'p.entity_ref', 'a.entity_ref')
        .select({ producer: 'a.owner_ref', consumer: 'p.team_ref' })
        .sum({ events: 'p.events' })
        .count({ assets: '*' })
        .groupBy('a.owner_ref', 'p.team_ref');
    }

    // Not folded yet, per pair of teams: a pair of asset and team the
    // trailing block lacks is one asset more.
    const unfolded = this.assetsDuring(window, filter)
      .join(
        unfoldedDaily(this.knex, window)
          .select(
            'd.entity_ref',
            'd.team_ref',
            this.knex.raw(`${UNFOLDED_EVENTS} as events`),
          )
          .groupBy('d.entity_ref', 'd.team_ref')
          .as('u'),
        'u.entity_ref',
        'a.entity_ref',
      )
      .select({ producer: 'a.owner_ref', consumer: 'u.team_ref' })
      .sum({ events: 'u.events' })
      .select(
        this.knex.raw(
          'sum(case when exists (select 1 from reuse_team_blocks tk where tk.block_days = ? and tk.block_start = ? and tk.entity_ref = u.entity_ref and tk.team_ref = u.team_ref) then 0 else 1 end) as assets',
          [flows.days, flows.start],
        ),
      )
      .groupBy('a.owner_ref', 'u.team_ref');
    // The stored flows (one row per pair) with the few unfolded ones added,
    // then the pairs only the unfolded counts have: no grouping of the
    // stored rows.
    const stored = this.knex('reuse_flow_blocks as fb')
      .leftJoin(unfolded.clone().as('u'), join =>
        join
          .on('u.producer', 'fb.producer_ref')
          .andOn('u.consumer', 'fb.consumer_ref'),
      )
      .where({ 'fb.block_days': flows.days, 'fb.block_start': flows.start })
      .select({ producer: 'fb.producer_ref', consumer: 'fb.consumer_ref' })
      .select(
        this.knex.raw('fb.events + coalesce(u.events, 0) as events'),
        this.knex.raw('fb.assets + coalesce(u.assets, 0) as assets'),
      );
    const onlyUnfolded = this.knex
      .from(unfolded.as('u'))
      .select('u.producer', 'u.consumer', 'u.events', 'u.assets')
      .whereNotExists(
        this.knex('reuse_flow_blocks as fo')
          .select(this.knex.raw('1'))
          .where({ 'fo.block_days': flows.days, 'fo.block_start': flows.start })
          .whereRaw('fo.producer_ref = u.producer')
          .whereRaw('fo.consumer_ref = u.consumer'),
      );
    return stored.unionAll(onlyUnfolded);
  }

  /**
   * The assets during the window, filtered, joined with their reuse. A
   * window one block holds is read by key (see `assetsWithBlockRow`).
   * Other windows group their blocks per asset first (see `blockTotals`),
   * and keep every asset (`left`) or only those with reuse (`inner`).
   */
  private async assetsWithReuse(
    tx: Knex.Transaction,
    reuse: WindowReuse,
    filter: AssetFilter,
    options: { join: 'left' | 'inner'; byType: boolean },
  ): Promise<AssetsWithReuse> {
    if (reuse.blocks.length === 1) {
      return this.assetsWithBlockRow(reuse, filter, options.byType);
    }
    const refs = await this.fewAssetRefs(tx, reuse, filter);
    const totals = this.blockTotals(reuse, filter, refs, options.byType).as(
      'r',
    );
    const assets = this.assetsDuring(reuse.window, filter);
    return {
      query:
        options.join === 'left'
          ? assets.leftJoin(totals, 'r.entity_ref', 'a.entity_ref')
          : assets.join(totals, 'r.entity_ref', 'a.entity_ref'),
      events: 'r.events',
      eventsOf: type => `r.${type}`,
      reused: REUSED_BY_ANOTHER_TEAM,
    };
  }

  /**
   * For a window one block holds (a trailing block, or one aligned block):
   * each asset joined with its row of the block by key (`blk`), and with
   * its daily counts not folded into it yet (`u`, few rows) — no grouping
   * of the block's ~10,000 rows. Every asset is kept.
   */
  private assetsWithBlockRow(
    reuse: WindowReuse,
    filter: AssetFilter,
    byType: boolean,
  ): AssetsWithReuse {
    const [block] = reuse.blocks;
    const unfolded = unfoldedDaily(this.knex, reuse.window)
      .select('d.entity_ref', this.knex.raw(`${UNFOLDED_EVENTS} as events`))
      .min({ first_team: 'd.team_ref' })
      .max({ last_team: 'd.team_ref' })
      .groupBy('d.entity_ref');
    if (byType) {
      unfolded.select(
        REUSE_EVENT_TYPES.map(type => unfoldedEventsOf(this.knex, type)),
      );
    }
    return {
      query: this.assetsDuring(reuse.window, filter)
        .leftJoin('reuse_asset_blocks as blk', join =>
          join
            .on('blk.entity_ref', 'a.entity_ref')
            .andOnVal('blk.block_days', block.days)
            .andOnVal('blk.block_start', block.start),
        )
        .leftJoin(unfolded.as('u'), 'u.entity_ref', 'a.entity_ref'),
      events: `(coalesce(${allEvents('blk')}, 0) + coalesce(u.events, 0))`,
      eventsOf: type => `(coalesce(blk.${type}, 0) + coalesce(u.${type}, 0))`,
      // Several teams in the block, or one team (the block's, the least or
      // greatest unfolded one) that is not the owner.
      reused:
        '(blk.several_teams = 1 or blk.team_ref <> a.owner_ref or u.first_team <> a.owner_ref or u.last_team <> a.owner_ref)',
    };
  }

  /**
   * The refs of the assets of a filter during the window, when they are few
   * enough to be looked up by key in each block; undefined otherwise.
   */
  private async fewAssetRefs(
    tx: Knex.Transaction,
    reuse: WindowReuse,
    filter: AssetFilter,
  ): Promise<string[] | undefined> {
    if (!hasFilter(filter)) {
      return undefined;
    }
    const rows: Array<{ entity_ref: string }> = await this.assetsDuring(
      reuse.window,
      filter,
    )
      .select('a.entity_ref')
      .transacting(tx);
    return rows.length * reuse.blocks.length <= MAX_KEY_LOOKUPS
      ? rows.map(row => row.entity_ref)
      : undefined;
  }

  /**
   * Per asset, over the blocks that tile the window and the daily counts
   * not folded into them yet: events (all and by type), whether several
   * teams used it within a block, and the least and greatest of the teams
   * kept per block. Only for assets of the filter:
   * looked up by key when `refs` lists them (a team's or a function's assets
   * are few), else by scanning the blocks. The sum of each event type only
   * `byType`: five more sums per asset, a quarter of the cross-team reuse
   * read on SQLite.
   */
  private blockTotals(
    reuse: WindowReuse,
    filter: AssetFilter,
    refs: string[] | undefined,
    byType: boolean,
  ) {
    const query = this.knex
      .from(assetReuseRows(this.knex, reuse, refs).as('b'))
      .select(
        'b.entity_ref',
        this.knex.raw(`sum(${ALL_EVENTS}) as events`),
        ...(byType
          ? REUSE_EVENT_TYPES.map(type =>
              this.knex.raw('sum(??) as ??', [`b.${type}`, type]),
            )
          : []),
      )
      .max({ several_teams: 'b.several_teams' })
      .min({ first_team: 'b.team_ref' })
      .max({ last_team: 'b.team_ref' })
      .groupBy('b.entity_ref');
    if (hasFilter(filter) && !refs) {
      query.whereIn(
        'b.entity_ref',
        this.assetsDuring(reuse.window, filter).select('a.entity_ref'),
      );
    }
    return query;
  }
}

function hasFilter(filter: AssetFilter): boolean {
  return Boolean(filter.ownerRef || filter.function || filter.guildRef);
}
