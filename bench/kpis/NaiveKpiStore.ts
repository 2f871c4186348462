import {
  REUSE_EVENT_TYPES,
  ReuseEventType,
} from '../../plugins/ai-marketplace-common/src/api/reuse';
import { Knex } from 'knex';
import { DatabaseKpiStore } from '../../plugins/ai-marketplace-backend/src/database/DatabaseKpiStore';
import {
  AssetFilter,
  AssetReuseGroup,
  AssetUse,
  DayWindow,
  KpiStore,
  TeamFlows,
} from '../../plugins/ai-marketplace-backend/src/database/KpiStore';
import { compareText } from '../../plugins/ai-marketplace-backend/src/service/compareText';
import { windowBounds } from '../../plugins/ai-marketplace-backend/src/service/window';

/**
 * The KPI reads the naive way: the reuse reads are a GROUP BY over the raw
 * `reuse_events` of the window (served by their time index) joined with the
 * catalog snapshot; every other read is DatabaseKpiStore's, which reads the
 * record tables either way. The KPI functions run on it unchanged, so the
 * benchmark compares the same answers.
 */
export class NaiveKpiStore implements KpiStore {
  private readonly records: DatabaseKpiStore;

  constructor(private readonly knex: Knex) {
    this.records = new DatabaseKpiStore(knex);
  }

  /** Raw events of the window on assets listed during it (e, c). */
  private events(window: DayWindow, filter: AssetFilter) {
    const { start, end } = windowBounds(window);
    const query = this.knex('reuse_events as e')
      .join('catalog_assets as c', 'c.entity_ref', 'e.entity_ref')
      .where('e.occurred_at', '>=', start)
      .andWhere('e.occurred_at', '<', end)
      .andWhere('c.first_seen_at', '<', end)
      .andWhere(q =>
        q.whereNull('c.removed_at').orWhere('c.removed_at', '>=', start),
      );
    return filtered(query, 'c', filter);
  }

  async assetReuse(options: {
    window: DayWindow;
    filter: AssetFilter;
    groupBy?: 'owner' | 'function' | 'guild';
  }): Promise<AssetReuseGroup[]> {
    const { window, filter, groupBy } = options;
    const { start, end } = windowBounds(window);
    const perAsset = this.events(window, filter)
      .select('e.entity_ref')
      .count({ events: '*' })
      .select(
        this.knex.raw(
          'max(case when e.team_ref <> c.owner_ref then 1 else 0 end) as reused',
        ),
      )
      .groupBy('e.entity_ref');
    const key = groupBy
      ? { owner: 'a.owner_ref', function: 'a.function', guild: 'a.guild_ref' }[
          groupBy
        ]
      : undefined;
    const query = filtered(
      this.knex('catalog_assets as a')
        .where('a.first_seen_at', '<', end)
        .andWhere(q =>
          q.whereNull('a.removed_at').orWhere('a.removed_at', '>=', start),
        ),
      'a',
      filter,
    )
      .leftJoin(perAsset.as('r'), 'r.entity_ref', 'a.entity_ref')
      .count({ assets: '*' })
      .select(
        this.knex.raw('coalesce(sum(r.reused), 0) as reused'),
        this.knex.raw('coalesce(sum(r.events), 0) as events'),
      );
    if (key) {
      query.select({ key }).groupBy(key);
    }
    const rows: Array<Record<string, string | number | null>> = await query;
    return rows.map(row => ({
      key: key ? (row.key as string | null) ?? null : null,
      assets: Number(row.assets),
      reusedAssets: Number(row.reused),
      events: Number(row.events),
    }));
  }

  async teamFlows(options: {
    window: DayWindow;
    filter: AssetFilter;
    team?: string;
    limit: number;
  }): Promise<TeamFlows> {
    const query = this.events(options.window, options.filter)
      .select({ producer: 'c.owner_ref', consumer: 'e.team_ref' })
      .count({ events: '*' })
      .countDistinct({ assets: 'e.entity_ref' })
      .groupBy('c.owner_ref', 'e.team_ref');
    if (options.team) {
      const team = options.team;
      query.where(q =>
        q.where('c.owner_ref', team).orWhere('e.team_ref', team),
      );
    }
    const flows = ((await query) as Array<Record<string, string | number>>).map(
      row => ({
        producerRef: String(row.producer),
        consumerRef: String(row.consumer),
        events: Number(row.events),
        assets: Number(row.assets),
      }),
    );
    const cross = flows.filter(f => f.producerRef !== f.consumerRef);
    return {
      cells: cross
        .sort(
          (x, y) =>
            y.events - x.events ||
            compareText(x.producerRef, y.producerRef) ||
            compareText(x.consumerRef, y.consumerRef),
        )
        .slice(0, options.limit),
      totals: {
        events: flows.reduce((sum, f) => sum + f.events, 0),
        crossTeamEvents: cross.reduce((sum, f) => sum + f.events, 0),
        cells: cross.length,
        producers: new Set(cross.map(f => f.producerRef)).size,
        consumers: new Set(cross.map(f => f.consumerRef)).size,
      },
    };
  }

