import {
  AI_WORKFLOW_REF_KINDS,
  MarketplaceAssetsResponse,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import {
  DEFAULT_NAMESPACE,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { parseSpecRef } from '../refs';

/** The catalog kinds the marketplace lists. */
export const ASSET_KINDS = ['AIWorkflow', 'PromptLibrary'] as const;

/** @public */
export type AssetKind = (typeof ASSET_KINDS)[number];

/**
 * The only entity fields the marketplace reads: with 5,000 assets, leaving
 * out prompts, templates and the safety fields keeps the response small.
 */
export const ASSET_ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'metadata.description',
  'metadata.tags',
  'spec.type',
  'spec.owner',
  'spec.function',
  'spec.guild',
  'spec.lifecycle',
  'spec.actionTier',
  'spec.riskTier',
];

/** The fields of owner teams and guilds needed to show their titles. */
export const TEAM_ENTITY_FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

/** How much an asset was used in the reuse window (`GET /marketplace/assets`). */
export type AssetReuse = {
  /** Reuse events of every team, the owner's included. */
  events: number;
  /** Teams other than the owner that used it. */
  consumingTeams: number;
};

/** What the reuse numbers cover. */
export type ReuseScope = {
  from: string;
  to: string;
  /**
   * Whether every asset another team used is listed. When the KPI hit its
   * limit, an unlisted asset may still have been reused.
   */
  complete: boolean;
};

/** A team (or guild) an asset points at, with the title the catalog gives it. */
export type AssetTeam = {
  /** Normalised entity ref, e.g. `group:default/customer-support`. */
  ref: string;
  title: string;
  /** The group entity (few fields), when the catalog returned it. */
  entity?: Entity;
};

/** One AI asset as the marketplace lists it. */
export type MarketplaceAsset = {
  /** Normalised entity ref, e.g. `aiworkflow:default/support-ticket-triage`. */
  entityRef: string;
  kind: AssetKind;
  namespace: string;
  name: string;
  title: string;
  description: string;
  tags: string[];
  /** `spec.type` of a workflow (assistant, agent, …). */
  workflowType?: string;
  owner?: AssetTeam;
  guild?: AssetTeam;
  function?: string;
  lifecycle?: string;
  actionTier?: string;
  riskTier?: string;
  reuse?: AssetReuse;
  /** Absent when the backend's state could not be loaded or does not know the asset yet. */
  readiness?: AssetState['readiness'];
  /** Featured by a guild lead or admin. */
  featured?: boolean;
  /** ISO-8601 time the backend first saw it in the catalog. */
  firstSeenAt?: string;
  /** Everything a search matches against, lowercased once up front. */
  searchText: string;
};

/** The label of a kind in the marketplace. */
export const KIND_LABELS: Record<AssetKind, string> = {
  AIWorkflow: 'AI workflow',
  PromptLibrary: 'Prompt library',
};

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** Reads a spec field's ref into its normalised form; undefined when unreadable. */
export type RefNormaliser = (
  ref: string | undefined,
  defaultKind: string,
  namespace: string,
) => string | undefined;

/**
 * A RefNormaliser that remembers its answers: thousands of assets point at
 * a few hundred teams, so each ref is parsed once.
 */
export function createRefNormaliser(): RefNormaliser {
  const cache = new Map<string, string | undefined>();
  return (ref, defaultKind, namespace) => {
    if (!ref) {
      return undefined;
    }
    const key = `${defaultKind}\n${namespace}\n${ref}`;
    if (!cache.has(key)) {
      const parsed = parseSpecRef(ref, defaultKind, namespace);
      cache.set(key, parsed ? stringifyEntityRef(parsed) : undefined);
    }
    return cache.get(key);
  };
}

/** The title Backstage would show for a group: title, display name, else name. */
export function teamTitleOf(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  return (
    asString(entity.metadata.title) ??
    asString(profile?.displayName) ??
    entity.metadata.name
  );
}

/** The refs of the owners and guilds of the entities, normalised, once each. */
export function teamRefsOf(
  entities: Entity[],
  normalise: RefNormaliser = createRefNormaliser(),
): string[] {
  const refs = new Set<string>();
  for (const entity of entities) {
    const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
    const spec = entity.spec ?? {};
    for (const [ref, kind] of [
      [spec.owner, AI_WORKFLOW_REF_KINDS.owner[0]],
      [spec.guild, AI_WORKFLOW_REF_KINDS.guild[0]],
    ] as const) {
      const normalised = normalise(asString(ref), kind, namespace);
      if (normalised) {
        refs.add(normalised);
      }
    }
  }
  return [...refs];
}

/** What the backend knows of an asset besides the catalog: reuse, readiness, curation. */
export type AssetState = {
  reuse: AssetReuse;
  /** `level` null: scored below the first level, or never scored (`score` null). */
  readiness: { level: string | null; score: number | null };
  featured: boolean;
  deprecated: boolean;
  /** ISO-8601 time the backend first saw it in the catalog. */
  firstSeenAt: string;
};

/** State per asset ref (lowercased), from `GET /marketplace/assets`. */
export function statesByRef(
  response: MarketplaceAssetsResponse,
): Map<string, AssetState> {
  return new Map(
    response.items.map(item => [
      item.entityRef.toLocaleLowerCase('en-US'),
      {
        reuse: {
          events: item.reuseEvents,
          consumingTeams: item.consumingTeams,
        },
        readiness: { level: item.readinessLevel, score: item.readinessScore },
        featured: item.featured,
        deprecated: item.deprecated,
        firstSeenAt: item.firstSeenAt,
      },
    ]),
  );
}

function teamOf(
  ref: string | undefined,
  teams: Map<string, Entity>,
): AssetTeam | undefined {
  if (!ref) {
    return undefined;
  }
  const entity = teams.get(ref);
  // Without the entity, the ref's name is the most readable fallback.
  const title = entity ? teamTitleOf(entity) : ref.replace(/^.*[:/]/, '');
  return { ref, title, entity };
}

/**
 * Turns a catalog entity (read with ASSET_ENTITY_FIELDS) into a marketplace
 * asset; `teams` holds the owner and guild entities by normalised ref.
 */
export function toMarketplaceAsset(
  entity: Entity,
  teams: Map<string, Entity>,
  states: Map<string, AssetState>,
  normalise: RefNormaliser = createRefNormaliser(),
): MarketplaceAsset {
  const namespace = entity.metadata.namespace ?? DEFAULT_NAMESPACE;
  const name = entity.metadata.name;
  const kind = entity.kind as AssetKind;
  const spec = (entity.spec ?? {}) as Record<string, unknown>;
  const entityRef = stringifyEntityRef({ kind, namespace, name });
  const state = states.get(entityRef.toLocaleLowerCase('en-US'));
  const owner = teamOf(
    normalise(asString(spec.owner), AI_WORKFLOW_REF_KINDS.owner[0], namespace),
    teams,
  );
  const guild = teamOf(
    normalise(asString(spec.guild), AI_WORKFLOW_REF_KINDS.guild[0], namespace),
    teams,
  );
  const title = asString(entity.metadata.title) ?? name;
  const description = asString(entity.metadata.description) ?? '';
  const tags = (entity.metadata.tags ?? []).filter(
    (tag): tag is string => typeof tag === 'string',
  );
  const asset: Omit<MarketplaceAsset, 'searchText'> = {
    entityRef,
    kind,
    namespace,
    name,
    title,
    description,
    tags,
    workflowType: kind === 'AIWorkflow' ? asString(spec.type) : undefined,
    owner,
    guild,
    function: asString(spec.function),
    lifecycle: asString(spec.lifecycle),
    actionTier: kind === 'AIWorkflow' ? asString(spec.actionTier) : undefined,
    riskTier: kind === 'AIWorkflow' ? asString(spec.riskTier) : undefined,
    reuse: state?.reuse,
    readiness: state?.readiness,
    featured: state?.featured,
    firstSeenAt: state?.firstSeenAt,
  };
  const searchText = [
    title,
    name,
    description,
    ...tags,
    KIND_LABELS[kind] ?? kind,
    owner?.title,
    owner?.ref,
    guild?.title,
    guild?.ref,
    asset.function,
    asset.lifecycle,
    asset.workflowType,
    asset.actionTier,
    asset.riskTier,
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return { ...asset, searchText };
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * How an asset's reuse reads on a card: events and other teams, "not
 * reused by other teams" when the KPI lists every reused asset and not
 * this one, nothing when that is unknown.
 */
export function describeReuse(
  reuse: AssetReuse | undefined,
  scope: ReuseScope | undefined,
): string | undefined {
  if (!scope) {
    return undefined;
  }
  if (reuse && reuse.events > 0) {
    return `${plural(reuse.events, 'use', 'uses')} · ${plural(
      reuse.consumingTeams,
      'other team',
      'other teams',
    )}`;
  }
  return reuse || scope.complete ? 'Not reused by other teams' : undefined;
}
