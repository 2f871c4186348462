import { Knex } from 'knex';
import { DatabaseReuseBlockFoldStore } from '../../database/DatabaseReuseBlockFoldStore';
import { DatabaseReuseEventStore } from '../../database/DatabaseReuseEventStore';
import { ReuseEvent } from '../../database/ReuseEventStore';

/**
 * A small organisation whose KPIs are computed by hand in kpis.test.ts.
 * The window of interest is November 2026: `from` 2026-11-01, `to`
 * 2026-11-30, so instants count from 2026-11-01T00:00Z up to (not
 * including) 2026-12-01T00:00Z.
 */
export const WINDOW = { from: '2026-11-01', to: '2026-11-30' };

export const SUPPORT = 'group:default/customer-support';
export const SALES = 'group:default/sales';
export const FINANCE = 'group:default/finance';
export const LEGAL = 'group:default/legal';
/** The coordination group (central AI team). */
export const PLATFORM_TEAM = 'group:default/ai-platform';
export const SUPPORT_GUILD = 'group:default/support-automation-guild';
export const PROMPT_GUILD = 'group:default/prompt-engineering-guild';

export const TRIAGE = 'aiworkflow:default/support-triage';
export const SALES_INBOX = 'aiworkflow:default/sales-inbox';
export const INVOICE = 'aiworkflow:default/invoice-check';
export const ROUTER = 'aiworkflow:default/platform-router';
export const TRIAGE_LITE = 'aiworkflow:default/support-triage-lite';
export const CONTRACTS = 'aiworkflow:default/contract-review';
export const RETIRED = 'aiworkflow:default/retired-bot';
export const SUPPORT_PROMPTS = 'promptlibrary:default/support-prompts';
export const LEGAL_PROMPTS = 'promptlibrary:default/legal-prompts';
/** In no table: the origin of SUPPORT_PROMPTS, gone from the catalog. */
export const OLD_PROMPTS = 'promptlibrary:default/old-support-prompts';
/** In no catalog snapshot: its events and experiments belong to no asset. */
export const GHOST = 'aiworkflow:default/ghost';

const at = (iso: string) => new Date(iso);

type Asset = {
  entity_ref: string;
  owner_ref: string;
  function: string;
  guild_ref?: string;
  derived_from_ref?: string;
  evaluation_threshold?: number;
  error_budget_incidents?: number;
  error_budget_period?: string;
  first_seen_at: string;
  removed_at?: string;
};

/**
 * | asset            | owner    | function    | guild   | registered | removed | derivedFrom     |
 * | TRIAGE           | SUPPORT  | support     | support | 09-01      |         | SALES_INBOX     |
 * | SALES_INBOX      | SALES    | sales       |         | 08-01      |         |                 |
 * | INVOICE          | FINANCE  | finance     |         | 11-10      |         | TRIAGE          |
 * | ROUTER           | PLATFORM | engineering | prompt  | 10-15      |         |                 |
 * | TRIAGE_LITE      | SUPPORT  | support     | support | 11-20      |         | TRIAGE          |
 * | CONTRACTS        | LEGAL    | legal       |         | 11-25      |         |                 |
 * | RETIRED          | PLATFORM | support     | support | 06-01      | 10-20   |                 |
 * | SUPPORT_PROMPTS  | SUPPORT  | support     | support | 07-01      |         | OLD_PROMPTS     |
 * | LEGAL_PROMPTS    | LEGAL    | legal       |         | 07-01      | 11-15   |                 |
 */
