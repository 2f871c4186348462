import { Knex } from 'knex';
import { DatabaseCatalogAssetStore } from '../../database/DatabaseCatalogAssetStore';
import { DatabaseCurationStore } from '../../database/DatabaseCurationStore';
import { DatabaseReuseEventStore } from '../../database/DatabaseReuseEventStore';
import { DatabaseScorecardStore } from '../../database/DatabaseScorecardStore';
import { ReuseEvent } from '../../database/ReuseEventStore';
import { StoredScorecard } from '../../database/ScorecardStore';

export const TRIAGE = 'aiworkflow:default/ticket-triage';
export const PROMPTS = 'promptlibrary:default/support-prompts';
export const ROUTER = 'aiworkflow:default/lead-router';
export const LEGACY = 'aiworkflow:default/legacy-router';
export const SUPPORT = 'group:default/customer-support';
export const SALES = 'group:default/sales';
const FINANCE = 'group:default/finance';
const MARKETING = 'group:default/marketing';
const SAM = 'user:default/sam.chen';

/** The window the expectations hold for. */
export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

function scorecard(
  entityRef: string,
  level: string | null,
  score: number,
): StoredScorecard {
  return {
    entityRef,
    kind: 'AIWorkflow',
    ownerRef: SUPPORT,
    level,
    score,
    computedAt: new Date('2026-11-20T06:00:00Z'),
    results: [{ checkId: 'owner', status: 'pass', reason: 'has an owner' }],
  };
}

let eventCount = 0;
function use(
  entityRef: string,
  teamRef: string,
  day: string,
  type: ReuseEvent['type'] = 'viewed',
): ReuseEvent {
  eventCount += 1;
  return {
    id: `e${eventCount}`,
    entityRef,
    type,
    userRef: SAM,
    teamRef,
    occurredAt: new Date(`${day}T10:00:00Z`),
  };
}

/**
 * Four assets, one removed since; the triage workflow scored silver then
 * gold, featured and deprecated, used in November by its owner and two other
 * teams (and by a third in October, outside the window); the prompts scored
 * below every level and used by their owner only; the router never scored
 * nor used, first seen on 10 November.
 */
export async function loadMarketplaceDataset(
  knex: Knex,
  options: { curation?: boolean } = {},
): Promise<void> {
  const catalog = new DatabaseCatalogAssetStore(knex);
  const asset = (
    entityRef: string,
    kind: 'aiworkflow' | 'promptlibrary',
    ownerRef: string,
  ) => ({ entityRef, kind, title: entityRef, ownerRef });
  await catalog.replaceSnapshot(
    [
      asset(TRIAGE, 'aiworkflow', SUPPORT),
      asset(PROMPTS, 'promptlibrary', SUPPORT),
      asset(LEGACY, 'aiworkflow', SALES),
    ],
    new Date('2026-10-01T00:00:00Z'),
  );
  await catalog.replaceSnapshot(
    [
      asset(TRIAGE, 'aiworkflow', SUPPORT),
      asset(PROMPTS, 'promptlibrary', SUPPORT),
      asset(ROUTER, 'aiworkflow', SALES),
    ],
    new Date('2026-11-10T00:00:00Z'),
  );

  const scorecards = new DatabaseScorecardStore(knex);
  await scorecards.saveDay('2026-11-19', [scorecard(TRIAGE, 'silver', 0.8)]);
  await scorecards.saveDay('2026-11-20', [
    scorecard(TRIAGE, 'gold', 0.95),
    scorecard(PROMPTS, null, 0.4),
  ]);

  await new DatabaseReuseEventStore(knex).record([
    use(TRIAGE, SUPPORT, '2026-11-02'),
    use(TRIAGE, SUPPORT, '2026-11-03'),
    use(TRIAGE, SALES, '2026-11-05', 'copied'),
    use(TRIAGE, FINANCE, '2026-11-29', 'adopted'),
    use(TRIAGE, MARKETING, '2026-10-15'),
    use(PROMPTS, SUPPORT, '2026-11-12', 'copied'),
    use(LEGACY, SUPPORT, '2026-11-02'),
  ]);

  if (options.curation) {
    const curation = new DatabaseCurationStore(knex);
    const decide = (id: string, decision: 'featured' | 'deprecated') =>
      curation.record({
        id,
        entityRef: TRIAGE,
        decision,
        decidedBy: SAM,
        decidedAt: new Date('2026-11-15T10:00:00Z'),
      });
    await decide('c1', 'featured');
    await decide('c2', 'deprecated');
  }
}
