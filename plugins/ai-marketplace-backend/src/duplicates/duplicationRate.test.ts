import { duplicationRate } from './duplicationRate';
import {
  DuplicateCandidate,
  DuplicateCluster,
  findDuplicateClusters,
} from './findDuplicateClusters';

const T1 = 'group:default/team-one';
const T2 = 'group:default/team-two';
const T3 = 'group:default/team-three';
const T4 = 'group:default/team-four';

const ids = (...names: string[]) => names.map(id => ({ id }));

/** Hand-made clusters over ten candidates p1 … p10. */
const clusters: DuplicateCluster[] = [
  {
    // p1 (team one) ~ p2 (team two) ~ p3 (team one): all three count.
    id: 'prompt-1',
    kind: 'prompt',
    members: [
      { id: 'p1', ownerRef: T1 },
      { id: 'p2', ownerRef: T2 },
      { id: 'p3', ownerRef: T1 },
    ],
    maxSimilarity: 0.9,
    pairs: [
      { a: 'p1', b: 'p2', similarity: 0.9 },
      { a: 'p2', b: 'p3', similarity: 0.7 },
    ],
  },
  {
    // p4 ~ p5 within team three, p5 ~ p6 across teams: p5 and p6 count, p4 not.
    id: 'prompt-2',
    kind: 'prompt',
    members: [
      { id: 'p4', ownerRef: T3 },
      { id: 'p5', ownerRef: 'Group:default/Team-Three' },
      { id: 'p6', ownerRef: T4 },
    ],
    maxSimilarity: 0.8,
    pairs: [
      { a: 'p4', b: 'p5', similarity: 0.8 },
      { a: 'p5', b: 'p6', similarity: 0.65 },
    ],
  },
];

describe('duplicationRate', () => {
  it('is the share of candidates with a near-duplicate of another owner', () => {
    const all = ids(
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'p7',
      'p8',
      'p9',
      'p10',
    );
    // p1, p2, p3, p5, p6 = 5 of 10.
    expect(duplicationRate(all, clusters)).toBe(0.5);
  });

  it('gives one team’s rate for that team’s candidates', () => {
    // Team one owns p1, p3 (both duplicated) and p7: 2 of 3.
    expect(duplicationRate(ids('p1', 'p3', 'p7'), clusters)).toBe(2 / 3);
    // Team three owns p4 (only a same-team copy) and p5: 1 of 2.
    expect(duplicationRate(ids('p4', 'p5'), clusters)).toBe(0.5);
  });

  it('counts each id once and ignores cluster members that are not candidates', () => {
    expect(duplicationRate(ids('p1', 'p1', 'p8'), clusters)).toBe(0.5);
  });

  it('is 0 without candidates or without clusters', () => {
    expect(duplicationRate([], clusters)).toBe(0);
    expect(duplicationRate(ids('p1', 'p2'), [])).toBe(0);
  });

  it('agrees with findDuplicateClusters end to end', () => {
    const words = Array.from({ length: 40 }, (_, i) => `clause${i}`).join(' ');
    const candidates: DuplicateCandidate[] = [
      { id: 'a', kind: 'prompt', ownerRef: T1, text: words },
      { id: 'b', kind: 'prompt', ownerRef: T2, text: `${words} extra` },
      {
        id: 'c',
        kind: 'prompt',
        ownerRef: T3,
        text: 'Summarise the contract.',
      },
      {
        id: 'd',
        kind: 'prompt',
        ownerRef: T4,
        text: 'Plan the sprint review.',
      },
    ];
    expect(duplicationRate(candidates, findDuplicateClusters(candidates))).toBe(
      0.5,
    );
  });
});
