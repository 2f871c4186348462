import {
  AIWorkflowEntityV1alpha1,
  isPromptLibraryEntity,
  PromptLibraryEntityV1alpha1,
} from '@ai-marketplace/plugin-ai-marketplace-common';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { readAiAssetEntities } from '../catalogSync/readAiAssetEntities';
import {
  DuplicateClusterStore,
  DuplicateDetectionRun,
  StoredDuplicateCluster,
} from '../database/DuplicateClusterStore';
import { promptCandidates, workflowCandidate } from './catalogCandidates';
import {
  DuplicateCandidate,
  DuplicateCluster,
  findDuplicateClusters,
} from './findDuplicateClusters';

/** The id of the scheduled task, unique within the plugin. */
export const DUPLICATE_DETECTION_TASK_ID = 'ai-marketplace-duplicate-detection';

/** What the candidates are built from: titles, descriptions, templates, owners. */
const DUPLICATE_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'spec.owner',
  'spec.prompts',
];

/** Width of `duplicate_clusters.title`. */
const MAX_TITLE = 255;

function displayTitle(title: string): string {
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** Candidates of every workflow and every library prompt, with their titles. */
export function candidatesOf(
  entities: Array<AIWorkflowEntityV1alpha1 | PromptLibraryEntityV1alpha1>,
): { candidates: DuplicateCandidate[]; titles: Map<string, string> } {
  const candidates: DuplicateCandidate[] = [];
  const titles = new Map<string, string>();
  for (const entity of entities) {
    if (isPromptLibraryEntity(entity)) {
      const prompts = Array.isArray(entity.spec.prompts)
        ? entity.spec.prompts
        : [];
      const library = { ...entity, spec: { ...entity.spec, prompts } };
      promptCandidates(library).forEach((candidate, i) => {
        candidates.push(candidate);
        titles.set(
          candidate.id,
          displayTitle(prompts[i].title || prompts[i].id),
        );
      });
    } else {
      const candidate = workflowCandidate(entity);
      candidates.push(candidate);
      titles.set(
        candidate.id,
        displayTitle(entity.metadata.title || entity.metadata.name),
      );
    }
  }
  return { candidates, titles };
}

/**
 * The stored form of a cluster: each member split into entity ref and prompt
 * id, with its title and its highest similarity to another member.
 */
export function storedClusterOf(
  cluster: DuplicateCluster,
  titles: Map<string, string>,
): StoredDuplicateCluster {
  const highest = new Map<string, number>();
  for (const pair of cluster.pairs) {
    for (const id of [pair.a, pair.b]) {
      highest.set(id, Math.max(highest.get(id) ?? 0, pair.similarity));
    }
  }
  return {
    id: cluster.id,
    items: cluster.members.map(member => {
      const hash = member.id.indexOf('#');
      return {
        entityRef: hash < 0 ? member.id : member.id.slice(0, hash),
        ...(hash < 0 ? {} : { promptId: member.id.slice(hash + 1) }),
        ownerRef: member.ownerRef,
        title: titles.get(member.id) ?? member.id,
        similarity: highest.get(member.id) ?? 0,
      };
    }),
  };
}

/**
 * Finds the near-duplicates that different teams own among the catalog's
 * workflows and library prompts, and replaces the stored clusters with them
 * in one transaction. Nothing is written unless the whole catalog was read.
 */
export async function refreshDuplicateClusters(options: {
  catalog: CatalogService;
  auth: AuthService;
  store: DuplicateClusterStore;
  logger: LoggerService;
  similarityThreshold: number;
  now?: () => Date;
  signal?: AbortSignal;
}): Promise<DuplicateDetectionRun> {
  const { similarityThreshold, now = () => new Date() } = options;
  const entities = await readAiAssetEntities({
    catalog: options.catalog,
    auth: options.auth,
    fields: DUPLICATE_FIELDS,
    signal: options.signal,
  });
  const { candidates, titles } = candidatesOf(entities);
  const clusters = findDuplicateClusters(candidates, {
    threshold: similarityThreshold,
    requireDifferentOwners: true,
  }).map(cluster => storedClusterOf(cluster, titles));
  options.signal?.throwIfAborted();
  const run: DuplicateDetectionRun = {
    detectedAt: now(),
    similarityThreshold,
    candidates: candidates.length,
    clusters,
  };
  await options.store.replaceRun(run);
  options.logger.info(
    `Duplicate detection compared ${candidates.length} workflows and prompts: ${
      clusters.length
    } cross-team clusters, ${clusters.reduce(
      (n, c) => n + c.items.length,
      0,
    )} items`,
  );
  return run;
}
