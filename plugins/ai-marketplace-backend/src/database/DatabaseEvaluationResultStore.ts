import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  EvaluationResultFilter,
  EvaluationResultRecord,
  EvaluationResultStore,
  EvaluationResultWrite,
  NewEvaluationResult,
} from './EvaluationResultStore';
import { insertIdempotent } from './idempotentInsert';

type StoredTime = Date | string | number;

type EvaluationResultRow = {
  id: string;
  entity_ref: string;
  workflow_version: string;
  dataset: string;
  pass_rate: number | string;
  threshold: number | string | null;
  // SQLite hands booleans back as 0 / 1.
  passed: boolean | number | null;
  evaluated_at: StoredTime;
  reported_by: string;
  recorded_at: StoredTime;
};

function toRecord(row: EvaluationResultRow): EvaluationResultRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    version: row.workflow_version,
    dataset: row.dataset,
    passRate: Number(row.pass_rate),
    threshold: row.threshold === null ? undefined : Number(row.threshold),
    passed: row.passed === null ? undefined : Boolean(row.passed),
    evaluatedAt: new Date(row.evaluated_at),
    reportedBy: row.reported_by,
    recordedAt: new Date(row.recorded_at),
  };
}

/** Evaluation results in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseEvaluationResultStore implements EvaluationResultStore {
  constructor(private readonly knex: Knex) {}

  async record(
    result: NewEvaluationResult,
    now: Date,
  ): Promise<EvaluationResultWrite> {
    const outcome = await insertIdempotent(
      this.knex,
      'evaluation_results',
      {
        id: result.id,
        entity_ref: result.entityRef,
        workflow_version: result.version,
        dataset: result.dataset,
        pass_rate: result.passRate,
        threshold: result.threshold ?? null,
        passed: result.passed ?? null,
        evaluated_at: result.evaluatedAt ?? now,
        reported_by: result.reportedBy,
        recorded_at: now,
      },
      [
        'entity_ref',
        'workflow_version',
        'dataset',
        'pass_rate',
        'reported_by',
        ...(result.evaluatedAt ? ['evaluated_at'] : []),
      ],
      'Evaluation result',
    );
    const row: EvaluationResultRow | undefined = await this.knex(
      'evaluation_results',
    )
      .where('id', result.id)
      .first();
    if (!row) {
      throw new NotFoundError(`No evaluation result "${result.id}"`);
    }
    return { result: toRecord(row), recorded: outcome === 'recorded' };
  }

  async list(
    filter: EvaluationResultFilter,
  ): Promise<EvaluationResultRecord[]> {
    const query = this.knex('evaluation_results')
      .where('evaluated_at', '>=', filter.evaluatedFrom)
      .andWhere('evaluated_at', '<', filter.evaluatedBefore)
      .orderBy([
        { column: 'evaluated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(filter.limit);
    if (filter.entityRef) {
      query.andWhere('entity_ref', filter.entityRef);
    }
    const rows: EvaluationResultRow[] = await query;
    return rows.map(toRecord);
  }
}
