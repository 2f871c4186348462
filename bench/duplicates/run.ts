/*
 * Near-duplicate detection benchmark: MinHash + LSH against the exact
 * all-pairs Jaccard baseline on a generated catalog of 10,000 prompts.
 *
 * Run from the repository root:
 *
 *   node -r @backstage/cli/config/nodeTransform.cjs bench/duplicates/run.ts
 */
import { performance } from 'perf_hooks';
import { duplicationRate } from '../../plugins/ai-marketplace-backend/src/duplicates/duplicationRate';
import { findDuplicateClusters } from '../../plugins/ai-marketplace-backend/src/duplicates/findDuplicateClusters';
import { seededRandom32 } from '../../plugins/ai-marketplace-backend/src/duplicates/hash';
import {
  lshCandidatePairs,
  lshCatchProbability,
} from '../../plugins/ai-marketplace-backend/src/duplicates/lsh';
import { createMinHasher } from '../../plugins/ai-marketplace-backend/src/duplicates/minhash';
import { wordShingles } from '../../plugins/ai-marketplace-backend/src/duplicates/shingles';
import { generateCorpus } from './corpus';
import { exactSimilarPairs } from './exactPairs';

const SEED = 20261121;
const DOCUMENTS = 10_000;
const TEAMS = 300;
const PLANTED_PAIRS = 350;
const PLANTED_TRIPLES = 150;
const SAME_TEAM_COPIES = 50;
const THRESHOLD = 0.6;
const NUM_HASHES = 128;
const BANDS = 32;
/** Above this projected time the exact baseline runs on a sample instead. */
const EXACT_TIME_LIMIT_SECONDS = 180;
const SAMPLE_SIZE = 2_000;