  async topReusedAssets(options: {
    window: DayWindow;
    filter: AssetFilter;
    limit: number;
  }): Promise<AssetUse[]> {
    const rows: Array<Record<string, string | number | null>> =
      await this.events(options.window, options.filter)
        .select(
          'e.entity_ref',
          'c.kind',
          'c.title',
          'c.owner_ref',
          'c.function',
          'c.guild_ref',
        )
        .count({ events: '*' })
        .select(
          REUSE_EVENT_TYPES.map(type =>
            this.knex.raw(
              `sum(case when e.event_type = '${type}' then 1 else 0 end) as ${type}`,
            ),
          ),
        )
        .groupBy(
          'e.entity_ref',
          'c.kind',
          'c.title',
          'c.owner_ref',
          'c.function',
          'c.guild_ref',
        )
        .havingRaw(
          'sum(case when e.team_ref <> c.owner_ref then 1 else 0 end) > 0',
        )
        .orderBy([
          { column: 'events', order: 'desc' },
          { column: 'e.entity_ref', order: 'asc' },
        ])
        .limit(options.limit);
    const teams = rows.length
      ? ((await this.events(options.window, {})
          .whereIn(
            'e.entity_ref',
            rows.map(row => String(row.entity_ref)),
          )
          .select('e.entity_ref', 'e.team_ref')
          .count({ events: '*' })
          .groupBy('e.entity_ref', 'e.team_ref')) as Array<
          Record<string, string | number>
        >)
      : [];
    return rows.map(row => ({
      asset: {
        entityRef: String(row.entity_ref),
        kind: String(row.kind),
        title: String(row.title),
        ownerRef: String(row.owner_ref),
        function: (row.function as string | null) ?? null,
        guildRef: (row.guild_ref as string | null) ?? null,
      },
      byType: Object.fromEntries(
        REUSE_EVENT_TYPES.map(type => [type, Number(row[type])]),
      ) as Record<ReuseEventType, number>,
      teams: teams
        .filter(team => team.entity_ref === row.entity_ref)
        .map(team => ({
          teamRef: String(team.team_ref),
          events: Number(team.events),
        })),
    }));
  }

  async eventsOfAssets(
    window: DayWindow,
    entityRefs: string[],
  ): Promise<Map<string, number>> {
    const { start, end } = windowBounds(window);
    const events = new Map<string, number>();
    for (let i = 0; i < entityRefs.length; i += 500) {
      const rows: Array<Record<string, string | number>> = await this.knex(
        'reuse_events',
      )
        .select('entity_ref')
        .count({ n: '*' })
        .whereIn('entity_ref', entityRefs.slice(i, i + 500))
        .andWhere('occurred_at', '>=', start)
        .andWhere('occurred_at', '<', end)
        .groupBy('entity_ref');
      rows.forEach(row => events.set(String(row.entity_ref), Number(row.n)));
    }
    return events;
  }

  derivationAssets: KpiStore['derivationAssets'] = at =>
    this.records.derivationAssets(at);
  derivationCounts: KpiStore['derivationCounts'] = options =>
    this.records.derivationCounts(options);
  firstExperiments: KpiStore['firstExperiments'] = options =>
    this.records.firstExperiments(options);
  experimentStarts: KpiStore['experimentStarts'] = options =>
    this.records.experimentStarts(options);
  experimentFinishes: KpiStore['experimentFinishes'] = options =>
    this.records.experimentFinishes(options);
  workflowOwnersAt: KpiStore['workflowOwnersAt'] = (instants, filter) =>
    this.records.workflowOwnersAt(instants, filter);
  assetsByRef: KpiStore['assetsByRef'] = refs => this.records.assetsByRef(refs);
  workflowGates: KpiStore['workflowGates'] = (until, filter, limit) =>
    this.records.workflowGates(until, filter, limit);
  evaluationRuns: KpiStore['evaluationRuns'] = options =>
    this.records.evaluationRuns(options);
  workflowBudgets: KpiStore['workflowBudgets'] = (at, filter) =>
    this.records.workflowBudgets(at, filter);
  incidents: KpiStore['incidents'] = options => this.records.incidents(options);
  duplication: KpiStore['duplication'] = (at, filter) =>
    this.records.duplication(at, filter);
}

function filtered(
  query: Knex.QueryBuilder,
  alias: string,
  filter: AssetFilter,
) {
  if (filter.ownerRef) {
    query.where(`${alias}.owner_ref`, filter.ownerRef);
  }
  if (filter.function) {
    query.where(`${alias}.function`, filter.function);
  }
  if (filter.guildRef) {
    query.where(`${alias}.guild_ref`, filter.guildRef);
  }
  return query;
}
