import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  CurationSummary,
  isPromptLibraryEntity,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { getReviewStatus } from '../../lib/reviewStatus';

/** Why an asset or prompt waits for a guild lead. */
export type CurationQueueReason =
  | 'overdue-review'
  | 'deprecated-featured'
  | 'never-reviewed';

/** One thing for a guild lead to do. */
export type CurationQueueItem = {
  reason: CurationQueueReason;
  entityRef: string;
  /** The asset's title (or name). */
  title: string;
  /** Set when the item is one prompt of a library. */
  promptId?: string;
  promptTitle?: string;
  /** One line: what is wrong, with the dates that say so. */
  detail: string;
  /** For ordering overdue reviews: the day the review was due. */
  dueOn?: string;
};

const REASON_ORDER: CurationQueueReason[] = [
  'overdue-review',
  'deprecated-featured',
  'never-reviewed',
];

/** The later of two `YYYY-MM-DD` days, either possibly missing. */
function laterDay(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * The curation queue of a guild: libraries whose last review (the spec's
 * `reviewedAt` or a `reviewed` decision, whichever is later) is older than
 * their cadence; assets or prompts that are featured yet deprecated; and
 * assets nobody has reviewed yet. Overdue reviews first, the longest
 * overdue first.
 */
export function buildCurationQueue(
  assets: Entity[],
  curations: Map<string, CurationSummary>,
  today: string,
): CurationQueueItem[] {
  const items: CurationQueueItem[] = [];
  for (const asset of assets) {
    const entityRef = stringifyEntityRef(asset);
    const title = asset.metadata.title ?? asset.metadata.name;
    const curation = curations.get(entityRef);
    const isLibrary = isPromptLibraryEntity(asset);
    const specReview = isLibrary ? asset.spec.reviewedAt : undefined;
    const lastReview = laterDay(
      specReview,
      curation?.asset.lastReview?.at.slice(0, 10),
    );

    if (!lastReview) {
      items.push({
        reason: 'never-reviewed',
        entityRef,
        title,
        detail: 'Not reviewed by the guild yet',
      });
    } else if (isLibrary) {
      const status = getReviewStatus(
        lastReview,
        asset.spec.reviewCadence,
        today,
      );
      if (status.overdue) {
        items.push({
          reason: 'overdue-review',
          entityRef,
          title,
          dueOn: status.dueOn,
          detail: `Review overdue since ${status.dueOn} (last ${lastReview})`,
        });
      }
    }

    const deprecated =
      curation?.asset.deprecated || asset.spec?.lifecycle === 'deprecated';
    if (curation?.asset.featured && deprecated) {
      items.push({
        reason: 'deprecated-featured',
        entityRef,
        title,
        detail: 'Featured, but deprecated',
      });
    }
    for (const prompt of curation?.prompts ?? []) {
      if (prompt.featured && prompt.deprecated) {
        const declared = isLibrary
          ? asset.spec.prompts.find(p => p.id === prompt.promptId)
          : undefined;
        items.push({
          reason: 'deprecated-featured',
          entityRef,
          title,
          promptId: prompt.promptId,
          promptTitle: declared?.title ?? prompt.promptId,
          detail: 'Prompt featured, but deprecated',
        });
      }
    }
  }
  return items.sort(
    (a, b) =>
      REASON_ORDER.indexOf(a.reason) - REASON_ORDER.indexOf(b.reason) ||
      (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
      a.title.localeCompare(b.title),
  );
}
