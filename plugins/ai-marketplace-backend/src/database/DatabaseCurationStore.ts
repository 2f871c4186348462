import { CurationDecisionType } from '@ai-marketplace/plugin-ai-marketplace-common';
import { Knex } from 'knex';
import {
  AssetCurationFlags,
  CurationStore,
  StoredCurationDecision,
} from './CurationStore';
import { insertIdempotent } from './idempotentInsert';

type DecisionRow = {
  id: string;
  entity_ref: string;
  prompt_id: string;
  decision: string;
  note: string | null;
  decided_by: string;
  decided_at: Date | string | number;
};

const TABLE = 'curation_decisions';

/** The columns a replay must match; the time is the server's, so it may differ. */
const REPLAY_COLUMNS = [
  'entity_ref',
  'prompt_id',
  'decision',
  'note',
  'decided_by',
];

/**
 * The aspect of the state a decision sets: a later `unfeatured` undoes a
 * `featured`, but a later review leaves both alone.
 */
const ASPECT = `case
  when decision in ('featured', 'unfeatured') then 'featured'
  when decision in ('deprecated', 'undeprecated') then 'deprecated'
  else decision end`;

function toRow(decision: StoredCurationDecision): DecisionRow {
  return {
    id: decision.id,
    entity_ref: decision.entityRef,
    prompt_id: decision.promptId ?? '',
    decision: decision.decision,
    note: decision.note ?? null,
    decided_by: decision.decidedBy,
    decided_at: decision.decidedAt,
  };
}

function fromRow(row: DecisionRow): StoredCurationDecision {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    ...(row.prompt_id ? { promptId: row.prompt_id } : {}),
    decision: row.decision as CurationDecisionType,
    ...(row.note !== null ? { note: row.note } : {}),
    decidedBy: row.decided_by,
    decidedAt: new Date(row.decided_at),
  };
}

/** Curation decisions in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseCurationStore implements CurationStore {
  constructor(private readonly knex: Knex) {}

  async record(decision: StoredCurationDecision): Promise<{
    status: 'recorded' | 'replayed';
    decision: StoredCurationDecision;
  }> {
    const status = await insertIdempotent(
      this.knex,
      TABLE,
      toRow(decision),
      REPLAY_COLUMNS,
      'Curation decision',
    );
    if (status === 'recorded') {
      return { status, decision };
    }
    const stored: DecisionRow = await this.knex(TABLE)
      .where('id', decision.id)
      .first();
    return { status, decision: fromRow(stored) };
  }

  async latestPerAspect(entityRef: string): Promise<StoredCurationDecision[]> {
    const ranked = this.knex(TABLE)
      .select(
        '*',
        this.knex.raw(
          `row_number() over (partition by prompt_id, ${ASPECT} order by decided_at desc, id desc) as latest_rank`,
        ),
      )
      .where('entity_ref', entityRef)
      .as('ranked');
    const rows: DecisionRow[] = await this.knex
      .select(
        'id',
        'entity_ref',
        'prompt_id',
        'decision',
        'note',
        'decided_by',
        'decided_at',
      )
      .from(ranked)
      .where('latest_rank', 1);
    return rows.map(fromRow);
  }

  async currentAssetFlags(): Promise<Map<string, AssetCurationFlags>> {
    const ranked = this.knex(TABLE)
      .select(
        'entity_ref',
        'decision',
        this.knex.raw(
          `row_number() over (partition by entity_ref, ${ASPECT} order by decided_at desc, id desc) as latest_rank`,
        ),
      )
      // The asset as a whole: a featured prompt does not feature its library.
      .where('prompt_id', '')
      .whereIn('decision', [
        'featured',
        'unfeatured',
        'deprecated',
        'undeprecated',
      ])
      .as('ranked');
    const rows: Array<{ entity_ref: string; decision: string }> =
      await this.knex
        .select('entity_ref', 'decision')
        .from(ranked)
        .where('latest_rank', 1);
    const flags = new Map<string, AssetCurationFlags>();
    for (const row of rows) {
      const current = flags.get(row.entity_ref) ?? {
        featured: false,
        deprecated: false,
      };
      if (row.decision === 'featured') {
        current.featured = true;
      }
      if (row.decision === 'deprecated') {
        current.deprecated = true;
      }
      flags.set(row.entity_ref, current);
    }
    return flags;
  }

  async history(
    entityRef: string,
    limit: number,
  ): Promise<StoredCurationDecision[]> {
    const rows: DecisionRow[] = await this.knex(TABLE)
      .where('entity_ref', entityRef)
      .orderBy([
        { column: 'decided_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(fromRow);
  }
}
