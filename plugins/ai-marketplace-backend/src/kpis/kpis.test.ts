import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { DatabaseDuplicateClusterStore } from '../database/DatabaseDuplicateClusterStore';
import { DatabaseKpiStore } from '../database/DatabaseKpiStore';
import { DatabaseReuseBlockFoldStore } from '../database/DatabaseReuseBlockFoldStore';
import { migrateDatabase } from '../database/migrateDatabase';
import {
  CONTRACTS,
  DUPLICATES_DETECTED_AT,
  FINANCE,
  Folding,
  FOLDINGS,
  INVOICE,
  LEGAL,
  loadKpiDataset,
  OLD_PROMPTS,
  PLATFORM_TEAM,
  PROMPT_GUILD,
  ROUTER,
  SALES,
  SALES_INBOX,
  SUPPORT,
  SUPPORT_GUILD,
  SUPPORT_PROMPTS,
  TRIAGE,
  TRIAGE_LITE,
  WINDOW,
} from './__fixtures__/kpiDataset';
import { crossTeamReuse } from './crossTeamReuse';
import { errorBudgets } from './errorBudgets';
import { evalGates } from './evalGates';
import { knowledgeCapture } from './knowledgeCapture';
import { KpiRequest } from './kpiRequest';
import { kpiSummary } from './kpiSummary';
import { lineage, lineageCounts } from './lineage';
import { ownershipConcentration } from './ownershipConcentration';
import { reuseMatrix } from './reuseMatrix';
import { selfServe } from './selfServe';
import { timeToFirstExperiment } from './timeToFirstExperiment';
import { topAssets } from './topAssets';

jest.setTimeout(60_000);

const { databases, ids, postgresSkipped } = createTestDatabases();
if (postgresSkipped) {
  // eslint-disable-next-line jest/no-disabled-tests, jest/expect-expect, jest/valid-title
  it.skip(postgresSkipped, () => {});
}

/** November 2026, with optional filters. */
const november = (filters: Omit<KpiRequest, 'window'> = {}): KpiRequest => ({
  window: WINDOW,
  ...filters,
});

/*
 * The dataset (see __fixtures__/kpiDataset.ts), as it stands in November:
 *
 * Assets in the catalog at some time in the window — 8: TRIAGE,
 * SALES_INBOX, INVOICE, ROUTER, TRIAGE_LITE, CONTRACTS, SUPPORT_PROMPTS and
 * LEGAL_PROMPTS (removed 11-15, so present until then). RETIRED was removed
 * on 10-20; GHOST was never in the catalog: their events do not count.
 *
 * Reuse in the window, per asset (owner → teams that used it):
 *   TRIAGE          SUPPORT → SUPPORT 2, FINANCE 2, SALES 1     reused, 5 events
 *   SALES_INBOX     SALES   → SALES 2                           not,    2
 *   INVOICE         FINANCE → FINANCE 1                         not,    1
 *   ROUTER          PLATFORM→ SUPPORT 2, SALES 1                reused, 3
 *   TRIAGE_LITE     SUPPORT → FINANCE 2                         reused, 2
 *   CONTRACTS       LEGAL   → (none)                            not,    0
 *   SUPPORT_PROMPTS SUPPORT → SUPPORT 1, LEGAL 1                reused, 2
 *   LEGAL_PROMPTS   LEGAL   → LEGAL 1                           not,    1
 * SALES_INBOX and TRIAGE_LITE are each used by one team in two different
 * blocks (11-03 and 11-11; 11-11 and 11-27): one is its owner, the other not.
 */
