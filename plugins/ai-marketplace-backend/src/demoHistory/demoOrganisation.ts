import {
  GUILD_GROUP_TYPE,
  isAIWorkflowEntity,
  isPromptLibraryEntity,
  parseGuildLeads,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  Entity,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { normalisedEntityRef } from '../service/normalisedEntityRef';
import { isoDurationDays } from './isoDurationDays';

/** A team that can act (use, try, report): a `team` Group with direct members. */
export type DemoTeam = { ref: string; members: string[] };

/** A guild: its leads (known users) and the teams its members belong to. */
export type DemoGuild = { ref: string; leads: string[]; memberTeams: string[] };

/** An AIWorkflow or PromptLibrary, reduced to what the demo history needs. */
export type DemoAsset = {
  ref: string;
  kind: 'aiworkflow' | 'promptlibrary';
  title: string;
  ownerRef: string;
  function?: string;
  guildRef?: string;
  lifecycle?: string;
  derivedFromRef?: string;
  riskTier?: string;
  /** Prompt ids of a library; empty for a workflow. */
  promptIds: string[];
  /** Libraries a workflow uses. */
  libraryRefs: string[];
  /** Teams named in a workflow's contribution log and its sponsor group. */
  partnerTeams: string[];
  dri?: string;
  evaluation?: {
    dataset: string;
    threshold?: number;
    cadenceDays?: number;
  };
  errorBudget?: { incidents: number; period: string; periodDays?: number };
  reviewedAt?: string;
  reviewCadenceDays?: number;
};

/** The example organisation as the demo history sees it, in a stable order. */
export type DemoOrganisation = {
  teams: DemoTeam[];
  guilds: DemoGuild[];
  assets: DemoAsset[];
  /** The mail domain of the organisation, for plausible learnings links. */
  domain: string;
};

const lower = (text: string) => text.toLocaleLowerCase('en-US');

function refOf(entity: Entity): string {
  return lower(stringifyEntityRef(entity));
}

/** A ref from an entity's spec, or undefined when it is absent or malformed. */
function optionalRef(ref: unknown, defaultKind: string): string | undefined {
  if (typeof ref !== 'string' || !ref.trim()) {
    return undefined;
  }
  try {
    return normalisedEntityRef(ref, defaultKind, 'ref');
  } catch {
    return undefined;
  }
}

function groupsOfUser(user: Entity): string[] {
  const fromSpec = Array.isArray(user.spec?.memberOf)
    ? (user.spec!.memberOf as unknown[])
    : [];
  const fromRelations = (user.relations ?? [])
    .filter(r => r.type === RELATION_MEMBER_OF)
    .map(r => r.targetRef);
  return [
    ...new Set(
      [...fromSpec, ...fromRelations]
        .map(ref => optionalRef(ref, 'group'))
        .filter((ref): ref is string => Boolean(ref)),
    ),
  ];
}

function groupType(group: Entity): string {
  return typeof group.spec?.type === 'string' ? lower(group.spec.type) : '';
}

function mailDomain(groups: Entity[]): string {
  const ordered = [
    ...groups.filter(g => groupType(g) === 'organization'),
    ...groups,
  ];
  for (const group of ordered) {
    const email = (group.spec?.profile as { email?: unknown } | undefined)
      ?.email;
    if (typeof email === 'string' && email.includes('@')) {
      return lower(email.split('@')[1]);
    }
  }
  return 'example.com';
}

function assetOf(entity: Entity): DemoAsset | undefined {
  const common = {
    ref: refOf(entity),
    title: entity.metadata.title ?? entity.metadata.name,
  };
  if (isPromptLibraryEntity(entity)) {
    const ownerRef = optionalRef(entity.spec.owner, 'group');
    if (!ownerRef) {
      return undefined;
    }
    return {
      ...common,
      kind: 'promptlibrary',
      ownerRef,
      function: entity.spec.function,
      guildRef: optionalRef(entity.spec.guild, 'group'),
      lifecycle: entity.spec.lifecycle,
      promptIds: (entity.spec.prompts ?? []).map(p => p.id),
      libraryRefs: [],
      partnerTeams: [],
      reviewedAt: entity.spec.reviewedAt,
      reviewCadenceDays: isoDurationDays(entity.spec.reviewCadence ?? 'P90D'),
    };
  }
  if (isAIWorkflowEntity(entity)) {
    const spec = entity.spec;
    const ownerRef = optionalRef(spec.owner, 'group');
    if (!ownerRef) {
      return undefined;
    }
    const sponsor = optionalRef(spec.technicalSponsor, 'group');
    const evaluation = spec.evaluation;
    return {
      ...common,
      kind: 'aiworkflow',
      ownerRef,
      function: spec.function,
      guildRef: optionalRef(spec.guild, 'group'),
      lifecycle: spec.lifecycle,
      derivedFromRef: optionalRef(spec.derivedFrom, 'aiworkflow'),
      riskTier: spec.riskTier,
      promptIds: [],
      libraryRefs: (spec.prompts ?? [])
        .map(ref => optionalRef(ref, 'promptlibrary'))
        .filter((ref): ref is string => Boolean(ref)),
      partnerTeams: [
        ...new Set(
          [
            ...(spec.contributors ?? []).map(c => optionalRef(c.team, 'group')),
            sponsor?.startsWith('group:') ? sponsor : undefined,
          ].filter((ref): ref is string => Boolean(ref) && ref !== ownerRef),
        ),
      ],
      dri: optionalRef(spec.dri, 'user'),
      evaluation:
        evaluation && (evaluation.dataset || evaluation.passRate !== undefined)
          ? {
              dataset:
                evaluation.dataset ?? `${entity.metadata.name}-evaluation`,
              threshold: evaluation.passRate,
              cadenceDays: isoDurationDays(evaluation.cadence),
            }
          : undefined,
      errorBudget: spec.errorBudget
        ? {
            incidents: spec.errorBudget.incidents,
            period: spec.errorBudget.period,
            periodDays: isoDurationDays(spec.errorBudget.period),
          }
        : undefined,
    };
  }
  return undefined;
}

/**
 * Reads the organisation from catalog entities: teams are Groups of type
 * `team` with direct members (a team nested in another such team is left
 * out: its people act for the parent team); guilds are Groups of type
 * `guild` with their leads from the `ai-marketplace.io/guild-leads`
 * annotation; assets are the AIWorkflow and PromptLibrary entities. Entities
 * are sorted first, so the catalog's order does not change the result.
 */
export function demoOrganisation(entities: Entity[]): DemoOrganisation {
  const sorted = [...entities].sort((a, b) => refOf(a).localeCompare(refOf(b)));
  const groups = sorted.filter(e => lower(e.kind) === 'group');
  const users = sorted.filter(e => lower(e.kind) === 'user');
  const userRefs = new Set(users.map(refOf));

  const membersOf = new Map<string, string[]>();
  for (const user of users) {
    for (const groupRef of groupsOfUser(user)) {
      membersOf.set(groupRef, [
        ...(membersOf.get(groupRef) ?? []),
        refOf(user),
      ]);
    }
  }

  const teamGroups = groups.filter(
    g => groupType(g) === 'team' && membersOf.has(refOf(g)),
  );
  const teamRefs = new Set(teamGroups.map(refOf));
  const teams = teamGroups
    .filter(g => !teamRefs.has(optionalRef(g.spec?.parent, 'group') ?? ''))
    .map(g => ({ ref: refOf(g), members: membersOf.get(refOf(g))! }));
  const topTeams = new Set(teams.map(t => t.ref));

  const guilds = groups
    .filter(g => groupType(g) === GUILD_GROUP_TYPE)
    .map(g => {
      const members = membersOf.get(refOf(g)) ?? [];
      const memberTeams = teams
        .filter(t => t.members.some(m => members.includes(m)))
        .map(t => t.ref);
      return {
        ref: refOf(g),
        leads: parseGuildLeads(g.metadata.annotations)
          .map(ref => optionalRef(ref, 'user'))
          .filter((ref): ref is string => Boolean(ref) && userRefs.has(ref!)),
        memberTeams,
      };
    });

  const assets = sorted
    .map(assetOf)
    .filter((asset): asset is DemoAsset => Boolean(asset))
    .map(asset => ({
      ...asset,
      partnerTeams: asset.partnerTeams.filter(ref => topTeams.has(ref)),
    }));

  return { teams, guilds, assets, domain: mailDomain(groups) };
}
