/*
 * The baseline: the default readiness checks as json-rules-engine rules (the
 * engine Backstage Tech Insights uses), over flat facts derived from the same
 * inputs our checks read — the way Tech Insights splits the work between
 * fact retrievers (derive values) and checks (rules over those values).
 */
import { Engine, RuleProperties, TopLevelCondition } from 'json-rules-engine';
import {
  CheckStatus,
  isPromptLibraryEntity,
} from '../../plugins/ai-marketplace-common/src';
import {
  ReadinessCheckContext,
  ScorecardAsset,
} from '../../plugins/ai-marketplace-node/src';
import {
  kindOfRef,
  refOf,
} from '../../plugins/ai-marketplace-backend/src/scorecards/checks/refs';
import {
  daysSince,
  daysSinceDay,
} from '../../plugins/ai-marketplace-backend/src/scorecards/checks/days';
import { durationDays } from '../../plugins/ai-marketplace-backend/src/scorecards/durationDays';

type Facts = Record<string, string | number | boolean>;

const exists = (ctx: ReadinessCheckContext, ref: string | undefined) =>
  ref !== undefined &&
  (kindOfRef(ref) === 'user'
    ? ctx.catalog.users.has(ref)
    : ctx.catalog.groups.has(ref));

/** The flat facts a fact retriever would store for one asset. */
export function deriveFacts(
  asset: ScorecardAsset,
  ctx: ReadinessCheckContext,
): Facts {
  const { catalog, records, settings, now } = ctx;
  const spec = asset.spec as any;
  const owner = refOf(spec.owner, 'group');
  const ownerGroup = owner ? catalog.groups.get(owner) : undefined;
  const facts: Facts = {
    kind: asset.kind,
    lifecycle: spec.lifecycle ?? '',
    ownerValid: owner !== undefined,
    ownerIsGroup: owner !== undefined && kindOfRef(owner) === 'group',
    ownerIsCoordination:
      owner !== undefined && settings.coordinationGroups.has(owner),
    ownerExists: ownerGroup !== undefined,
    ownerGroupType: ownerGroup?.type ?? '',
    hasTechdocs: !!asset.metadata.annotations?.['backstage.io/techdocs-ref'],
    linkCount: asset.metadata.links?.length ?? 0,
  };
  const models = isPromptLibraryEntity(asset)
    ? asset.spec.prompts.flatMap(p => p.models ?? [])
    : spec.models ?? [];
  let unapproved = 0;
  let unknown = 0;
  const distinct = [
    ...new Set<string>(models.map((m: string) => refOf(m, 'resource') ?? m)),
  ];
  for (const model of distinct) {
    if (settings.approvedModels.has(model)) continue;
    const known = catalog.models.get(model);
    if (!known) unknown++;
    else if (known.approval !== 'approved') unapproved++;
  }
  Object.assign(facts, {
    modelCount: distinct.length,
    unapprovedModels: unapproved,
    unknownModels: unknown,
  });

  const cadence = settings.defaultCadenceDays.reuse;
  let inCadence = 0;
  let ever = 0;
  for (const [team, day] of records.lastUseByTeam) {
    if (team === owner) continue;
    ever++;
    if (daysSinceDay(day, now) <= cadence) inCadence++;
  }
  Object.assign(facts, {
    otherTeamsInCadence: inCadence,
    otherTeamsEver: ever,
  });

  if (isPromptLibraryEntity(asset)) {
    const lib = asset.spec;
    const guildRef = lib.guild
      ? refOf(lib.guild, 'group') ?? lib.guild
      : undefined;
    const guild = guildRef ? catalog.groups.get(guildRef) : undefined;
    const declared = lib.reviewedAt
      ? new Date(`${lib.reviewedAt}T00:00:00Z`)
      : undefined;
    const curated = records.lastReviewedAt;
    const reviewed =
      declared && curated
        ? new Date(Math.max(declared.getTime(), curated.getTime()))
        : declared ?? curated;
    const current = new Set(['', ...lib.prompts.map(p => p.id)]);
    Object.assign(facts, {
      guildDeclared: !!lib.guild,
      guildExists: guild !== undefined,
      guildIsGuild: guild?.type === 'guild',
      guildLeads: guild?.leads.length ?? 0,
      guildLeadsPresent:
        guild?.leads.filter(l => catalog.users.has(l)).length ?? 0,
      reviewed: reviewed !== undefined,
      reviewAgeDays: reviewed ? daysSince(reviewed, now) : 0,
      reviewCadenceDays:
        durationDays(lib.reviewCadence) ?? settings.defaultCadenceDays.review,
      promptCount: lib.prompts.length,
      promptsLacking: lib.prompts.filter(p => !p.version || !p.examples?.length)
        .length,
      deprecatedFeatured: records.curation.filter(
        c => c.featured && c.deprecated && current.has(c.promptId),
      ).length,
    });
    return facts;
  }
  const person = (value: string | undefined, prefix: string) => {
    const ref = refOf(value, 'user');
    facts[`${prefix}Declared`] = !!value;
    facts[`${prefix}IsUser`] = ref !== undefined && kindOfRef(ref) === 'user';
    facts[`${prefix}Exists`] = ref !== undefined && catalog.users.has(ref);
  };
  person(spec.businessOwner, 'businessOwner');
  person(spec.dri, 'dri');
  const sponsor = refOf(spec.technicalSponsor, 'group');
  const switchOwner = refOf(spec.killSwitch?.owner, 'user');
  const latest = records.latestEvaluation;
  const period = durationDays(spec.errorBudget?.period);
  const since = period === undefined ? 0 : now.getTime() - period * 86_400_000;
  const contributors: Array<{ team: string }> = spec.contributors ?? [];
  Object.assign(facts, {
    sponsorDeclared: !!spec.technicalSponsor,
    sponsorValid: sponsor !== undefined,
    sponsorIsOwner: sponsor !== undefined && sponsor === owner,
    sponsorExists: exists(ctx, sponsor),
    actionTier: spec.actionTier ?? '',
    approvalRequired: !!spec.approval?.required,
    killSwitchComplete: !!(spec.killSwitch?.owner && spec.killSwitch.procedure),
    killSwitchOwnerExists: exists(ctx, switchOwner),
    rollbackDeclared: !!spec.rollback,
    thresholdDeclared: spec.evaluation?.passRate !== undefined,
    threshold: spec.evaluation?.passRate ?? 0,
    hasEvaluation: latest !== undefined,
    evaluationPassRate: latest?.passRate ?? 0,
    evaluationAgeDays: latest ? daysSince(latest.evaluatedAt, now) : 0,
    evaluationCadenceDays:
      durationDays(spec.evaluation?.cadence) ??
      settings.defaultCadenceDays.evaluation,
    budgetDeclared: !!spec.errorBudget,
    budgetPeriodValid: period !== undefined,
    budgetIncidents: spec.errorBudget?.incidents ?? 0,
    incidentsInPeriod: records.incidentTimes.filter(t => t.getTime() > since)
      .length,
    dataClassification: spec.dataClassification ?? '',
    escalationDeclared: !!spec.escalation?.trim(),
    contributorCount: contributors.length,
    contributorsGone: contributors.filter(
      c => !catalog.groups.has(refOf(c.team, 'group') ?? c.team),
    ).length,
  });
  return facts;
}