describe.each(
  ids.flatMap(([id]) =>
    FOLDINGS.map((folding): [typeof id, Folding] => [id, folding]),
  ),
)('KPIs on %s, reuse folded into blocks: %s', (databaseId, folding) => {
  let knex: Knex;
  let store: DatabaseKpiStore;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    await migrateDatabase(knex);
    await loadKpiDataset(knex, folding);
    store = new DatabaseKpiStore(knex);
  });

  describe('cross-team reuse', () => {
    it('counts the assets another team used: 4 of 8, 16 events', async () => {
      expect(await crossTeamReuse(store, november())).toEqual({
        from: '2026-11-01',
        to: '2026-11-30',
        assets: 8,
        reusedAssets: 4,
        rate: 0.5,
        // 5 + 2 + 1 + 3 + 2 + 0 + 2 + 1
        events: 16,
      });
    });

    it('answers zero for a filter no asset matches', async () => {
      const nothing = november({ function: 'no-such-function' });
      expect(await crossTeamReuse(store, nothing)).toMatchObject({
        assets: 0,
        reusedAssets: 0,
        rate: null,
        events: 0,
      });
      expect((await topAssets(store, nothing, 10)).items).toEqual([]);
    });

    it('splits by owning team, largest first, adding up to the totals', async () => {
      const kpi = await crossTeamReuse(store, november(), 'team');
      expect(kpi).toMatchObject({ assets: 8, reusedAssets: 4, events: 16 });
      expect(kpi.groupBy).toBe('team');
      expect(kpi.groups).toEqual([
        // TRIAGE, TRIAGE_LITE, SUPPORT_PROMPTS: all reused; 5 + 2 + 2 events.
        { group: SUPPORT, assets: 3, reusedAssets: 3, rate: 1, events: 9 },
        // CONTRACTS (no events), LEGAL_PROMPTS (1).
        { group: LEGAL, assets: 2, reusedAssets: 0, rate: 0, events: 1 },
        // Then one asset each, by ref.
        {
          group: PLATFORM_TEAM,
          assets: 1,
          reusedAssets: 1,
          rate: 1,
          events: 3,
        },
        { group: FINANCE, assets: 1, reusedAssets: 0, rate: 0, events: 1 },
        { group: SALES, assets: 1, reusedAssets: 0, rate: 0, events: 2 },
      ]);
    });

    it('splits by function and by guild, with null for none', async () => {
      expect(
        (await crossTeamReuse(store, november(), 'function')).groups,
      ).toEqual([
        { group: 'support', assets: 3, reusedAssets: 3, rate: 1, events: 9 },
        { group: 'legal', assets: 2, reusedAssets: 0, rate: 0, events: 1 },
        {
          group: 'engineering',
          assets: 1,
          reusedAssets: 1,
          rate: 1,
          events: 3,
        },
        { group: 'finance', assets: 1, reusedAssets: 0, rate: 0, events: 1 },
        { group: 'sales', assets: 1, reusedAssets: 0, rate: 0, events: 2 },
      ]);
      expect((await crossTeamReuse(store, november(), 'guild')).groups).toEqual(
        [
          // SALES_INBOX 2, INVOICE 1, CONTRACTS 0, LEGAL_PROMPTS 1.
          { group: null, assets: 4, reusedAssets: 0, rate: 0, events: 4 },
          {
            group: SUPPORT_GUILD,
            assets: 3,
            reusedAssets: 3,
            rate: 1,
            events: 9,
          },
          {
            group: PROMPT_GUILD,
            assets: 1,
            reusedAssets: 1,
            rate: 1,
            events: 3,
          },
        ],
      );
    });

    it('filters by owner, function and guild', async () => {
      expect(await crossTeamReuse(store, november({ team: SUPPORT }))).toEqual({
        ...WINDOW,
        team: SUPPORT,
        assets: 3,
        reusedAssets: 3,
        rate: 1,
        events: 9,
      });
      expect(
        await crossTeamReuse(store, november({ function: 'sales' })),
      ).toMatchObject({ assets: 1, reusedAssets: 0, rate: 0, events: 2 });
      expect(
        await crossTeamReuse(
          store,
          november({ guild: SUPPORT_GUILD, team: SALES }),
        ),
      ).toMatchObject({ assets: 0, reusedAssets: 0, rate: null, events: 0 });
    });

    it('follows the window: October alone', async () => {
      // Assets in October: TRIAGE, SALES_INBOX, ROUTER (from 10-15), RETIRED
      // (until 10-20), SUPPORT_PROMPTS, LEGAL_PROMPTS. Used: TRIAGE by SALES
      // (10-31) and SALES_INBOX by SUPPORT (10-15) — both other teams.
      expect(
        await crossTeamReuse(store, {
          window: { from: '2026-10-01', to: '2026-10-31' },
        }),
      ).toMatchObject({ assets: 6, reusedAssets: 2, events: 2 });
    });
  });

  describe('producer × consumer matrix', () => {
    /*
     * Flows (producer → consumer: events, assets):
     *   SUPPORT → SUPPORT 3 (TRIAGE 2, SUPPORT_PROMPTS 1), 2 assets
     *   SUPPORT → FINANCE 4 (TRIAGE 2, TRIAGE_LITE 2), 2 assets
     *   SUPPORT → SALES 1, SUPPORT → LEGAL 1
     *   SALES → SALES 2, FINANCE → FINANCE 1, LEGAL → LEGAL 1
     *   PLATFORM → SUPPORT 2, PLATFORM → SALES 1
     * Cross-team: 4 + 1 + 1 + 2 + 1 = 9 events in 5 cells, from 2
     * producers (SUPPORT, PLATFORM) to 4 consumers.
     */
    it('lists the cross-team cells, most events first, with totals of all flows', async () => {
      expect(await reuseMatrix(store, november(), 100)).toEqual({
        ...WINDOW,
        cells: [
          { producerRef: SUPPORT, consumerRef: FINANCE, events: 4, assets: 2 },
          {
            producerRef: PLATFORM_TEAM,
            consumerRef: SUPPORT,
            events: 2,
            assets: 1,
          },
          {
            producerRef: PLATFORM_TEAM,
            consumerRef: SALES,
            events: 1,
            assets: 1,
          },
          { producerRef: SUPPORT, consumerRef: LEGAL, events: 1, assets: 1 },
          { producerRef: SUPPORT, consumerRef: SALES, events: 1, assets: 1 },
        ],
        totals: {
          events: 16,
          crossTeamEvents: 9,
          cells: 5,
          producers: 2,
          consumers: 4,
        },
      });
    });

    it('keeps the totals when the cells are limited', async () => {
      const kpi = await reuseMatrix(store, november(), 2);
      expect(kpi.cells.map(c => c.events)).toEqual([4, 2]);
      expect(kpi.totals.cells).toBe(5);
    });

    it('keeps the flows where the team produces or consumes', async () => {
      // SUPPORT → SALES 1, PLATFORM → SALES 1, SALES → SALES 2.
      expect(
        (await reuseMatrix(store, november({ team: SALES }), 100)).totals,
      ).toEqual({
        events: 4,
        crossTeamEvents: 2,
        cells: 2,
        producers: 2,
        consumers: 1,
      });
      // Support assets: TRIAGE, TRIAGE_LITE, SUPPORT_PROMPTS.
      expect(
        (await reuseMatrix(store, november({ function: 'support' }), 100))
          .totals,
      ).toEqual({
        events: 9,
        crossTeamEvents: 6,
        cells: 3,
        producers: 1,
        consumers: 3,
      });
    });
  });

  describe('top reused assets', () => {
    it('ranks the assets other teams used by events, with those teams', async () => {
      const kpi = await topAssets(store, november(), 10);
      expect(
        kpi.items.map(item => [
          item.entityRef,
          item.events,
          item.consumingTeams,
          item.consumingTeamEvents,
        ]),
      ).toEqual([
        [TRIAGE, 5, 2, 3],
        [ROUTER, 3, 2, 3],
        // 2 events each: by entity ref.
        [TRIAGE_LITE, 2, 1, 2],
        [SUPPORT_PROMPTS, 2, 1, 1],
      ]);
      expect(kpi.items[0]).toEqual({
        entityRef: TRIAGE,
        kind: 'aiworkflow',
        title: 'support-triage',
        ownerRef: SUPPORT,
        function: 'support',
        guildRef: SUPPORT_GUILD,
        events: 5,
        byType: { viewed: 1, copied: 0, adopted: 1, forked: 0, invoked: 3 },
        consumingTeams: 2,
        consumingTeamEvents: 3,
      });
    });

    it('honours the limit and the owner filter', async () => {
      expect(
        (await topAssets(store, november(), 1)).items.map(i => i.entityRef),
      ).toEqual([TRIAGE]);
      expect(
        (
          await topAssets(store, november({ team: PLATFORM_TEAM }), 10)
        ).items.map(i => i.entityRef),
      ).toEqual([ROUTER]);
    });
  });

  describe('lineage', () => {
    /*
     * Links of the assets in the catalog on 12-01 (LEGAL_PROMPTS and RETIRED
     * are gone): TRIAGE ← SALES_INBOX (cross-team), INVOICE ← TRIAGE
     * (cross-team, generation 2), TRIAGE_LITE ← TRIAGE (same team,
     * generation 2), SUPPORT_PROMPTS ← OLD_PROMPTS (not in the catalog).
     * INVOICE (11-10) and TRIAGE_LITE (11-20) were registered in November.
     */
    it('counts the links in the database, reading no link nor reuse (as the summary does)', async () => {
      const links = jest.spyOn(store, 'derivationAssets');
      const events = jest.spyOn(store, 'eventsOfAssets');
      try {
        expect(await lineageCounts(store, november())).toEqual({
          derivations: 4,
          crossTeamDerivations: 2,
          newDerivations: 2,
        });
        expect(links).not.toHaveBeenCalled();
        expect(events).not.toHaveBeenCalled();
      } finally {
        links.mockRestore();
        events.mockRestore();
      }
    });

    it('lists the links with their generation, root and reuse', async () => {
      const kpi = await lineage(store, november(), 100);
      expect(kpi).toMatchObject({
        derivations: 4,
        crossTeamDerivations: 2,
        newDerivations: 2,
      });
      expect(
        kpi.edges.map(edge => [
          edge.entityRef,
          edge.derivedFromRef,
          edge.crossTeam,
          edge.generation,
          edge.rootRef,
          edge.events,
        ]),
      ).toEqual([
        [TRIAGE, SALES_INBOX, true, 1, SALES_INBOX, 5],
        [TRIAGE_LITE, TRIAGE, false, 2, SALES_INBOX, 2],
        [SUPPORT_PROMPTS, OLD_PROMPTS, null, 1, OLD_PROMPTS, 2],
        [INVOICE, TRIAGE, true, 2, SALES_INBOX, 1],
      ]);
      expect(kpi.edges[3].origin).toMatchObject({
        entityRef: TRIAGE,
        ownerRef: SUPPORT,
      });
      expect(kpi.edges[3].registeredAt).toBe('2026-11-10T00:00:00.000Z');
      expect(kpi.roots).toEqual([
        // Descendants owned by SUPPORT, FINANCE, SUPPORT: 2 teams not SALES.
        {
          entityRef: SALES_INBOX,
          title: 'sales-inbox',
          ownerRef: SALES,
          descendants: 3,
          otherTeams: 2,
        },
        {
          entityRef: OLD_PROMPTS,
          title: null,
          ownerRef: null,
          descendants: 1,
          otherTeams: 1,
        },
      ]);
    });

    it('keeps links where the team owns either side', async () => {
      const finance = await lineage(store, november({ team: FINANCE }), 100);
      expect(finance.edges.map(e => e.entityRef)).toEqual([INVOICE]);
      const sales = await lineage(store, november({ team: SALES }), 100);
      expect(sales.edges.map(e => e.entityRef)).toEqual([TRIAGE]);
      expect(sales.roots).toEqual([
        expect.objectContaining({ entityRef: SALES_INBOX, descendants: 1 }),
      ]);
    });
  });

  describe('time to first experiment', () => {
    /*
     * First experiments started in November: INVOICE 3 days after its
     * registration, ROUTER 30, SUPPORT_PROMPTS 124 (07-01 → 11-02);
     * TRIAGE_LITE half a day *before* (left out). TRIAGE's first was in
     * September. Sorted [3, 30, 124]: median 30; p90 at rank 1.8 =
     * 30 + 0.8 × 94 = 105.2; mean 157 / 3 = 52.3. Registered in November
     * and untried by its end: CONTRACTS.
     */
    it('measures days from registration to the first experiment', async () => {
      expect(await timeToFirstExperiment(store, november())).toEqual({
        ...WINDOW,
        assets: 3,
        medianDays: 30,
        p90Days: 105.2,
        meanDays: 52.3,
        untried: 1,
        startedBeforeRegistration: 1,
      });
    });

    /*
     * November 1–12: SUPPORT_PROMPTS's first experiment (11-02, 124 days)
     * is in it; INVOICE, registered 11-10, was first tried 11-13, after
     * its end: untried. ROUTER's first (11-14) is after the end too, but it
     * registered before the window: neither.
     */
    it('counts an asset first tried after the window as untried', async () => {
      expect(
        await timeToFirstExperiment(store, {
          window: { from: '2026-11-01', to: '2026-11-12' },
        }),
      ).toEqual({
        from: '2026-11-01',
        to: '2026-11-12',
        assets: 1,
        medianDays: 124,
        p90Days: 124,
        meanDays: 124,
        untried: 1,
        startedBeforeRegistration: 0,
      });
    });

    it('takes team as the owner', async () => {
      expect(
        await timeToFirstExperiment(store, november({ team: SUPPORT })),
      ).toMatchObject({
        assets: 1,
        medianDays: 124,
        untried: 0,
        startedBeforeRegistration: 1,
      });
      expect(
        await timeToFirstExperiment(store, november({ team: LEGAL })),
      ).toMatchObject({ assets: 0, medianDays: null, untried: 1 });
    });
  });

  describe('self-serve rate', () => {
    /*
     * Started in November: x2 (no), x3 (yes), x4 (unknown), x5 (yes),
     * x6 (yes), x7 (no), x8 on GHOST (yes). 4 of the 6 that said.
     */
    it('counts the experiments run without the central team', async () => {
      expect(await selfServe(store, november())).toEqual({
        ...WINDOW,
        experiments: 7,
        selfServe: 4,
        assisted: 2,
        unknown: 1,
        rate: 4 / 6,
      });
    });

    it('takes team as the experimenting team, function as the asset one', async () => {
      // SALES ran x2 (no), x5 (yes), x8 (yes).
      expect(await selfServe(store, november({ team: SALES }))).toMatchObject({
        experiments: 3,
        selfServe: 2,
        assisted: 1,
        rate: 2 / 3,
      });
      // Support assets: x2 (TRIAGE, no), x6 (TRIAGE_LITE, yes), x7 (no).
      expect(
        await selfServe(store, november({ function: 'support' })),
      ).toMatchObject({ experiments: 3, selfServe: 1, assisted: 2 });
    });
  });

  describe('knowledge-capture rate', () => {
    // Finished in November: x2 (no link), x3 (link), x6 (empty link), x9 (link).
    it('counts finished experiments with documented learnings', async () => {
      expect(await knowledgeCapture(store, november())).toEqual({
        ...WINDOW,
        finished: 4,
        withLearnings: 2,
        rate: 0.5,
      });
      expect(
        await knowledgeCapture(store, november({ team: FINANCE })),
      ).toMatchObject({ finished: 2, withLearnings: 1, rate: 0.5 });
    });
  });

  describe('ownership concentration', () => {
    /*
     * Workflows on 12-01: TRIAGE, SALES_INBOX, INVOICE, ROUTER, TRIAGE_LITE,
     * CONTRACTS — ROUTER is the platform team's: 1 of 6. On 11-01: TRIAGE,
     * SALES_INBOX, ROUTER (RETIRED left on 10-20): 1 of 3.
     */
    it('gives the share of workflows the coordination groups own, now and at the start', async () => {
      expect(
        await ownershipConcentration(store, november(), [PLATFORM_TEAM]),
      ).toEqual({
        ...WINDOW,
        workflows: 6,
        coordinationOwned: 1,
        share: 1 / 6,
        coordinationGroups: [PLATFORM_TEAM],
        atStart: { workflows: 3, coordinationOwned: 1, share: 1 / 3 },
        byGroup: [{ groupRef: PLATFORM_TEAM, workflows: 1 }],
      });
    });

    it('is 0 without coordination groups, and filters by function', async () => {
      expect(await ownershipConcentration(store, november(), [])).toMatchObject(
        { coordinationOwned: 0, share: 0, byGroup: [] },
      );
      expect(
        await ownershipConcentration(
          store,
          november({ function: 'engineering' }),
          [PLATFORM_TEAM],
        ),
      ).toMatchObject({ workflows: 1, share: 1 });
    });
  });

  describe('eval gates', () => {
    /*
     * Latest evaluation up to 11-30 of each workflow on 12-01:
     *   SALES_INBOX  0.75 < 0.8, 11-05 (25 days)  failing (the 12-03 run is later)
     *   TRIAGE_LITE  0.5 < 0.7 (catalog, not the 0.4 recorded), 11-25 (5) failing
     *   CONTRACTS    none                                           not evaluated
     *   INVOICE      0.6, no threshold anywhere, 11-12 (18)          no threshold
     *   ROUTER       0.95 ≥ 0.95, 08-02 (120 days)                   passing
     *   TRIAGE       0.93 ≥ 0.9, 11-20 (10)                          passing
     */
    it('gives each workflow its latest result against its threshold', async () => {
      const kpi = await evalGates(store, november(), 100);
      expect(kpi.totals).toEqual({
        workflows: 6,
        failing: 2,
        'not-evaluated': 1,
        'no-threshold': 1,
        passing: 2,
      });
      expect(
        kpi.items.map(item => [
          item.entityRef,
          item.status,
          item.passRate,
          item.threshold,
          item.ageDays,
          item.runsInWindow,
        ]),
      ).toEqual([
        [SALES_INBOX, 'failing', 0.75, 0.8, 25, 1],
        [TRIAGE_LITE, 'failing', 0.5, 0.7, 5, 1],
        [CONTRACTS, 'not-evaluated', null, null, null, 0],
        [INVOICE, 'no-threshold', 0.6, null, 18, 1],
        [ROUTER, 'passing', 0.95, 0.95, 120, 0],
        [TRIAGE, 'passing', 0.93, 0.9, 10, 1],
      ]);
      expect(kpi.items[5]).toMatchObject({
        workflowVersion: 'v2',
        evaluatedAt: '2026-11-20T10:00:00.000Z',
      });
    });

    it('filters by owner and limits the items, not the totals', async () => {
      const kpi = await evalGates(store, november({ team: SUPPORT }), 1);
      expect(kpi.totals).toMatchObject({
        workflows: 2,
        failing: 1,
        passing: 1,
      });
      expect(kpi.items.map(i => i.entityRef)).toEqual([TRIAGE_LITE]);
    });
  });

  describe('error budgets', () => {
    /*
     * Periods end on 12-01T00:00:
     *   SALES_INBOX  1 per P7D (from 11-24): i5, i6 → 2, exceeded by 1 (i4 on 11-20 is earlier)
     *   TRIAGE       2 per P30D (from 11-01): i1, i2 → 2, exhausted (i3 is 10-31)
     *   ROUTER       0 per P1M (from 11-01): none → within, 0 left
     *   TRIAGE_LITE  3 per P30D: i8 → 1, within, 2 left
     *   INVOICE      no budget: i7 in the window
     *   CONTRACTS    no budget, no incident
     * Incidents in November on these: i1, i2, i4, i5, i6, i7, i8 = 7.
     */
    it('counts incidents in each period against the budget', async () => {
      const kpi = await errorBudgets(store, november(), 100);
      expect(kpi.totals).toEqual({
        workflows: 6,
        exceeded: 1,
        exhausted: 1,
        within: 2,
        'no-budget': 2,
        incidentsInWindow: 7,
      });
      expect(
        kpi.items.map(item => [
          item.entityRef,
          item.status,
          item.budget,
          item.incidents,
          item.remaining,
          item.worstSeverity,
          item.periodStart,
        ]),
      ).toEqual([
        [SALES_INBOX, 'exceeded', 1, 2, -1, 'sev2', '2026-11-24T00:00:00.000Z'],
        [TRIAGE, 'exhausted', 2, 2, 0, 'sev2', '2026-11-01T00:00:00.000Z'],
        [ROUTER, 'within', 0, 0, 0, null, '2026-11-01T00:00:00.000Z'],
        [TRIAGE_LITE, 'within', 3, 1, 2, 'sev4', '2026-11-01T00:00:00.000Z'],
        [
          INVOICE,
          'no-budget',
          null,
          1,
          null,
          'sev1',
          '2026-11-01T00:00:00.000Z',
        ],
        [
          CONTRACTS,
          'no-budget',
          null,
          0,
          null,
          null,
          '2026-11-01T00:00:00.000Z',
        ],
      ]);
      expect(kpi.items[0].period).toBe('P7D');
    });

    it('ends the period with the window', async () => {
      // To 11-22: TRIAGE's 30 days start 10-24 and take in i3 (10-31).
      const kpi = await errorBudgets(
        store,
        { window: { from: '2026-11-01', to: '2026-11-22' }, team: SUPPORT },
        100,
      );
      expect(kpi.items.map(i => [i.entityRef, i.status, i.incidents])).toEqual([
        [TRIAGE, 'exceeded', 3],
        [TRIAGE_LITE, 'within', 1],
      ]);
    });
  });

  describe('summary', () => {
    it('gives the headline of every KPI, duplication included', async () => {
      expect(await kpiSummary(store, november(), [PLATFORM_TEAM])).toEqual({
        ...WINDOW,
        reuse: { assets: 8, reusedAssets: 4, rate: 0.5, events: 16 },
        matrix: {
          events: 16,
          crossTeamEvents: 9,
          cells: 5,
          producers: 2,
          consumers: 4,
        },
        topAsset: expect.objectContaining({ entityRef: TRIAGE, events: 5 }),
        lineage: { derivations: 4, crossTeamDerivations: 2, newDerivations: 2 },
        // On 12-01: 7 assets (LEGAL_PROMPTS, RETIRED gone). SUPPORT_PROMPTS
        // shares c1 with LEGAL's prompt, SALES_INBOX c3 with RETIRED; c2
        // is one owner's twice.
        duplication: {
          assets: 7,
          duplicatedAssets: 2,
          rate: 2 / 7,
          detectedAt: DUPLICATES_DETECTED_AT,
        },
        timeToFirstExperiment: {
          assets: 3,
          medianDays: 30,
          p90Days: 105.2,
          meanDays: 52.3,
          untried: 1,
          startedBeforeRegistration: 1,
        },
        selfServe: {
          experiments: 7,
          selfServe: 4,
          assisted: 2,
          unknown: 1,
          rate: 4 / 6,
        },
        knowledgeCapture: { finished: 4, withLearnings: 2, rate: 0.5 },
        ownershipConcentration: {
          workflows: 6,
          coordinationOwned: 1,
          share: 1 / 6,
        },
        evalGates: {
          workflows: 6,
          failing: 2,
          'not-evaluated': 1,
          'no-threshold': 1,
          passing: 2,
        },
        errorBudgets: {
          workflows: 6,
          exceeded: 1,
          exhausted: 1,
          within: 2,
          'no-budget': 2,
          incidentsInWindow: 7,
        },
      });
    });

    it('applies the filters to every KPI', async () => {
      const summary = await kpiSummary(store, november({ team: SUPPORT }), [
        PLATFORM_TEAM,
      ]);
      expect(summary.team).toBe(SUPPORT);
      expect(summary.reuse).toMatchObject({ assets: 3, reusedAssets: 3 });
      // TRIAGE, TRIAGE_LITE, SUPPORT_PROMPTS on 12-01; SUPPORT_PROMPTS is in c1.
      expect(summary.duplication).toMatchObject({
        assets: 3,
        duplicatedAssets: 1,
      });
      expect(summary.ownershipConcentration).toEqual({
        workflows: 2,
        coordinationOwned: 0,
        share: 0,
      });
      // SUPPORT ran x4 only (unknown).
      expect(summary.selfServe).toMatchObject({ experiments: 1, unknown: 1 });
    });

    it('counts lineage as the lineage KPI does, whatever the filter', async () => {
      // SALES owns only SALES_INBOX, the origin of TRIAGE: a team on either
      // side of a link keeps it. October ends before INVOICE and TRIAGE_LITE.
      const requests: KpiRequest[] = [
        november(),
        november({ team: SALES }),
        november({ team: SUPPORT }),
        november({ function: 'support' }),
        november({ guild: SUPPORT_GUILD }),
        { window: { from: '2026-10-01', to: '2026-10-31' } },
      ];
      for (const request of requests) {
        const links = await lineage(store, request, 100);
        expect((await kpiSummary(store, request, [])).lineage).toEqual({
          derivations: links.derivations,
          crossTeamDerivations: links.crossTeamDerivations,
          newDerivations: links.newDerivations,
        });
      }
      expect(
        (await kpiSummary(store, november({ team: SALES }), [])).lineage,
      ).toEqual({ derivations: 1, crossTeamDerivations: 1, newDerivations: 0 });
    });

    it('dates duplication by the last run, also when it found no cluster', async () => {
      const empty = await databases.init(databaseId);
      await migrateDatabase(empty);
      const kpis = new DatabaseKpiStore(empty);
      expect((await kpis.duplication(new Date(), {})).detectedAt).toBeNull();
      const detectedAt = new Date('2026-11-21T04:00:00Z');
      await new DatabaseDuplicateClusterStore(empty).replaceRun({
        detectedAt,
        similarityThreshold: 0.5,
        candidates: 12,
        clusters: [],
      });
      expect(await kpis.duplication(new Date(), {})).toEqual({
        assets: 0,
        duplicatedAssets: 0,
        detectedAt,
      });
    });
  });

  it('reads no raw events: the KPIs stand once reuse_events is emptied', async () => {
    const before = await crossTeamReuse(store, november(), 'team');
    const raw = await knex('reuse_events').select();
    await knex('reuse_events').delete();
    try {
      expect(await crossTeamReuse(store, november(), 'team')).toEqual(before);
      expect((await reuseMatrix(store, november(), 100)).totals.events).toBe(
        16,
      );
    } finally {
      for (let i = 0; i < raw.length; i += 100) {
        await knex('reuse_events').insert(raw.slice(i, i + 100));
      }
    }
  });
});