const ASSETS: Asset[] = [
  {
    entity_ref: TRIAGE,
    owner_ref: SUPPORT,
    function: 'support',
    guild_ref: SUPPORT_GUILD,
    derived_from_ref: SALES_INBOX,
    evaluation_threshold: 0.9,
    error_budget_incidents: 2,
    error_budget_period: 'P30D',
    first_seen_at: '2026-09-01T00:00:00Z',
  },
  {
    entity_ref: SALES_INBOX,
    owner_ref: SALES,
    function: 'sales',
    evaluation_threshold: 0.8,
    error_budget_incidents: 1,
    error_budget_period: 'P7D',
    first_seen_at: '2026-08-01T00:00:00Z',
  },
  {
    entity_ref: INVOICE,
    owner_ref: FINANCE,
    function: 'finance',
    derived_from_ref: TRIAGE,
    first_seen_at: '2026-11-10T00:00:00Z',
  },
  {
    entity_ref: ROUTER,
    owner_ref: PLATFORM_TEAM,
    function: 'engineering',
    guild_ref: PROMPT_GUILD,
    evaluation_threshold: 0.95,
    error_budget_incidents: 0,
    error_budget_period: 'P1M',
    first_seen_at: '2026-10-15T00:00:00Z',
  },
  {
    entity_ref: TRIAGE_LITE,
    owner_ref: SUPPORT,
    function: 'support',
    guild_ref: SUPPORT_GUILD,
    derived_from_ref: TRIAGE,
    evaluation_threshold: 0.7,
    error_budget_incidents: 3,
    error_budget_period: 'P30D',
    first_seen_at: '2026-11-20T00:00:00Z',
  },
  {
    entity_ref: CONTRACTS,
    owner_ref: LEGAL,
    function: 'legal',
    first_seen_at: '2026-11-25T00:00:00Z',
  },
  {
    entity_ref: RETIRED,
    owner_ref: PLATFORM_TEAM,
    function: 'support',
    guild_ref: SUPPORT_GUILD,
    first_seen_at: '2026-06-01T00:00:00Z',
    removed_at: '2026-10-20T00:00:00Z',
  },
  {
    entity_ref: SUPPORT_PROMPTS,
    owner_ref: SUPPORT,
    function: 'support',
    guild_ref: SUPPORT_GUILD,
    derived_from_ref: OLD_PROMPTS,
    first_seen_at: '2026-07-01T00:00:00Z',
  },
  {
    entity_ref: LEGAL_PROMPTS,
    owner_ref: LEGAL,
    function: 'legal',
    first_seen_at: '2026-07-01T00:00:00Z',
    removed_at: '2026-11-15T00:00:00Z',
  },
];

/**
 * Reuse events, recorded through the reuse store so that the roll-ups are
 * built as in production. November 1–30 is read as the blocks 11-01 (2
 * days), 11-03 (8), 11-11 (16) and 11-27 (4).
 */
const EVENTS: Array<[string, string, ReuseEvent['type'], string, string?]> = [
  // TRIAGE: its owner, then FINANCE and SALES; one day before the window.
  [TRIAGE, SUPPORT, 'invoked', '2026-11-02T09:00:00Z'],
  [TRIAGE, SUPPORT, 'invoked', '2026-11-03T09:00:00Z'],
  [TRIAGE, FINANCE, 'viewed', '2026-11-05T09:00:00Z'],
  [TRIAGE, FINANCE, 'adopted', '2026-11-06T09:00:00Z'],
  [TRIAGE, SALES, 'invoked', '2026-11-20T09:00:00Z'],
  [TRIAGE, SALES, 'invoked', '2026-10-31T23:59:59Z'],
  // SALES_INBOX: only its owner in the window, in two blocks; another team
  // before the window.
  [SALES_INBOX, SALES, 'invoked', '2026-11-10T09:00:00Z'],
  [SALES_INBOX, SALES, 'viewed', '2026-11-11T09:00:00Z'],
  [SALES_INBOX, SUPPORT, 'forked', '2026-10-15T09:00:00Z'],
  // INVOICE: its owner only.
  [INVOICE, FINANCE, 'invoked', '2026-11-25T09:00:00Z'],
  // ROUTER: two teams other than the owner, one after the window.
  [ROUTER, SUPPORT, 'invoked', '2026-11-12T09:00:00Z'],
  [ROUTER, SUPPORT, 'invoked', '2026-11-12T10:00:00Z'],
  [ROUTER, SALES, 'invoked', '2026-11-29T09:00:00Z'],
  [ROUTER, FINANCE, 'copied', '2026-12-01T00:00:00Z'],
  // TRIAGE_LITE: one team, not its owner, in two blocks.
  [TRIAGE_LITE, FINANCE, 'invoked', '2026-11-21T09:00:00Z'],
  [TRIAGE_LITE, FINANCE, 'viewed', '2026-11-28T09:00:00Z'],
  // SUPPORT_PROMPTS: its owner and LEGAL, prompts copied.
  [
    SUPPORT_PROMPTS,
    SUPPORT,
    'copied',
    '2026-11-01T00:00:00Z',
    'first-response',
  ],
  [SUPPORT_PROMPTS, LEGAL, 'copied', '2026-11-30T23:59:59Z', 'first-response'],
  // LEGAL_PROMPTS: its owner, before it was removed.
  [LEGAL_PROMPTS, LEGAL, 'viewed', '2026-11-03T09:00:00Z'],
  // Assets not in the catalog during the window.
  [RETIRED, SUPPORT, 'invoked', '2026-11-05T09:00:00Z'],
  [GHOST, SALES, 'invoked', '2026-11-05T09:00:00Z'],
];

type Experiment = {
  id: string;
  entity_ref: string;
  team_ref: string;
  started_at: string;
  self_serve: boolean | null;
  finished_at?: string;
  learnings_url?: string;
};

