import {
  CHECK_STATUSES,
  CheckStatus,
  ScorecardAssetKind,
  ScorecardCheckResult,
  ScorecardGrouping,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import {
  ScorecardHistoryDay,
  ScorecardRollupCounts,
  ScorecardRollupHistoryCounts,
  ScorecardStore,
  StatusCounts,
  StoredScorecard,
  StoredScorecardDay,
} from './ScorecardStore';

const DAYS = 'scorecard_asset_days';
const LATEST = 'scorecard_latest_results';

/** The column a roll-up groups by; the organisation is one group. */
const GROUP_COLUMN: Record<ScorecardGrouping, string | undefined> = {
  organisation: undefined,
  owner: 'owner_ref',
  function: 'function',
  guild: 'guild_ref',
};

/** The count column of each status. */
const COUNT_COLUMN: Record<CheckStatus, string> = {
  pass: 'pass_count',
  fail: 'fail_count',
  stale: 'stale_count',
  exempt: 'exempt_count',
  'not-applicable': 'na_count',
};

type DayRow = {
  day: string;
  entity_ref: string;
  kind: string;
  owner_ref: string;
  function: string | null;
  guild_ref: string | null;
  level: string | null;
  score: number;
  pass_count: number;
  fail_count: number;
  stale_count: number;
  exempt_count: number;
  na_count: number;
  /** JSON: check id → status. */
  statuses: string;
  computed_at: Date | string | number;
};

type LatestRow = { entity_ref: string; day: string; results: string };

function noCounts(): StatusCounts {
  return Object.fromEntries(CHECK_STATUSES.map(s => [s, 0])) as StatusCounts;
}

function countsOf(row: Record<string, unknown>): StatusCounts {
  return Object.fromEntries(
    CHECK_STATUSES.map(s => [s, Number(row[COUNT_COLUMN[s]] ?? 0)]),
  ) as StatusCounts;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

function toDayRow(day: string, scorecard: StoredScorecard): DayRow {
  const counts = noCounts();
  const statuses: Record<string, CheckStatus> = {};
  for (const result of scorecard.results) {
    counts[result.status] += 1;
    statuses[result.checkId] = result.status;
  }
  return {
    day,
    entity_ref: scorecard.entityRef,
    kind: scorecard.kind,
    owner_ref: scorecard.ownerRef,
    function: scorecard.function ?? null,
    guild_ref: scorecard.guildRef ?? null,
    level: scorecard.level,
    score: scorecard.score,
    pass_count: counts.pass,
    fail_count: counts.fail,
    stale_count: counts.stale,
    exempt_count: counts.exempt,
    na_count: counts['not-applicable'],
    statuses: JSON.stringify(statuses),
    computed_at: scorecard.computedAt,
  };
}

/**
 * Daily readiness results in the plugin's own database (SQLite or
 * PostgreSQL): one compact row per asset and day for history and roll-ups,
 * and the latest full result (reasons, fixes) per asset — two rows per
 * asset a run, not one per check, and history that does not carry text.
 */
export class DatabaseScorecardStore implements ScorecardStore {
  /**
   * Rows per insert: knex writes a multi-row SQLite insert as a compound
   * SELECT, which SQLite limits to 500 terms; PostgreSQL takes up to 65,535
   * parameters a statement.
   */
  private readonly chunkSize: number;

  constructor(private readonly knex: Knex) {
    this.chunkSize = knex.client.config.client === 'pg' ? 2000 : 500;
  }

  async saveDay(
    day: string,
    scorecards: StoredScorecard[],
    options: { complete?: boolean; keepFromDay?: string } = {},
  ): Promise<void> {
    const dayRows = scorecards.map(s => toDayRow(day, s));
    const latestRows: LatestRow[] = scorecards.map(s => ({
      entity_ref: s.entityRef,
      day,
      results: JSON.stringify(s.results),
    }));
    await this.knex.transaction(async tx => {
      if (options.complete) {
        // The run covered the whole catalog: assets gone from it drop out.
        await tx(DAYS).where('day', day).delete();
        await tx(LATEST).delete();
      } else {
        for (const refs of chunks(
          scorecards.map(s => s.entityRef),
          this.chunkSize,
        )) {
          await tx(DAYS).where('day', day).whereIn('entity_ref', refs).delete();
          await tx(LATEST).whereIn('entity_ref', refs).delete();
        }
      }
      for (const rows of chunks(dayRows, this.chunkSize)) {
        await tx(DAYS).insert(rows);
      }
      for (const rows of chunks(latestRows, this.chunkSize)) {
        await tx(LATEST).insert(rows);
      }
      if (options.keepFromDay) {
        await tx(DAYS).where('day', '<', options.keepFromDay).delete();
      }
    });
  }

  async forEntity(
    entityRef: string,
    day?: string,
  ): Promise<StoredScorecardDay | undefined> {
    const query = this.knex<DayRow>(DAYS).where('entity_ref', entityRef);
    const row: DayRow | undefined = await (day
      ? query.where('day', day).first()
      : query.orderBy('day', 'desc').first());
    if (!row) {
      return undefined;
    }
    const latest: LatestRow | undefined = await this.knex(LATEST)
      .where('entity_ref', entityRef)
      .first();
    const results: ScorecardCheckResult[] =
      latest?.day === row.day
        ? JSON.parse(latest.results)
        : Object.entries(
            JSON.parse(row.statuses) as Record<string, CheckStatus>,
          ).map(([checkId, status]) => ({
            checkId,
            status,
            reason: `Status on ${row.day}; reasons are kept for the latest result only`,
          }));
    return {
      day: row.day,
      entityRef,
      kind: row.kind as ScorecardAssetKind,
      ownerRef: row.owner_ref,
      ...(row.function ? { function: row.function } : {}),
      ...(row.guild_ref ? { guildRef: row.guild_ref } : {}),
      level: row.level,
      score: Number(row.score),
      computedAt: new Date(row.computed_at),
      results,
    };
  }

  async entityHistory(
    entityRef: string,
    fromDay: string,
    toDay: string,
  ): Promise<ScorecardHistoryDay[]> {
    const rows: DayRow[] = await this.knex(DAYS)
      .where('entity_ref', entityRef)
      .whereBetween('day', [fromDay, toDay])
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      level: row.level,
      score: Number(row.score),
      counts: countsOf(row),
    }));
  }

  async latestDay(): Promise<string | undefined> {
    const row = await this.knex(DAYS).max({ day: 'day' }).first();
    return (row?.day as string | null) ?? undefined;
  }

  async rollupCounts(
    day: string,
    groupBy: ScorecardGrouping,
  ): Promise<ScorecardRollupCounts> {
    const column = GROUP_COLUMN[groupBy];
    const key = column
      ? this.knex.ref(column).as('key')
      : this.knex.raw("'all' as ??", ['key']);
    const grouped = (query: Knex.QueryBuilder) =>
      column ? query.whereNotNull(column) : query;

    const [levels, statuses] = await Promise.all([
      grouped(
        this.knex(DAYS)
          .select(key, 'level')
          .count({ assets: '*' })
          .sum({ score_sum: 'score' })
          .where('day', day)
          .groupBy([...(column ? [column] : []), 'level']),
      ),
      grouped(this.knex(DAYS).select(key, 'statuses').where('day', day)),
    ]);
    // Per check: the statuses are a JSON column, counted here (one day, one row per asset).
    const checks = new Map<string, number>();
    for (const row of statuses as Array<{ key: string; statuses: string }>) {
      for (const [checkId, status] of Object.entries(
        JSON.parse(row.statuses) as Record<string, CheckStatus>,
      )) {
        const k = `${row.key}\u0000${checkId}\u0000${status}`;
        checks.set(k, (checks.get(k) ?? 0) + 1);
      }
    }
    return {
      levels: levels.map((r: any) => ({
        key: String(r.key),
        level: r.level ?? null,
        assets: Number(r.assets),
        scoreSum: Number(r.score_sum),
      })),
      checks: [...checks].map(([k, count]) => {
        const [groupKey, checkId, status] = k.split('\u0000');
        return {
          key: groupKey,
          checkId,
          status: status as CheckStatus,
          count,
        };
      }),
    };
  }

  async rollupHistory(options: {
    groupBy: ScorecardGrouping;
    key: string;
    fromDay: string;
    toDay: string;
  }): Promise<ScorecardRollupHistoryCounts> {
    const column = GROUP_COLUMN[options.groupBy];
    const inGroup = (query: Knex.QueryBuilder) =>
      column ? query.where(column, options.key) : query;
    const window = () =>
      inGroup(
        this.knex(DAYS).whereBetween('day', [options.fromDay, options.toDay]),
      );
    const [levels, totals] = await Promise.all([
      window()
        .select('day', 'level')
        .count({ assets: '*' })
        .sum({ score_sum: 'score' })
        .groupBy('day', 'level'),
      window()
        .select('day')
        .sum(
          Object.fromEntries(
            CHECK_STATUSES.map(s => [COUNT_COLUMN[s], COUNT_COLUMN[s]]),
          ),
        )
        .groupBy('day'),
    ]);
    return {
      levels: levels.map((r: any) => ({
        day: r.day,
        level: r.level ?? null,
        assets: Number(r.assets),
        scoreSum: Number(r.score_sum),
      })),
      statuses: totals.flatMap((r: any) =>
        Object.entries(countsOf(r)).map(([status, count]) => ({
          day: r.day as string,
          status: status as CheckStatus,
          count,
        })),
      ),
    };
  }
}