const is = (fact: string, value: unknown = true) => ({
  fact,
  operator: 'equal',
  value,
});
const not = (fact: string, value: unknown = true) => ({
  fact,
  operator: 'notEqual',
  value,
});
const cmp = (fact: string, operator: string, value: unknown) => ({
  fact,
  operator,
  value,
});
const ofFact = (fact: string) => ({ fact });

/** Per check: the conditions of each outcome other than `fail`, which is what is left. */
const CHECK_RULES: Record<
  string,
  Partial<Record<CheckStatus, TopLevelCondition>>
> = {
  'owner-business-team': {
    stale: {
      all: [
        is('ownerValid'),
        is('ownerIsGroup'),
        not('ownerIsCoordination'),
        not('ownerExists'),
      ],
    },
    pass: {
      all: [
        is('ownerValid'),
        is('ownerIsGroup'),
        not('ownerIsCoordination'),
        is('ownerExists'),
        not('ownerGroupType', 'guild'),
      ],
    },
  },
  'business-owner-named': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: {
      all: [
        is('businessOwnerDeclared'),
        is('businessOwnerIsUser'),
        not('businessOwnerExists'),
      ],
    },
    pass: {
      all: [
        is('businessOwnerDeclared'),
        is('businessOwnerIsUser'),
        is('businessOwnerExists'),
      ],
    },
  },
  'dri-named': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: { all: [is('driDeclared'), is('driIsUser'), not('driExists')] },
    pass: { all: [is('driDeclared'), is('driIsUser'), is('driExists')] },
  },
  'dual-sponsorship': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: {
      all: [
        is('sponsorDeclared'),
        is('businessOwnerDeclared'),
        is('sponsorValid'),
        not('sponsorIsOwner'),
        not('sponsorExists'),
      ],
    },
    pass: {
      all: [
        is('sponsorDeclared'),
        is('businessOwnerDeclared'),
        is('sponsorValid'),
        not('sponsorIsOwner'),
        is('sponsorExists'),
      ],
    },
  },
  'action-tier-controls': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: {
      all: [
        is('actionTier', 'execute'),
        is('approvalRequired'),
        is('killSwitchComplete'),
        is('rollbackDeclared'),
        not('killSwitchOwnerExists'),
      ],
    },
    pass: {
      any: [
        cmp('actionTier', 'in', ['read', 'recommend', 'write']),
        {
          all: [
            is('actionTier', 'execute'),
            is('approvalRequired'),
            is('killSwitchComplete'),
            is('rollbackDeclared'),
            is('killSwitchOwnerExists'),
          ],
        },
      ],
    },
  },
  'evaluation-gate': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: {
      all: [
        is('thresholdDeclared'),
        is('hasEvaluation'),
        cmp('evaluationPassRate', 'greaterThanInclusive', ofFact('threshold')),
        cmp(
          'evaluationAgeDays',
          'greaterThan',
          ofFact('evaluationCadenceDays'),
        ),
      ],
    },
    pass: {
      all: [
        is('thresholdDeclared'),
        is('hasEvaluation'),
        cmp('evaluationPassRate', 'greaterThanInclusive', ofFact('threshold')),
        cmp(
          'evaluationAgeDays',
          'lessThanInclusive',
          ofFact('evaluationCadenceDays'),
        ),
      ],
    },
  },
  'error-budget-respected': {
    'not-applicable': {
      any: [not('kind', 'AIWorkflow'), is('lifecycle', 'experimental')],
    },
    pass: {
      all: [
        is('budgetDeclared'),
        is('budgetPeriodValid'),
        cmp(
          'incidentsInPeriod',
          'lessThanInclusive',
          ofFact('budgetIncidents'),
        ),
      ],
    },
  },
  'data-classification-declared': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    pass: {
      all: [
        cmp('dataClassification', 'in', [
          'public',
          'internal',
          'confidential',
          'restricted',
        ]),
      ],
    },
  },
  'escalation-path-declared': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    pass: { all: [is('escalationDeclared')] },
  },
  'approved-models': {
    'not-applicable': { all: [is('modelCount', 0)] },
    stale: {
      all: [is('unapprovedModels', 0), cmp('unknownModels', 'greaterThan', 0)],
    },
    pass: { all: [is('unapprovedModels', 0), is('unknownModels', 0)] },
  },
  'documentation-linked': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    pass: { any: [is('hasTechdocs'), cmp('linkCount', 'greaterThan', 0)] },
  },
  'contributors-recorded': {
    'not-applicable': { all: [not('kind', 'AIWorkflow')] },
    stale: {
      all: [
        cmp('contributorCount', 'greaterThan', 0),
        cmp('contributorsGone', 'greaterThan', 0),
      ],
    },
    pass: {
      all: [
        cmp('contributorCount', 'greaterThan', 0),
        is('contributorsGone', 0),
      ],
    },
  },
  'guild-has-lead': {
    'not-applicable': { all: [not('kind', 'PromptLibrary')] },
    stale: {
      any: [
        { all: [is('guildDeclared'), not('guildExists')] },
        {
          all: [
            is('guildExists'),
            is('guildIsGuild'),
            cmp('guildLeads', 'greaterThan', 0),
            is('guildLeadsPresent', 0),
          ],
        },
      ],
    },
    pass: {
      all: [
        is('guildExists'),
        is('guildIsGuild'),
        cmp('guildLeadsPresent', 'greaterThan', 0),
      ],
    },
  },
  'review-within-cadence': {
    'not-applicable': { all: [not('kind', 'PromptLibrary')] },
    stale: {
      all: [
        is('reviewed'),
        cmp('reviewAgeDays', 'greaterThan', ofFact('reviewCadenceDays')),
      ],
    },
    pass: {
      all: [
        is('reviewed'),
        cmp('reviewAgeDays', 'lessThanInclusive', ofFact('reviewCadenceDays')),
      ],
    },
  },
  'prompts-versioned-with-examples': {
    'not-applicable': {
      any: [not('kind', 'PromptLibrary'), is('promptCount', 0)],
    },
    pass: { all: [is('promptsLacking', 0)] },
  },
  'no-deprecated-featured': {
    'not-applicable': {
      any: [not('kind', 'PromptLibrary'), is('promptCount', 0)],
    },
    pass: { all: [is('deprecatedFeatured', 0)] },
  },
  'reused-by-another-team': {
    'not-applicable': { all: [is('lifecycle', 'deprecated')] },
    stale: {
      all: [
        is('otherTeamsInCadence', 0),
        cmp('otherTeamsEver', 'greaterThan', 0),
      ],
    },
    pass: { all: [cmp('otherTeamsInCadence', 'greaterThan', 0)] },
  },
};