const EXPERIMENTS: Experiment[] = [
  // TRIAGE's first experiment is before the window.
  {
    id: 'x1',
    entity_ref: TRIAGE,
    team_ref: FINANCE,
    started_at: '2026-09-11T00:00:00Z',
    self_serve: true,
    finished_at: '2026-09-20T00:00:00Z',
    learnings_url: 'https://wiki.example.com/x1',
  },
  {
    id: 'x2',
    entity_ref: TRIAGE,
    team_ref: SALES,
    started_at: '2026-11-04T00:00:00Z',
    self_serve: false,
    finished_at: '2026-11-15T00:00:00Z',
  },
  // INVOICE: registered 11-10, first tried 3 days later.
  {
    id: 'x3',
    entity_ref: INVOICE,
    team_ref: FINANCE,
    started_at: '2026-11-13T00:00:00Z',
    self_serve: true,
    finished_at: '2026-11-20T00:00:00Z',
    learnings_url: 'https://wiki.example.com/x3',
  },
  // ROUTER: registered 10-15, first tried 30 days later; still running.
  {
    id: 'x4',
    entity_ref: ROUTER,
    team_ref: SUPPORT,
    started_at: '2026-11-14T00:00:00Z',
    self_serve: null,
  },
  {
    id: 'x5',
    entity_ref: ROUTER,
    team_ref: SALES,
    started_at: '2026-11-16T00:00:00Z',
    self_serve: true,
  },
  // TRIAGE_LITE: tried half a day before the snapshot first saw it.
  {
    id: 'x6',
    entity_ref: TRIAGE_LITE,
    team_ref: FINANCE,
    started_at: '2026-11-19T12:00:00Z',
    self_serve: true,
    finished_at: '2026-11-29T00:00:00Z',
    learnings_url: '',
  },
  // SUPPORT_PROMPTS: registered 07-01, first tried 124 days later; finished
  // after the window.
  {
    id: 'x7',
    entity_ref: SUPPORT_PROMPTS,
    team_ref: LEGAL,
    started_at: '2026-11-02T00:00:00Z',
    self_serve: false,
    finished_at: '2026-12-02T00:00:00Z',
    learnings_url: 'https://wiki.example.com/x7',
  },
  {
    id: 'x8',
    entity_ref: GHOST,
    team_ref: SALES,
    started_at: '2026-11-05T00:00:00Z',
    self_serve: true,
  },
  // Started before the window, finished in it with learnings.
  {
    id: 'x9',
    entity_ref: SALES_INBOX,
    team_ref: SALES,
    started_at: '2026-10-01T00:00:00Z',
    self_serve: true,
    finished_at: '2026-11-30T23:00:00Z',
    learnings_url: 'https://wiki.example.com/x9',
  },
];

const EVALUATIONS: Array<
  [string, string, number, number | null, string, string]
> = [
  // id, workflow, pass rate, threshold recorded, version, evaluated at
  ['r1', TRIAGE, 0.85, 0.9, 'v1', '2026-10-01T00:00:00Z'],
  ['r2', TRIAGE, 0.93, 0.9, 'v2', '2026-11-20T10:00:00Z'],
  ['r3', SALES_INBOX, 0.75, 0.8, 'v1', '2026-11-05T08:00:00Z'],
  ['r4', SALES_INBOX, 0.9, 0.8, 'v2', '2026-12-03T00:00:00Z'],
  ['r5', INVOICE, 0.6, null, 'v1', '2026-11-12T00:00:00Z'],
  ['r6', ROUTER, 0.95, 0.95, 'v1', '2026-08-02T00:00:00Z'],
  // The catalog's threshold (0.7) wins over the one recorded then.
  ['r7', TRIAGE_LITE, 0.5, 0.4, 'v1', '2026-11-25T00:00:00Z'],
  ['r8', RETIRED, 0.1, 0.9, 'v1', '2026-11-05T00:00:00Z'],
];

const INCIDENTS: Array<[string, string, string, string]> = [
  ['i1', TRIAGE, 'sev3', '2026-11-03T00:00:00Z'],
  ['i2', TRIAGE, 'sev2', '2026-11-10T00:00:00Z'],
  ['i3', TRIAGE, 'sev1', '2026-10-31T23:00:00Z'],
  ['i4', SALES_INBOX, 'sev4', '2026-11-20T00:00:00Z'],
  ['i5', SALES_INBOX, 'sev3', '2026-11-25T00:00:00Z'],
  ['i6', SALES_INBOX, 'sev2', '2026-11-30T00:00:00Z'],
  ['i7', INVOICE, 'sev1', '2026-11-15T00:00:00Z'],
  ['i8', TRIAGE_LITE, 'sev4', '2026-11-22T00:00:00Z'],
  ['i9', RETIRED, 'sev1', '2026-11-05T00:00:00Z'],
];

