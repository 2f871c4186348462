import { Knex } from 'knex';
import {
  DuplicateClusterStore,
  DuplicateDetectionRun,
  StoredDuplicateCluster,
} from './DuplicateClusterStore';

type Stored = Date | string | number;

/** A run joined with one of its cluster items (all null when it found none). */
type RunClusterRow = {
  run_detected_at: Stored;
  similarity_threshold: number | string;
  candidates: number | string;
  cluster_id: string | null;
  item_id: string | null;
  entity_ref: string | null;
  prompt_id: string | null;
  owner_ref: string | null;
  title: string | null;
  similarity: number | string | null;
};

/** Rows per statement: 8 columns each, well under SQLite's parameter limit. */
const CHUNK = 200;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) {
    result.push(items.slice(i, i + CHUNK));
  }
  return result;
}

function itemIdOf(entityRef: string, promptId?: string): string {
  return promptId ? `${entityRef}#${promptId}` : entityRef;
}

function compareStrings(x: string, y: string): number {
  if (x < y) {
    return -1;
  }
  return x > y ? 1 : 0;
}

function maxSimilarity(cluster: StoredDuplicateCluster): number {
  return Math.max(...cluster.items.map(item => item.similarity));
}

/** Duplicate clusters in the plugin's own database (SQLite or PostgreSQL). */
export class DatabaseDuplicateClusterStore implements DuplicateClusterStore {
  constructor(private readonly knex: Knex) {}

  async replaceRun(run: DuplicateDetectionRun): Promise<void> {
    const rows = run.clusters.flatMap(cluster =>
      cluster.items.map(item => ({
        cluster_id: cluster.id,
        item_id: itemIdOf(item.entityRef, item.promptId),
        entity_ref: item.entityRef,
        prompt_id: item.promptId ?? '',
        owner_ref: item.ownerRef,
        title: item.title,
        similarity: item.similarity,
        detected_at: run.detectedAt,
      })),
    );
    // Readers see the previous run or this one, never a mix or nothing.
    await this.knex.transaction(async tx => {
      await tx('duplicate_clusters').delete();
      await tx('duplicate_detection_runs').delete();
      for (const chunk of chunks(rows)) {
        await tx('duplicate_clusters').insert(chunk);
      }
      await tx('duplicate_detection_runs').insert({
        detected_at: run.detectedAt,
        similarity_threshold: run.similarityThreshold,
        candidates: run.candidates,
      });
    });
  }

  async lastRun(): Promise<DuplicateDetectionRun | undefined> {
    // One statement, so PostgreSQL reads the run and its clusters from one
    // snapshot even while a new run replaces them.
    const rows: RunClusterRow[] = await this.knex(
      'duplicate_detection_runs as r',
    )
      .leftJoin('duplicate_clusters as c', 'c.detected_at', 'r.detected_at')
      .select(
        'r.detected_at as run_detected_at',
        'r.similarity_threshold',
        'r.candidates',
        'c.cluster_id',
        'c.item_id',
        'c.entity_ref',
        'c.prompt_id',
        'c.owner_ref',
        'c.title',
        'c.similarity',
      )
      .orderBy('r.detected_at', 'desc');
    if (!rows.length) {
      return undefined;
    }
    const detectedAt = new Date(rows[0].run_detected_at);
    const clusters = new Map<string, StoredDuplicateCluster>();
    for (const row of rows) {
      if (
        row.cluster_id === null ||
        new Date(row.run_detected_at).getTime() !== detectedAt.getTime()
      ) {
        continue;
      }
      const cluster = clusters.get(row.cluster_id) ?? {
        id: row.cluster_id,
        items: [],
      };
      cluster.items.push({
        entityRef: row.entity_ref!,
        ...(row.prompt_id ? { promptId: row.prompt_id } : {}),
        ownerRef: row.owner_ref!,
        title: row.title!,
        similarity: Number(row.similarity),
      });
      clusters.set(row.cluster_id, cluster);
    }
    // Sorted here, not by the database: collations differ between the two.
    for (const cluster of clusters.values()) {
      cluster.items.sort((x, y) =>
        compareStrings(
          itemIdOf(x.entityRef, x.promptId),
          itemIdOf(y.entityRef, y.promptId),
        ),
      );
    }
    return {
      detectedAt,
      similarityThreshold: Number(rows[0].similarity_threshold),
      candidates: Number(rows[0].candidates),
      clusters: [...clusters.values()].sort(
        (x, y) =>
          y.items.length - x.items.length ||
          maxSimilarity(y) - maxSimilarity(x) ||
          compareStrings(x.id, y.id),
      ),
    };
  }
}