describe.each(ids)(
  'the producer × consumer matrix of a trailing block on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseKpiStore;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      await migrateDatabase(knex);
      await loadKpiDataset(knex, 'all, with trailing');
      store = new DatabaseKpiStore(knex);
    });

    it('reads the stored flows of November', async () => {
      const [meta] = await knex('reuse_trailing_blocks').select();
      expect(meta).toMatchObject({ block_days: 30, block_start: '2026-11-01' });
      expect(Number(meta.flows_complete)).toBe(1);
      const flows = await knex('reuse_flow_blocks')
        .where({ producer_ref: PLATFORM_TEAM })
        .orderBy('consumer_ref')
        .select('consumer_ref', 'events', 'assets');
      // ROUTER: SUPPORT 2, SALES 1 (see the table above).
      expect(
        flows.map(row => [
          row.consumer_ref,
          Number(row.events),
          Number(row.assets),
        ]),
      ).toEqual(
        [
          [SUPPORT, 2, 1],
          [SALES, 1, 1],
        ].sort(),
      );
    });

    it('follows an owner change at once, before the flows are rebuilt', async () => {
      const before = await reuseMatrix(store, november(), 100);
      // What a catalog snapshot moving ROUTER to SALES does.
      await knex('catalog_assets')
        .where({ entity_ref: ROUTER })
        .update({ owner_ref: SALES });
      await knex('reuse_trailing_blocks').update({ flows_complete: 0 });
      const stale = await reuseMatrix(store, november(), 100);

      await new DatabaseReuseBlockFoldStore(knex).rollTrailingBlocks(
        WINDOW.to,
        [30],
      );
      const rebuilt = await reuseMatrix(store, november(), 100);
      await knex('reuse_trailing_blocks').delete();
      const tiled = await reuseMatrix(store, november(), 100);

      expect(stale).toEqual(tiled);
      expect(rebuilt).toEqual(tiled);
      // SALES's own use of ROUTER is no reuse any more; SUPPORT's now
      // flows from SALES.
      expect(tiled.totals.crossTeamEvents).toBe(
        before.totals.crossTeamEvents - 1,
      );
      expect(tiled.cells).toContainEqual({
        producerRef: SALES,
        consumerRef: SUPPORT,
        events: 2,
        assets: 1,
      });
    });
  },
);