/** Clusters of the last near-duplicate run: [cluster, item, asset, owner]. */
const CLUSTERS: Array<[string, string, string, string]> = [
  ['c1', `${SUPPORT_PROMPTS}#first-response`, SUPPORT_PROMPTS, SUPPORT],
  ['c1', `${LEGAL_PROMPTS}#intake`, LEGAL_PROMPTS, LEGAL],
  // Same owner on both sides: not a duplicate across teams.
  ['c2', TRIAGE, TRIAGE, SUPPORT],
  ['c2', TRIAGE_LITE, TRIAGE_LITE, SUPPORT],
  ['c3', SALES_INBOX, SALES_INBOX, SALES],
  ['c3', RETIRED, RETIRED, PLATFORM_TEAM],
];

export const DUPLICATES_DETECTED_AT = '2026-11-21T03:00:00.000Z';

/**
 * How much of the recorded reuse the scheduled fold has added to the KPI
 * blocks: nothing, the first half of the events (so some daily rows are
 * part folded, part not), or all of it; "with trailing" builds the trailing
 * block of November (30 days ending 11-30) after the first half is folded,
 * so that the second half is unfolded or folded into it. KPIs must not tell
 * them apart.
 */
export type Folding =
  | 'none'
  | 'part'
  | 'all'
  | 'part, with trailing'
  | 'all, with trailing';

export const FOLDINGS: Folding[] = [
  'none',
  'part',
  'all',
  'part, with trailing',
  'all, with trailing',
];

/** Writes the organisation into a migrated database. */
export async function loadKpiDataset(
  knex: Knex,
  folding: Folding = 'part',
): Promise<void> {
  await knex('catalog_assets').insert(
    ASSETS.map(asset => ({
      ...asset,
      kind: asset.entity_ref.split(':')[0],
      title: asset.entity_ref.split('/')[1],
      lifecycle: 'production',
      first_seen_at: at(asset.first_seen_at),
      last_seen_at: at('2026-12-05T00:00:00Z'),
      removed_at: asset.removed_at ? at(asset.removed_at) : null,
    })),
  );
  const events = EVENTS.map(
    ([entityRef, teamRef, type, occurredAt, promptId], i) => ({
      id: `e${i + 1}`,
      entityRef,
      promptId,
      type,
      userRef: 'user:default/someone',
      teamRef,
      occurredAt: at(occurredAt),
    }),
  );
  const recorder = new DatabaseReuseEventStore(knex);
  const fold = new DatabaseReuseBlockFoldStore(knex);
  const half = Math.ceil(events.length / 2);
  await recorder.record(events.slice(0, half));
  if (folding !== 'none') {
    await fold.foldUnfolded(10_000);
  }
  if (folding.endsWith('with trailing')) {
    await fold.rollTrailingBlocks(WINDOW.to, [30]);
  }
  await recorder.record(events.slice(half));
  if (folding.startsWith('all')) {
    await fold.foldUnfolded(10_000);
  }
  await knex('experiments').insert(
    EXPERIMENTS.map(experiment => ({
      ...experiment,
      started_by: 'user:default/someone',
      started_at: at(experiment.started_at),
      finished_at: experiment.finished_at ? at(experiment.finished_at) : null,
      finished_by: experiment.finished_at ? 'user:default/someone' : null,
      outcome: experiment.finished_at ? 'adopted' : null,
      learnings_url: experiment.learnings_url ?? null,
    })),
  );
  await knex('evaluation_results').insert(
    EVALUATIONS.map(
      ([id, entityRef, passRate, threshold, version, evaluatedAt]) => ({
        id,
        entity_ref: entityRef,
        workflow_version: version,
        dataset: 'datasets/cases.jsonl',
        pass_rate: passRate,
        threshold,
        passed: threshold === null ? null : passRate >= threshold,
        evaluated_at: at(evaluatedAt),
        reported_by: 'user:default/ci',
      }),
    ),
  );
  await knex('ai_incidents').insert(
    INCIDENTS.map(([id, entityRef, severity, occurredAt]) => ({
      id,
      entity_ref: entityRef,
      severity,
      summary: 'Something went wrong',
      occurred_at: at(occurredAt),
      reported_by: 'user:default/someone',
      team_ref: null,
    })),
  );
  await knex('duplicate_clusters').insert(
    CLUSTERS.map(([clusterId, itemId, entityRef, ownerRef]) => ({
      cluster_id: clusterId,
      item_id: itemId,
      entity_ref: entityRef,
      prompt_id: itemId.includes('#') ? itemId.split('#')[1] : '',
      owner_ref: ownerRef,
      title: itemId,
      similarity: 0.8,
      detected_at: at(DUPLICATES_DETECTED_AT),
    })),
  );
  await knex('duplicate_detection_runs').insert({
    detected_at: at(DUPLICATES_DETECTED_AT),
    similarity_threshold: 0.5,
    candidates: ASSETS.length,
  });
}