/** Which outcome wins when several rules of a check fire (they are exclusive except n/a). */
const PRECEDENCE: CheckStatus[] = ['not-applicable', 'pass', 'stale'];

/** One engine holding every rule of every default check. */
export function createBaselineEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const [checkId, outcomes] of Object.entries(CHECK_RULES)) {
    for (const [status, conditions] of Object.entries(outcomes)) {
      const rule: RuleProperties = {
        name: `${checkId}:${status}`,
        conditions: conditions!,
        event: { type: 'outcome', params: { checkId, status } },
      };
      engine.addRule(rule);
    }
  }
  return engine;
}

/** The check ids the baseline covers. */
export const BASELINE_CHECK_IDS = Object.keys(CHECK_RULES);

/** Every check's status for one asset's facts. */
export async function runBaseline(
  engine: Engine,
  facts: Facts,
): Promise<Map<string, CheckStatus>> {
  const { events } = await engine.run(facts);
  const fired = new Map<string, Set<CheckStatus>>();
  for (const event of events) {
    const { checkId, status } = event.params as {
      checkId: string;
      status: CheckStatus;
    };
    const set = fired.get(checkId) ?? new Set();
    set.add(status);
    fired.set(checkId, set);
  }
  return new Map(
    BASELINE_CHECK_IDS.map(id => {
      const statuses = fired.get(id);
      return [id, PRECEDENCE.find(s => statuses?.has(s)) ?? 'fail'];
    }),
  );
}
