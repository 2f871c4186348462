import {
  AIWorkflowEntityV1alpha1,
  INCIDENT_SEVERITIES,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  parseGuildLeads,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { exampleCatalog } from './__fixtures__/exampleCatalog';
import { DemoHistory } from './DemoHistory';
import { generateDemoHistory } from './generateDemoHistory';
import { isoDurationDays } from './isoDurationDays';

const NOW = new Date('2026-11-21T14:00:00Z');
const DAYS = 180;
const DAY_MS = 86_400_000;
const START = new Date('2026-05-26T00:00:00Z'); // 179 days before NOW's day

const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');
const lowerRef = (ref: string, kind: string) =>
  (ref.includes(':') ? ref : `${kind}:${ref}`).toLocaleLowerCase('en-US');

const catalog = exampleCatalog();
const workflows = catalog.filter(isAIWorkflowEntity);
const libraries = catalog.filter(isPromptLibraryEntity);
const workflowByRef = new Map<string, AIWorkflowEntityV1alpha1>(
  workflows.map(w => [refOf(w), w]),
);
const libraryByRef = new Map<string, PromptLibraryEntityV1alpha1>(
  libraries.map(l => [refOf(l), l]),
);
/** Direct memberships, as the catalog's memberOf relations say. */
const groupsOfUser = new Map(
  catalog
    .filter(e => e.kind === 'User')
    .map(u => [
      refOf(u),
      new Set((u.spec!.memberOf as string[]).map(g => lowerRef(g, 'group'))),
    ]),
);
const isMember = (userRef: string, teamRef: string) =>
  groupsOfUser.get(userRef)?.has(teamRef) ?? false;

let history: DemoHistory;
let registered: Map<string, Date>;

beforeAll(() => {
  history = generateDemoHistory({ entities: catalog, now: NOW, days: DAYS });
  registered = new Map(history.assets.map(a => [a.entityRef, a.firstSeenAt]));
});

describe('generateDemoHistory', () => {
  it('is deterministic: same seed, catalog and now give the same history, whatever the catalog order', () => {
    const again = generateDemoHistory({
      entities: [...exampleCatalog()].reverse(),
      now: NOW,
      days: DAYS,
    });
    expect(again).toEqual(history);

    const otherSeed = generateDemoHistory({
      entities: catalog,
      now: NOW,
      days: DAYS,
      seed: 'another seed',
    });
    expect(otherSeed.reuseEvents).not.toEqual(history.reuseEvents);
  });

  it('registers one catalog asset per AIWorkflow and PromptLibrary, within the period', () => {
    expect(history.assets.map(a => a.entityRef).sort()).toEqual(
      [...workflowByRef.keys(), ...libraryByRef.keys()].sort(),
    );
    const triage = history.assets.find(
      a => a.entityRef === 'aiworkflow:default/ap-invoice-triage',
    );
    expect(triage).toMatchObject({
      kind: 'aiworkflow',
      ownerRef: 'group:default/finance',
      guildRef: 'group:default/support-automation-guild',
      derivedFromRef: 'aiworkflow:default/support-ticket-triage',
      evaluationThreshold: 0.93,
      errorBudgetIncidents: 2,
      errorBudgetPeriod: 'P30D',
    });
    for (const asset of history.assets) {
      expect(asset.firstSeenAt.getTime()).toBeGreaterThanOrEqual(
        START.getTime(),
      );
      expect(asset.firstSeenAt.getTime()).toBeLessThan(NOW.getTime());
    }
  });

  it('writes a moderate number of reuse events, views and invocations first, all in the period', () => {
    const events = history.reuseEvents;
    expect(events.length).toBeGreaterThanOrEqual(20_000);
    expect(events.length).toBeLessThanOrEqual(60_000);
    expect(new Set(events.map(e => e.id)).size).toBe(events.length);
    const byType = (type: string) => events.filter(e => e.type === type).length;
    expect(byType('viewed') + byType('invoked')).toBeGreaterThan(
      0.7 * events.length,
    );
    expect(byType('adopted')).toBeGreaterThan(0);
    expect(byType('forked')).toBeGreaterThan(0);
    expect(
      events.filter(e => e.occurredAt < START || e.occurredAt >= NOW),
    ).toEqual([]);
  });

  it('has quieter weekends and grows gently over the period', () => {
    const perDay = new Map<string, number>();
    for (const e of history.reuseEvents) {
      const day = e.occurredAt.toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const mean = (weekend: boolean) => {
      const days = [...Array(DAYS - 1).keys()]
        .map(i => new Date(START.getTime() + i * DAY_MS))
        .filter(d => [0, 6].includes(d.getUTCDay()) === weekend);
      return (
        days.reduce(
          (sum, d) => sum + (perDay.get(d.toISOString().slice(0, 10)) ?? 0),
          0,
        ) / days.length
      );
    };
    expect(mean(true)).toBeLessThan(0.5 * mean(false));

    const middle = START.getTime() + (DAYS / 2) * DAY_MS;
    const firstHalf = history.reuseEvents.filter(
      e => e.occurredAt.getTime() < middle,
    ).length;
    expect(history.reuseEvents.length - firstHalf).toBeGreaterThan(
      1.2 * firstHalf,
    );
  });

  it('attributes every event to a member of the acting team, after the asset was registered', () => {
    expect(
      history.reuseEvents.filter(e => !isMember(e.userRef, e.teamRef)),
    ).toEqual([]);
    expect(
      history.reuseEvents.filter(
        e => e.occurredAt <= registered.get(e.entityRef)!,
      ),
    ).toEqual([]);
    expect(new Set(history.reuseEvents.map(e => e.userRef)).size).toBe(
      groupsOfUser.size,
    );
  });

  it('names an existing prompt on library events, and none on workflow events', () => {
    const [libraryEvents, workflowEvents] = [
      history.reuseEvents.filter(e => libraryByRef.has(e.entityRef)),
      history.reuseEvents.filter(e => !libraryByRef.has(e.entityRef)),
    ];
    expect(workflowEvents.filter(e => e.promptId !== undefined)).toEqual([]);
    const withPrompt = libraryEvents.filter(e => e.promptId !== undefined);
    expect(withPrompt.length).toBeGreaterThan(0.8 * libraryEvents.length);
    expect(
      withPrompt.filter(
        e =>
          !libraryByRef
            .get(e.entityRef)!
            .spec.prompts.some(p => p.id === e.promptId),
      ),
    ).toEqual([]);
    // Whole-library events are views; copies and invocations name a prompt.
    expect(
      libraryEvents
        .filter(e => e.promptId === undefined)
        .filter(e => !['viewed', 'adopted', 'forked'].includes(e.type)),
    ).toEqual([]);
  });

  it('has assets reused by several teams other than the owner', () => {
    const owners = new Map(history.assets.map(a => [a.entityRef, a.ownerRef]));
    const consumers = new Map<string, Set<string>>();
    for (const e of history.reuseEvents) {
      if (e.teamRef !== owners.get(e.entityRef)) {
        consumers.set(
          e.entityRef,
          (consumers.get(e.entityRef) ?? new Set()).add(e.teamRef),
        );
      }
    }
    const widelyReused = [...consumers.values()].filter(t => t.size >= 3);
    expect(widelyReused.length).toBeGreaterThanOrEqual(5);
    // Every workflow that uses another team's library makes its team a consumer.
    const missing = workflows.flatMap(workflow =>
      (workflow.spec.prompts ?? [])
        .map(library => ({
          library: lowerRef(library, 'promptlibrary'),
          team: lowerRef(workflow.spec.owner, 'group'),
        }))
        .filter(
          ({ library, team }) =>
            owners.get(library) !== team && !consumers.get(library)?.has(team),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('shows every derived workflow its source forked by the deriving team before it appeared', () => {
    const derived = workflows.filter(w => w.spec.derivedFrom);
    expect(derived.length).toBeGreaterThan(0);
    for (const workflow of derived) {
      const source = lowerRef(workflow.spec.derivedFrom!, 'aiworkflow');
      const team = lowerRef(workflow.spec.owner, 'group');
      const derivedAt = registered.get(refOf(workflow))!;
      const forks = history.reuseEvents.filter(
        e =>
          e.type === 'forked' && e.entityRef === source && e.teamRef === team,
      );
      expect([refOf(workflow), forks.length]).toEqual([refOf(workflow), 1]);
      expect(forks[0].occurredAt.getTime()).toBeLessThan(derivedAt.getTime());
      expect(forks[0].occurredAt.getTime()).toBeGreaterThan(
        registered.get(source)!.getTime(),
      );
    }
  });

  it('has experiments that are mostly finished, with mixed outcomes, ~70% self-serve and ~60% learnings', () => {
    const experiments = history.experiments;
    expect(experiments.length).toBeGreaterThanOrEqual(30);
    const running = experiments.filter(e => e.finishedAt === null);
    const finished = experiments.filter(e => e.finishedAt !== null);
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThan(0.35 * experiments.length);
    expect(new Set(finished.map(e => e.outcome))).toEqual(
      new Set(['adopted', 'abandoned', 'inconclusive']),
    );
    const known = experiments.filter(e => e.selfServe !== null);
    const selfServe = known.filter(e => e.selfServe).length / known.length;
    expect(selfServe).toBeGreaterThan(0.6);
    expect(selfServe).toBeLessThan(0.8);
    const learnings =
      finished.filter(e => e.learningsUrl).length / finished.length;
    expect(learnings).toBeGreaterThan(0.5);
    expect(learnings).toBeLessThan(0.75);

    expect(
      experiments.filter(
        e =>
          !isMember(e.startedBy, e.teamRef) ||
          e.startedAt <= registered.get(e.entityRef)! ||
          e.startedAt >= NOW,
      ),
    ).toEqual([]);
    expect(
      finished.filter(
        e =>
          e.finishedAt! <= e.startedAt ||
          e.finishedAt! >= NOW ||
          !isMember(e.finishedBy!, e.teamRef) ||
          e.outcome === null,
      ),
    ).toEqual([]);
    expect(
      running.filter(
        e =>
          e.finishedBy !== null ||
          e.outcome !== null ||
          e.learningsUrl !== null,
      ),
    ).toEqual([]);
  });

  it('evaluates exactly the workflows with spec.evaluation, passed consistent with their threshold', () => {
    const results = history.evaluationResults;
    expect(new Set(results.map(r => r.entityRef))).toEqual(
      new Set(workflows.filter(w => w.spec.evaluation).map(refOf)),
    );
    for (const result of results) {
      const spec = workflowByRef.get(result.entityRef)!.spec.evaluation!;
      expect(result.threshold).toBe(spec.passRate ?? null);
      expect(result.dataset).toBe(spec.dataset);
      expect(result.passRate).toBeGreaterThanOrEqual(0);
      expect(result.passRate).toBeLessThanOrEqual(1);
      expect(result.passed).toBe(
        result.threshold === null ? null : result.passRate >= result.threshold,
      );
      expect(result.evaluatedAt.getTime()).toBeGreaterThan(
        registered.get(result.entityRef)!.getTime(),
      );
    }
    const failed = results.filter(r => r.passed === false).length;
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(0.2 * results.length);
  });

  it('advances workflow versions over time, and one workflow fails its latest evaluation', () => {
    const semver = (v: string) => v.split('.').map(Number);
    const newer = (a: string, b: string) => {
      const [x, y] = [semver(a), semver(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    };
    const latestFailing: string[] = [];
    for (const ref of new Set(
      history.evaluationResults.map(r => r.entityRef),
    )) {
      const runs = history.evaluationResults.filter(r => r.entityRef === ref);
      for (let i = 1; i < runs.length; i++) {
        expect(runs[i].evaluatedAt >= runs[i - 1].evaluatedAt).toBe(true);
        expect(
          newer(runs[i].workflowVersion, runs[i - 1].workflowVersion),
        ).toBeGreaterThanOrEqual(0);
      }
      if (runs[runs.length - 1].passed === false) {
        latestFailing.push(ref);
      }
    }
    const versions = (ref: string) =>
      new Set(
        history.evaluationResults
          .filter(r => r.entityRef === ref)
          .map(r => r.workflowVersion),
      ).size;
    expect(
      [...workflowByRef.keys()].filter(ref => versions(ref) >= 3).length,
    ).toBeGreaterThanOrEqual(5);
    expect(latestFailing.length).toBeGreaterThanOrEqual(1);
    expect(latestFailing.length).toBeLessThanOrEqual(3);
  });

  it('puts exactly one workflow over its error budget in the last period', () => {
    const overBudget = workflows.filter(w => {
      const budget = w.spec.errorBudget;
      if (!budget) {
        return false;
      }
      const since = NOW.getTime() - isoDurationDays(budget.period)! * DAY_MS;
      const inPeriod = history.incidents.filter(
        i => i.entityRef === refOf(w) && i.occurredAt.getTime() > since,
      ).length;
      return inPeriod > budget.incidents;
    });
    expect(overBudget.map(w => w.spec.lifecycle)).toEqual(['production']);

    for (const incident of history.incidents) {
      const workflow = workflowByRef.get(incident.entityRef)!;
      expect(workflow).toBeDefined();
      expect(workflow.spec.lifecycle).not.toBe('deprecated');
      expect(INCIDENT_SEVERITIES).toContain(incident.severity);
      expect(incident.occurredAt.getTime()).toBeGreaterThan(
        registered.get(incident.entityRef)!.getTime(),
      );
      expect(incident.occurredAt.getTime()).toBeLessThan(NOW.getTime());
      // Monitoring reports for no team; a person reports for the owner team.
      expect(
        incident.teamRef === null
          ? incident.reportedBy.startsWith('service:')
          : incident.teamRef === lowerRef(workflow.spec.owner, 'group') &&
              isMember(incident.reportedBy, incident.teamRef),
      ).toBe(true);
    }
    expect(history.incidents.some(i => i.teamRef === null)).toBe(true);
    expect(history.incidents.some(i => i.teamRef !== null)).toBe(true);
  });

  it('records curation by the leads of the curating guild: reviews with notes, features, one deprecation', () => {
    const leadsOf = new Map(
      catalog
        .filter(e => e.kind === 'Group' && e.spec?.type === 'guild')
        .map(g => [
          refOf(g),
          parseGuildLeads(g.metadata.annotations).map(l => lowerRef(l, 'user')),
        ]),
    );
    const guildOf = (ref: string) => {
      const guild = (workflowByRef.get(ref) ?? libraryByRef.get(ref))!.spec
        .guild;
      return guild ? lowerRef(guild, 'group') : '';
    };
    const decisions = history.curationDecisions;
    for (const decision of decisions) {
      expect(leadsOf.get(guildOf(decision.entityRef))).toContain(
        decision.decidedBy,
      );
      expect(decision.decidedAt.getTime()).toBeGreaterThan(
        registered.get(decision.entityRef)!.getTime(),
      );
    }
    expect(decisions.filter(d => d.decision === 'reviewed' && !d.note)).toEqual(
      [],
    );
    expect(
      decisions.filter(
        d =>
          d.promptId &&
          !libraryByRef
            .get(d.entityRef)
            ?.spec.prompts.some(p => p.id === d.promptId),
      ),
    ).toEqual([]);
    const of = (type: string) => decisions.filter(d => d.decision === type);
    expect(of('reviewed').length).toBeGreaterThanOrEqual(5);
    expect(of('featured').length).toBeGreaterThanOrEqual(2);
    expect(of('deprecated')).toHaveLength(1);

    // No curated asset is retired in the example, so the least used prompt
    // is deprecated, and nobody uses it after the decision.
    const [deprecated] = of('deprecated');
    expect(deprecated.promptId).not.toBe('');
    expect(
      history.reuseEvents.filter(
        e =>
          e.entityRef === deprecated.entityRef &&
          e.promptId === deprecated.promptId &&
          e.occurredAt > deprecated.decidedAt,
      ),
    ).toEqual([]);

    // A library is reviewed on its spec.reviewedAt when that is in the period,
    // and a stale one is not reviewed at all.
    const reviewDays = (library: PromptLibraryEntityV1alpha1) =>
      of('reviewed')
        .filter(d => d.entityRef === refOf(library))
        .map(d => d.decidedAt.toISOString().slice(0, 10));
    const expectedReview = (library: PromptLibraryEntityV1alpha1) => {
      const { reviewedAt, guild } = library.spec;
      const curatedByLeads = guild
        ? (leadsOf.get(lowerRef(guild, 'group')) ?? []).length > 0
        : false;
      return reviewedAt &&
        new Date(`${reviewedAt}T00:00:00Z`) >= START &&
        curatedByLeads
        ? reviewedAt
        : undefined;
    };
    const inPeriod = libraries.filter(expectedReview);
    expect(inPeriod.length).toBeGreaterThanOrEqual(2);
    expect(
      inPeriod.filter(l => !reviewDays(l).includes(expectedReview(l)!)),
    ).toEqual([]);
    expect(
      libraries
        .filter(l => !expectedReview(l))
        .flatMap(l => reviewDays(l).map(day => `${refOf(l)} ${day}`)),
    ).toEqual([]);
  });

  it('generates nothing for a catalog without AI assets, and copes with a tiny one', () => {
    const people = catalog.filter(e => e.kind === 'User' || e.kind === 'Group');
    expect(
      generateDemoHistory({ entities: people, now: NOW, days: 30 }),
    ).toEqual({
      assets: [],
      reuseEvents: [],
      experiments: [],
      evaluationResults: [],
      incidents: [],
      curationDecisions: [],
    });

    const tiny = generateDemoHistory({
      entities: [
        ...people,
        workflowByRef.get('aiworkflow:default/sales-inbox-triage')!,
      ],
      now: NOW,
      days: 30,
    });
    expect(tiny.assets).toHaveLength(1);
    expect(tiny.reuseEvents.length).toBeGreaterThan(0);
    expect(
      tiny.reuseEvents.every(
        e =>
          e.entityRef === 'aiworkflow:default/sales-inbox-triage' &&
          isMember(e.userRef, e.teamRef),
      ),
    ).toBe(true);
  });
});
