import { IncidentSeverity } from '@ai-marketplace/plugin-ai-marketplace-common';
import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { insertIdempotent } from './idempotentInsert';
import {
  IncidentFilter,
  IncidentRecord,
  IncidentStore,
  IncidentWrite,
  NewIncident,
} from './IncidentStore';

type StoredTime = Date | string | number;

type IncidentRow = {
  id: string;
  entity_ref: string;
  severity: string;
  summary: string;
  occurred_at: StoredTime;
  reported_by: string;
  team_ref: string | null;
  recorded_at: StoredTime;
};

function toRecord(row: IncidentRow): IncidentRecord {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    severity: row.severity as IncidentSeverity,
    summary: row.summary,
    occurredAt: new Date(row.occurred_at),
    reportedBy: row.reported_by,
    teamRef: row.team_ref ?? undefined,
    recordedAt: new Date(row.recorded_at),
  };
}

/** AI incidents in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseIncidentStore implements IncidentStore {
  constructor(private readonly knex: Knex) {}

  async record(incident: NewIncident, now: Date): Promise<IncidentWrite> {
    const outcome = await insertIdempotent(
      this.knex,
      'ai_incidents',
      {
        id: incident.id,
        entity_ref: incident.entityRef,
        severity: incident.severity,
        summary: incident.summary,
        occurred_at: incident.occurredAt ?? now,
        reported_by: incident.reportedBy,
        team_ref: incident.teamRef ?? null,
        recorded_at: now,
      },
      [
        'entity_ref',
        'severity',
        'summary',
        'reported_by',
        'team_ref',
        ...(incident.occurredAt ? ['occurred_at'] : []),
      ],
      'Incident',
    );
    const row: IncidentRow | undefined = await this.knex('ai_incidents')
      .where('id', incident.id)
      .first();
    if (!row) {
      throw new NotFoundError(`No incident "${incident.id}"`);
    }
    return { incident: toRecord(row), recorded: outcome === 'recorded' };
  }

  async list(filter: IncidentFilter): Promise<IncidentRecord[]> {
    const query = this.knex('ai_incidents')
      .where('occurred_at', '>=', filter.occurredFrom)
      .andWhere('occurred_at', '<', filter.occurredBefore)
      .orderBy([
        { column: 'occurred_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(filter.limit);
    if (filter.entityRef) {
      query.andWhere('entity_ref', filter.entityRef);
    }
    const rows: IncidentRow[] = await query;
    return rows.map(toRecord);
  }
}
