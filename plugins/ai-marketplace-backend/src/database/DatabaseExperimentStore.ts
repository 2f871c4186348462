import { ExperimentOutcome } from '@ai-marketplace/plugin-ai-marketplace-common';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import {
  ExperimentFilter,
  ExperimentFinish,
  ExperimentRecord,
  ExperimentStart,
  ExperimentStore,
  ExperimentWrite,
} from './ExperimentStore';
import { insertIdempotent } from './idempotentInsert';

type StoredTime = Date | string | number;

type ExperimentRow = {
  id: string;
  entity_ref: string;
  team_ref: string;
  started_by: string;
  started_at: StoredTime;
  // SQLite hands booleans back as 0 / 1.
  self_serve: boolean | number | null;
  finished_at: StoredTime | null;
  finished_by: string | null;
  outcome: string | null;
  learnings_url: string | null;
  recorded_at: StoredTime;
};

function toRecord(row: ExperimentRow): ExperimentRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    teamRef: row.team_ref,
    startedBy: row.started_by,
    startedAt: new Date(row.started_at),
    selfServe: row.self_serve === null ? undefined : Boolean(row.self_serve),
    finishedAt:
      row.finished_at === null ? undefined : new Date(row.finished_at),
    finishedBy: row.finished_by ?? undefined,
    outcome: (row.outcome as ExperimentOutcome | null) ?? undefined,
    learningsUrl: row.learnings_url ?? undefined,
    recordedAt: new Date(row.recorded_at),
  };
}

/** Whether a repeated finish says what the stored one says. */
function sameFinish(stored: ExperimentRecord, finish: ExperimentFinish) {
  return (
    stored.outcome === finish.outcome &&
    stored.finishedBy === finish.finishedBy &&
    stored.selfServe === finish.selfServe &&
    stored.learningsUrl === finish.learningsUrl &&
    (finish.finishedAt === undefined ||
      stored.finishedAt?.getTime() === finish.finishedAt.getTime())
  );
}

/** Experiments in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseExperimentStore implements ExperimentStore {
  constructor(private readonly knex: Knex) {}

  async start(start: ExperimentStart, now: Date): Promise<ExperimentWrite> {
    const outcome = await insertIdempotent(
      this.knex,
      'experiments',
      {
        id: start.id,
        entity_ref: start.entityRef,
        team_ref: start.teamRef,
        started_by: start.startedBy,
        started_at: start.startedAt ?? now,
        self_serve: start.selfServe ?? null,
        recorded_at: now,
      },
      [
        'entity_ref',
        'team_ref',
        'started_by',
        ...(start.startedAt ? ['started_at'] : []),
        ...(start.selfServe === undefined ? [] : ['self_serve']),
      ],
      'Experiment',
    );
    return {
      experiment: await this.getExisting(start.id),
      recorded: outcome === 'recorded',
    };
  }

  async finish(finish: ExperimentFinish, now: Date): Promise<ExperimentWrite> {
    // Only a running experiment is updated, so that concurrent finishes
    // cannot overwrite each other: the later one is a replay or a conflict.
    const updated = await this.knex('experiments')
      .where('id', finish.id)
      .whereNull('finished_at')
      .update({
        finished_at: finish.finishedAt ?? now,
        finished_by: finish.finishedBy,
        outcome: finish.outcome,
        self_serve: finish.selfServe,
        learnings_url: finish.learningsUrl ?? null,
      });
    const experiment = await this.getExisting(finish.id);
    if (updated) {
      return { experiment, recorded: true };
    }
    if (sameFinish(experiment, finish)) {
      return { experiment, recorded: false };
    }
    throw new ConflictError(
      `Experiment "${finish.id}" was already finished with different content`,
    );
  }

  async get(id: string): Promise<ExperimentRecord | undefined> {
    const row: ExperimentRow | undefined = await this.knex('experiments')
      .where('id', id)
      .first();
    return row && toRecord(row);
  }

  private async getExisting(id: string): Promise<ExperimentRecord> {
    const experiment = await this.get(id);
    if (!experiment) {
      throw new NotFoundError(`No experiment "${id}"`);
    }
    return experiment;
  }

  async list(filter: ExperimentFilter): Promise<ExperimentRecord[]> {
    const query = this.knex('experiments')
      .where('started_at', '>=', filter.startedFrom)
      .andWhere('started_at', '<', filter.startedBefore)
      .orderBy([
        { column: 'started_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(filter.limit);
    if (filter.entityRef) {
      query.andWhere('entity_ref', filter.entityRef);
    }
    if (filter.teamRef) {
      query.andWhere('team_ref', filter.teamRef);
    }
    if (filter.status === 'running') {
      query.whereNull('finished_at');
    } else if (filter.status === 'finished') {
      query.whereNotNull('finished_at');
    }
    const rows: ExperimentRow[] = await query;
    return rows.map(toRecord);
  }
}
