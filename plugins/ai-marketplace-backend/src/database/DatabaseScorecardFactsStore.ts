import { ReadinessRecords } from '@ai-marketplace/plugin-ai-marketplace-node';
import { Knex } from 'knex';
import { ScorecardFactsStore } from './ScorecardFactsStore';

/** A use of an asset by another team; a view is not reuse. */
const REUSE_TYPES = ['copied', 'adopted', 'forked', 'invoked'];

/** The curation aspects a later decision overrides: featured, deprecated. */
const ASPECT = `case
  when decision in ('featured', 'unfeatured') then 'featured'
  else 'deprecated' end`;

type MutableRecords = {
  latestEvaluation?: ReadinessRecords['latestEvaluation'];
  incidentTimes: Date[];
  lastReviewedAt?: Date;
  curation: Array<{ promptId: string; featured: boolean; deprecated: boolean }>;
  lastUseByTeam: Map<string, string>;
};

/**
 * Readiness facts from the tables other domains write (evaluation_results,
 * ai_incidents, curation_decisions, reuse_daily), read-only and batched for
 * the whole catalog.
 */
export class DatabaseScorecardFactsStore implements ScorecardFactsStore {
  constructor(private readonly knex: Knex) {}

  async recordsFor(options: {
    entityRefs?: string[];
    incidentsSince: Date;
  }): Promise<Map<string, ReadinessRecords>> {
    const { entityRefs } = options;
    const only = (query: Knex.QueryBuilder, column = 'entity_ref') =>
      entityRefs ? query.whereIn(column, entityRefs) : query;

    const [evaluations, incidents, reviews, curation, reuse] =
      await Promise.all([
        this.knex
          .select('entity_ref', 'pass_rate', 'evaluated_at')
          .from(
            only(
              this.knex('evaluation_results').select(
                'entity_ref',
                'pass_rate',
                'evaluated_at',
                this.knex.raw(
                  'row_number() over (partition by entity_ref order by evaluated_at desc, id desc) as latest_rank',
                ),
              ),
            ).as('ranked'),
          )
          .where('latest_rank', 1),
        only(
          this.knex('ai_incidents')
            .select('entity_ref', 'occurred_at')
            .where('occurred_at', '>=', options.incidentsSince),
        ),
        only(
          this.knex('curation_decisions')
            .select('entity_ref')
            .max({ reviewed_at: 'decided_at' })
            .where({ decision: 'reviewed', prompt_id: '' })
            .groupBy('entity_ref'),
        ),
        this.knex
          .select('entity_ref', 'prompt_id', 'decision')
          .from(
            only(
              this.knex('curation_decisions')
                .select(
                  'entity_ref',
                  'prompt_id',
                  'decision',
                  this.knex.raw(
                    `row_number() over (partition by entity_ref, prompt_id, ${ASPECT} order by decided_at desc, id desc) as latest_rank`,
                  ),
                )
                .whereIn('decision', [
                  'featured',
                  'unfeatured',
                  'deprecated',
                  'undeprecated',
                ]),
            ).as('ranked'),
          )
          .where('latest_rank', 1)
          .whereIn('decision', ['featured', 'deprecated']),
        only(
          this.knex('reuse_daily')
            .select('entity_ref', 'team_ref')
            .max({ last_day: 'day' })
            .whereIn('event_type', REUSE_TYPES)
            .groupBy('entity_ref', 'team_ref'),
        ),
      ]);

    const records = new Map<string, MutableRecords>();
    const of = (entityRef: string) => {
      let r = records.get(entityRef);
      if (!r) {
        r = { incidentTimes: [], curation: [], lastUseByTeam: new Map() };
        records.set(entityRef, r);
      }
      return r;
    };
    for (const row of evaluations) {
      of(row.entity_ref).latestEvaluation = {
        passRate: Number(row.pass_rate),
        evaluatedAt: new Date(row.evaluated_at),
      };
    }
    for (const row of incidents) {
      of(row.entity_ref).incidentTimes.push(new Date(row.occurred_at));
    }
    for (const row of reviews) {
      of(row.entity_ref).lastReviewedAt = new Date(row.reviewed_at);
    }
    for (const row of curation) {
      const r = of(row.entity_ref);
      let state = r.curation.find(c => c.promptId === row.prompt_id);
      if (!state) {
        state = { promptId: row.prompt_id, featured: false, deprecated: false };
        r.curation.push(state);
      }
      state[row.decision as 'featured' | 'deprecated'] = true;
    }
    for (const row of reuse) {
      of(row.entity_ref).lastUseByTeam.set(row.team_ref, String(row.last_day));
    }
    return records;
  }
}
