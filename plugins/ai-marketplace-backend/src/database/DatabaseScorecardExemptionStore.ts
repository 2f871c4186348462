import { Knex } from 'knex';
import { insertIdempotent } from './idempotentInsert';
import {
  ScorecardExemptionStore,
  StoredExemption,
} from './ScorecardExemptionStore';

const TABLE = 'scorecard_exemptions';

/** The columns a replay must match; the time is the server's, so it may differ. */
const REPLAY_COLUMNS = [
  'entity_ref',
  'check_id',
  'justification',
  'expires_on',
  'created_by',
];

type ExemptionRow = {
  id: string;
  entity_ref: string;
  check_id: string;
  justification: string;
  expires_on: string;
  created_by: string;
  created_at: Date | string | number;
  revoked_by: string | null;
  revoked_at: Date | string | number | null;
};

function fromRow(row: ExemptionRow): StoredExemption {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    checkId: row.check_id,
    justification: row.justification,
    expiresOn: row.expires_on,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    ...(row.revoked_by !== null && row.revoked_at !== null
      ? { revokedBy: row.revoked_by, revokedAt: new Date(row.revoked_at) }
      : {}),
  };
}

/** Exemptions from readiness checks in the plugin's own database. */
export class DatabaseScorecardExemptionStore
  implements ScorecardExemptionStore
{
  constructor(private readonly knex: Knex) {}

  async create(
    exemption: Omit<StoredExemption, 'revokedBy' | 'revokedAt'>,
  ): Promise<{ status: 'recorded' | 'replayed'; exemption: StoredExemption }> {
    const status = await insertIdempotent(
      this.knex,
      TABLE,
      {
        id: exemption.id,
        entity_ref: exemption.entityRef,
        check_id: exemption.checkId,
        justification: exemption.justification,
        expires_on: exemption.expiresOn,
        created_by: exemption.createdBy,
        created_at: exemption.createdAt,
      },
      REPLAY_COLUMNS,
      'Exemption',
    );
    const stored = await this.get(exemption.id);
    return { status, exemption: stored! };
  }

  async get(id: string): Promise<StoredExemption | undefined> {
    const row: ExemptionRow | undefined = await this.knex(TABLE)
      .where('id', id)
      .first();
    return row ? fromRow(row) : undefined;
  }

  async revoke(
    id: string,
    revokedBy: string,
    revokedAt: Date,
  ): Promise<
    { status: 'revoked' | 'replayed'; exemption: StoredExemption } | undefined
  > {
    // Only the first revocation is kept: who revoked it, and when.
    const updated = await this.knex(TABLE)
      .where('id', id)
      .whereNull('revoked_at')
      .update({ revoked_by: revokedBy, revoked_at: revokedAt });
    const exemption = await this.get(id);
    if (!exemption) {
      return undefined;
    }
    return { status: updated ? 'revoked' : 'replayed', exemption };
  }

  async list(options: {
    entityRef?: string;
    activeOn?: string;
    limit?: number;
  }): Promise<StoredExemption[]> {
    const query = this.knex<ExemptionRow>(TABLE).orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
    if (options.entityRef) {
      query.where('entity_ref', options.entityRef);
    }
    if (options.activeOn) {
      query.whereNull('revoked_at').where('expires_on', '>=', options.activeOn);
    }
    if (options.limit) {
      query.limit(options.limit);
    }
    const rows: ExemptionRow[] = await query;
    return rows.map(fromRow);
  }
}