function main() {
  const random = seededRandom32(SEED);
  const { candidates, plantedGroups } = generateCorpus({
    documents: DOCUMENTS,
    teams: TEAMS,
    pairs: PLANTED_PAIRS,
    triples: PLANTED_TRIPLES,
    sameTeamCopies: SAME_TEAM_COPIES,
    random,
  });
  const count = candidates.length;
  const indexOf = new Map(candidates.map((candidate, i) => [candidate.id, i]));
  const owners = candidates.map(candidate => candidate.ownerRef);
  const pairKey = (x: number, y: number) =>
    Math.min(x, y) * count + Math.max(x, y);

  // Our method, end to end.
  let started = performance.now();
  const clusters = findDuplicateClusters(candidates, {
    threshold: THRESHOLD,
    numHashes: NUM_HASHES,
    bands: BANDS,
  });
  const oursSeconds = (performance.now() - started) / 1000;
  const ours = new Set(
    clusters.flatMap(cluster =>
      cluster.pairs.map(pair =>
        pairKey(indexOf.get(pair.a)!, indexOf.get(pair.b)!),
      ),
    ),
  );

  // How much work LSH left to verification (not timed; recomputed here).
  const minHasher = createMinHasher(NUM_HASHES);
  const shingleSets = candidates.map(candidate => wordShingles(candidate.text));
  const lshCandidates = lshCandidatePairs(
    shingleSets.map(shingles => minHasher.signature(shingles)),
    BANDS,
  ).length;

  // The quadratic baseline, on everything if it fits the time limit.
  started = performance.now();
  const exactShingles = candidates.map(candidate =>
    wordShingles(candidate.text),
  );
  const totalPairs = (count * (count - 1)) / 2;
  const fullRun = { pairs: new Set<number>(), compared: 0 };
  let projectedSeconds = 0;
  for (let row = 0; row < count; row++) {
    const result = exactSimilarPairs(exactShingles, owners, THRESHOLD, [row]);
    result.pairs.forEach(key => fullRun.pairs.add(key));
    fullRun.compared += result.compared;
    const elapsed = (performance.now() - started) / 1000;
    projectedSeconds = (elapsed * totalPairs) / fullRun.compared;
    if (elapsed > 2 && projectedSeconds > EXACT_TIME_LIMIT_SECONDS) {
      break;
    }
  }
  const exhaustive = fullRun.compared === totalPairs;

  let exactSeconds: number;
  let exactLabel: string;
  let exact: Set<number>;
  let found: Set<number>;
  if (exhaustive) {
    exactSeconds = (performance.now() - started) / 1000;
    exactLabel = `all ${totalPairs.toLocaleString('en-US')} pairs, measured`;
    exact = fullRun.pairs;
    found = ours;
  } else {
    // Sample: exact pairs among SAMPLE_SIZE random documents, time scaled
    // by the number of pairs.
    const sample = new Set<number>();
    while (sample.size < SAMPLE_SIZE) {
      sample.add(random() % count);
    }
    const members = [...sample].sort((x, y) => x - y);
    started = performance.now();
    const sampleShingles = members.map(i => wordShingles(candidates[i].text));
    const sampleResult = exactSimilarPairs(
      sampleShingles,
      members.map(i => owners[i]),
      THRESHOLD,
    );
    const sampleSeconds = (performance.now() - started) / 1000;
    exactSeconds = (sampleSeconds * totalPairs) / sampleResult.compared;
    exactLabel = `EXTRAPOLATED from ${sampleResult.compared.toLocaleString(
      'en-US',
    )} pairs of ${SAMPLE_SIZE} sampled documents (${sampleSeconds.toFixed(
      1,
    )} s)`;
    exact = new Set(
      [...sampleResult.pairs].map(key =>
        pairKey(
          members[Math.floor(key / SAMPLE_SIZE)],
          members[key % SAMPLE_SIZE],
        ),
      ),
    );
    found = new Set(
      [...ours].filter(
        key => sample.has(Math.floor(key / count)) && sample.has(key % count),
      ),
    );
  }
  const agreed = [...found].filter(key => exact.has(key)).length;
  const recall = exact.size === 0 ? 1 : agreed / exact.size;
  const precision = found.size === 0 ? 1 : agreed / found.size;

  const plantedPairs = plantedGroups.flatMap(group =>
    group.flatMap((a, i) =>
      group.slice(i + 1).map(b => pairKey(indexOf.get(a)!, indexOf.get(b)!)),
    ),
  );
  const plantedAbove = plantedPairs.filter(key => fullRun.pairs.has(key));
  const clusterSizes = new Map<number, number>();
  for (const cluster of clusters) {
    const size = cluster.members.length;
    clusterSizes.set(size, (clusterSizes.get(size) ?? 0) + 1);
  }
  const rows = NUM_HASHES / BANDS;
  const format = (value: number) => value.toLocaleString('en-US');

  console.log(
    [
      '',
      `Near-duplicate detection benchmark (seed ${SEED}, node ${process.version})`,
      `  corpus        ${format(
        count,
      )} prompts of 30–120 words, ${TEAMS} teams; planted across teams: ${PLANTED_PAIRS} pairs + ${PLANTED_TRIPLES} triples (5–15 % words substituted/inserted); ${SAME_TEAM_COPIES} same-team copies`,
      `  settings      threshold ${THRESHOLD}, ${NUM_HASHES} hashes = ${BANDS} bands × ${rows} rows (P(caught) at ${THRESHOLD}: ${lshCatchProbability(
        THRESHOLD,
        BANDS,
        rows,
      ).toFixed(3)}), 3-word shingles`,
      `  MinHash+LSH   ${oursSeconds.toFixed(
        2,
      )} s   (shingles, signatures, ${format(
        lshCandidates,
      )} LSH candidates verified exactly, clusters)`,
      `  exact         ${exactSeconds.toFixed(
        2,
      )} s   (shingles and ${exactLabel})`,
      `  speed-up      ${(exactSeconds / oursSeconds).toFixed(1)}×`,
      `  cross-team pairs ≥ ${THRESHOLD}: exact ${format(
        exact.size,
      )}, found ${format(found.size)}, both ${format(agreed)}${
        exhaustive ? '' : ' (within the sample)'
      }`,
      `  recall        ${recall.toFixed(4)}   precision ${precision.toFixed(
        4,
      )}`,
      `  clusters      ${format(clusters.length)} (${[...clusterSizes]
        .sort(([x], [y]) => x - y)
        .map(([size, n]) => `${format(n)} of ${size}`)
        .join(', ')}), duplication rate ${duplicationRate(
        candidates,
        clusters,
      ).toFixed(4)}`,
      exhaustive
        ? `  planted       ${format(plantedAbove.length)} of ${format(
            plantedPairs.length,
          )} planted pairs reach ${THRESHOLD}; the others were edited below it`
        : `  planted       ${format(plantedPairs.length)} planted pairs`,
      '',
    ].join('\n'),
  );
}

main();
