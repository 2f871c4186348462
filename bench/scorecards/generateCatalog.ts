import {
  AIWorkflowEntityV1alpha1,
  PromptLibraryEntityV1alpha1,
  PromptTemplate,
} from '../../plugins/ai-marketplace-common/src';
import { Entity } from '@backstage/catalog-model';
import { seededRandom32 } from '../../plugins/ai-marketplace-backend/src/duplicates/hash';

/** What the generator makes: the assets, what they point at, and their records. */
export type GeneratedCatalog = {
  assets: Array<AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1>;
  /** Users, teams, guilds and models in the catalog (some referenced ones are missing on purpose). */
  others: Entity[];
  rows: {
    evaluation_results: Record<string, unknown>[];
    ai_incidents: Record<string, unknown>[];
    curation_decisions: Record<string, unknown>[];
    reuse_daily: Record<string, unknown>[];
  };
  coordinationGroups: string[];
};

const TEAMS = 120;
const USERS = 2000;
const GUILDS = 12;
const FUNCTIONS = [
  'sales',
  'support',
  'legal',
  'finance',
  'operations',
  'engineering',
  'hr',
  'marketing',
  'r-and-d',
];
const MODELS: Array<[string, string | undefined]> = [
  ['gpt-4o-mini', 'approved'],
  ['gpt-4o', 'approved'],
  ['llama-3-70b-onprem', 'approved'],
  ['text-embedding-3-small', 'approved'],
  ['claude-sonnet', 'pending'],
  ['mistral-large', undefined],
];
const DAY = 86_400_000;

/**
 * A catalog of `count` assets (70 % workflows, 30 % prompt libraries) with
 * the variety a real organisation has: most fields usually there, each
 * sometimes missing; some people, teams and models gone from the catalog;
 * some owners that are the central team; evaluations of every age; reviews
 * on time and overdue; incidents; curation; reuse by other teams or none.
 */
export function generateCatalog(
  count: number,
  now: Date,
  seed = 7,
): GeneratedCatalog {
  const random = seededRandom32(seed);
  const chance = (p: number) => random() / 2 ** 32 < p;
  const pick = <T>(items: readonly T[]): T => items[random() % items.length];
  const int = (min: number, max: number) => min + (random() % (max - min + 1));

  const team = (i: number) => `group:default/team-${i}`;
  const user = (i: number) => `user:default/person-${i}`;
  const guild = (i: number) => `group:default/guild-${i}`;
  // 3 % of people and 3 % of teams referenced no longer exist: stale references.
  const someUser = () =>
    user(chance(0.03) ? USERS + int(0, 99) : int(0, USERS - 1));
  const someTeam = () =>
    team(chance(0.03) ? TEAMS + int(0, 9) : int(1, TEAMS - 1));
  const someModel = () =>
    chance(0.02)
      ? 'resource:default/retired-model'
      : `resource:default/${pick(MODELS)[0]}`;

  const others: Entity[] = [
    ...Array.from({ length: USERS }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `person-${i}` },
      spec: {},
    })),
    ...Array.from({ length: TEAMS }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: `team-${i}` },
      spec: { type: 'team', children: [] },
    })),
    ...Array.from({ length: GUILDS }, (_, i) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name: `guild-${i}`,
        // Two guilds name no leads; one names only people who left.
        ...(i < 2
          ? {}
          : {
              annotations: {
                'ai-marketplace.io/guild-leads':
                  i === 2 ? user(USERS + 1) : `${user(i * 7)}, ${user(i * 11)}`,
              },
            }),
      },
      spec: { type: 'guild', children: [] },
    })),
    ...MODELS.map(([name, approval]) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name,
        ...(approval
          ? { annotations: { 'ai-marketplace.io/model-approval': approval } }
          : {}),
      },
      spec: { type: 'ai-model', owner: team(0) },
    })),
  ];

  const rows: GeneratedCatalog['rows'] = {
    evaluation_results: [],
    ai_incidents: [],
    curation_decisions: [],
    reuse_daily: [],
  };
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const dayAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
  let rowId = 0;
  const id = () => `r${++rowId}`;

  const assets: GeneratedCatalog['assets'] = [];
  for (let a = 0; a < count; a++) {
    // team-0 is the central AI team: it owns 4 % of the assets itself.
    const owner = chance(0.04) ? team(0) : someTeam();
    const lifecycle = pick([
      'production',
      'production',
      'production',
      'experimental',
      'deprecated',
    ] as const);
    const fn = pick(FUNCTIONS);
    const guildRef = chance(0.8) ? guild(int(0, GUILDS - 1)) : undefined;
    const links = chance(0.6)
      ? [{ url: `https://wiki.example.com/${a}`, title: 'Runbook' }]
      : undefined;
    const ref = (kind: string, name: string) => `${kind}:default/${name}`;

    if (a % 10 < 7) {
      const name = `workflow-${a}`;
      const actionTier = pick([
        'read',
        'recommend',
        'write',
        'write',
        'execute',
      ] as const);
      const execute = actionTier === 'execute';
      const spec: AIWorkflowEntityV1alpha1['spec'] = {
        type: pick(['assistant', 'agent', 'pipeline', 'template'] as const),
        lifecycle,
        owner,
        function: fn,
        actionTier,
        riskTier: execute ? 'high' : pick(['low', 'medium'] as const),
        ...(chance(0.95) ? { businessOwner: someUser() } : {}),
        ...(chance(0.92) ? { dri: someUser() } : {}),
        ...(chance(0.75)
          ? { technicalSponsor: chance(0.1) ? owner : team(0) }
          : {}),
        ...(guildRef ? { guild: guildRef } : {}),
        ...(chance(0.92)
          ? {
              dataClassification: pick([
                'public',
                'internal',
                'confidential',
                'restricted',
              ] as const),
            }
          : {}),
        ...(execute || chance(0.3)
          ? { approval: { required: !chance(0.05), approvers: [owner] } }
          : {}),
        ...(chance(0.7)
          ? {
              evaluation: {
                dataset: `datasets/${name}.jsonl`,
                passRate: pick([0.8, 0.85, 0.9, 0.92, 0.95]),
                ...(chance(0.3)
                  ? { cadence: pick(['P14D', 'P30D', 'P90D']) }
                  : {}),
              },
            }
          : {}),
        ...(execute || chance(0.3)
          ? { killSwitch: { owner: someUser(), procedure: 'Flip the flag' } }
          : {}),
        ...(execute
          ? chance(0.9)
            ? { rollback: 'https://wiki.example.com/rollback' }
            : {}
          : {}),
        ...(chance(0.6)
          ? {
              errorBudget: {
                incidents: int(0, 3),
                period: pick(['P30D', 'P30D', 'P90D', 'P7D']),
              },
            }
          : {}),
        ...(chance(0.85) ? { escalation: `#${name}-oncall` } : {}),
        ...(chance(0.95)
          ? { models: Array.from({ length: int(1, 3) }, someModel) }
          : {}),
        ...(chance(0.65)
          ? {
              contributors: Array.from({ length: int(1, 4) }, () => ({
                team: someTeam(),
                role: 'build' as const,
              })),
            }
          : {}),
      };
      assets.push({
        apiVersion: 'ai-marketplace.io/v1alpha1',
        kind: 'AIWorkflow',
        metadata: { name, title: `Workflow ${a}`, ...(links ? { links } : {}) },
        spec,
      });
      if (spec.evaluation && chance(0.85)) {
        for (let e = int(1, 4); e > 0; e--) {
          rows.evaluation_results.push({
            id: id(),
            entity_ref: ref('aiworkflow', name),
            workflow_version: `1.${e}.0`,
            dataset: spec.evaluation.dataset,
            pass_rate: 0.75 + (random() % 2500) / 10000,
            evaluated_at: daysAgo(int(0, 120)),
            reported_by: 'plugin:ci',
          });
        }
      }
      for (let i = chance(0.4) ? int(1, 4) : 0; i > 0; i--) {
        rows.ai_incidents.push({
          id: id(),
          entity_ref: ref('aiworkflow', name),
          severity: pick(['sev1', 'sev2', 'sev3', 'sev4']),
          summary: 'Generated incident',
          occurred_at: daysAgo(int(0, 120)),
          reported_by: user(1),
        });
      }
    } else {
      const name = `library-${a}`;
      const prompts: PromptTemplate[] = Array.from(
        { length: int(3, 12) },
        (_, p) => ({
          id: `prompt-${p}`,
          title: `Prompt ${p}`,
          template: 'Hello {{name}}',
          variables: [{ name: 'name' }],
          ...(chance(0.92) ? { version: '1.0.0' } : {}),
          models: [someModel()],
          ...(chance(0.9) ? { examples: [{ input: { name: 'Ada' } }] } : {}),
        }),
      );
      assets.push({
        apiVersion: 'ai-marketplace.io/v1alpha1',
        kind: 'PromptLibrary',
        metadata: { name, title: `Library ${a}`, ...(links ? { links } : {}) },
        spec: {
          lifecycle,
          owner,
          function: fn,
          ...(guildRef ? { guild: guildRef } : {}),
          ...(chance(0.7) ? { reviewedAt: dayAgo(int(0, 200)) } : {}),
          ...(chance(0.3)
            ? { reviewCadence: pick(['P30D', 'P90D', 'P180D']) }
            : {}),
          prompts,
        },
      });
      for (let c = int(0, 6); c > 0; c--) {
        rows.curation_decisions.push({
          id: id(),
          entity_ref: ref('promptlibrary', name),
          prompt_id: chance(0.2) ? '' : pick(prompts).id,
          decision: pick([
            'featured',
            'featured',
            'unfeatured',
            'deprecated',
            'undeprecated',
            'reviewed',
          ]),
          note: 'Generated',
          decided_by: user(2),
          decided_at: daysAgo(int(0, 200)),
        });
      }
    }
    const entityRef =
      a % 10 < 7
        ? ref('aiworkflow', `workflow-${a}`)
        : ref('promptlibrary', `library-${a}`);
    // Reuse: a third never used by others, others by 1-5 teams over the last 180 days.
    const reuse = new Set<string>();
    for (let r = chance(0.33) ? 0 : int(1, 12); r > 0; r--) {
      const row = {
        day: dayAgo(int(0, 180)),
        entity_ref: entityRef,
        prompt_id: '',
        event_type: pick(['viewed', 'copied', 'adopted', 'forked', 'invoked']),
        team_ref: chance(0.3) ? owner : team(int(1, 40)),
        event_count: int(1, 20),
      };
      const key = `${row.day}|${row.event_type}|${row.team_ref}`;
      if (!reuse.has(key)) {
        reuse.add(key);
        rows.reuse_daily.push(row);
      }
    }
  }
  return { assets, others, rows, coordinationGroups: [team(0)] };
}
