import {
  DuplicateCandidate,
  findDuplicateClusters,
} from './findDuplicateClusters';
import { exactJaccard } from './jaccard';
import { wordShingles } from './shingles';

/** 100 words of a made-up prompt: "step0 … step99". */
const base = Array.from({ length: 100 }, (_, i) => `step${i}`);

/** `base` with `count` words from `start` replaced by new words tagged `tag`. */
function edited(start: number, count: number, tag: string): string {
  return base
    .map((word, i) => (i >= start && i < start + count ? `${tag}${i}` : word))
    .join(' ');
}

function prompt(
  id: string,
  ownerRef: string,
  text: string,
): DuplicateCandidate {
  return { id: `promptlibrary:default/${id}`, kind: 'prompt', ownerRef, text };
}

const unrelated = (id: string, ownerRef: string) =>
  prompt(
    id,
    ownerRef,
    Array.from({ length: 60 }, (_, i) => `${id.replace(/\W/g, '')}w${i}`).join(
      ' ',
    ),
  );

const SUPPORT = 'group:default/customer-support';
const SALES = 'group:default/sales-ops';
const FINANCE = 'group:default/finance';

describe('findDuplicateClusters', () => {
  it('reports a near-duplicate pair owned by two teams, with its exact similarity', () => {
    const original = edited(0, 0, 'x');
    const copy = edited(40, 5, 'sales');
    const clusters = findDuplicateClusters([
      unrelated('lib-a#one', SUPPORT),
      prompt('support-prompts#reply', SUPPORT, original),
      unrelated('lib-b#two', SALES),
      prompt('sales-prompts#reply', SALES, copy),
    ]);
    const similarity = exactJaccard(wordShingles(original), wordShingles(copy));
    expect(similarity).toBeCloseTo(91 / 105, 10);
    expect(clusters).toEqual([
      {
        id: expect.stringMatching(/^prompt-[0-9a-f]{16}$/),
        kind: 'prompt',
        members: [
          { id: 'promptlibrary:default/sales-prompts#reply', ownerRef: SALES },
          {
            id: 'promptlibrary:default/support-prompts#reply',
            ownerRef: SUPPORT,
          },
        ],
        maxSimilarity: similarity,
        pairs: [
          {
            a: 'promptlibrary:default/sales-prompts#reply',
            b: 'promptlibrary:default/support-prompts#reply',
            similarity,
          },
        ],
      },
    ]);
  });

  it('does not report duplicates within one team', () => {
    expect(
      findDuplicateClusters([
        prompt('a#reply', SUPPORT, edited(0, 0, 'x')),
        prompt('b#reply', SUPPORT, edited(50, 3, 'y')),
      ]),
    ).toEqual([]);
  });

  it('compares owners case-insensitively', () => {
    expect(
      findDuplicateClusters([
        prompt('a#reply', 'group:default/customer-support', base.join(' ')),
        prompt('b#reply', 'Group:default/Customer-Support', base.join(' ')),
      ]),
    ).toEqual([]);
  });

  it('links a team’s own copies only when requireDifferentOwners is false', () => {
    const candidates = [
      prompt('support-a#reply', SUPPORT, edited(0, 0, 'x')),
      prompt('support-b#reply', SUPPORT, edited(0, 15, 'support')),
      prompt('sales#reply', SALES, edited(85, 15, 'sales')),
    ];
    // support-b ~ support-a ~ sales, but support-b and sales differ too much.
    expect(
      exactJaccard(
        wordShingles(candidates[1].text),
        wordShingles(candidates[2].text),
      ),
    ).toBeLessThan(0.6);

    const crossTeamOnly = findDuplicateClusters(candidates);
    expect(crossTeamOnly).toHaveLength(1);
    expect(crossTeamOnly[0].members.map(member => member.id)).toEqual([
      'promptlibrary:default/sales#reply',
      'promptlibrary:default/support-a#reply',
    ]);

    const withOwnCopies = findDuplicateClusters(candidates, {
      requireDifferentOwners: false,
    });
    expect(withOwnCopies).toHaveLength(1);
    expect(withOwnCopies[0].members).toHaveLength(3);
    expect(withOwnCopies[0].pairs).toHaveLength(2);
    expect(withOwnCopies[0].id).toBe(crossTeamOnly[0].id);
  });

  it('still drops a cluster of one owner when requireDifferentOwners is false', () => {
    expect(
      findDuplicateClusters(
        [
          prompt('a#reply', SUPPORT, base.join(' ')),
          prompt('b#reply', SUPPORT, base.join(' ')),
        ],
        { requireDifferentOwners: false },
      ),
    ).toEqual([]);
  });

  it('puts A~B and B~C in one cluster although A and C are not similar', () => {
    const a = prompt('a#p', SUPPORT, edited(0, 15, 'support'));
    const b = prompt('b#p', SALES, edited(0, 0, 'x'));
    const c = prompt('c#p', FINANCE, edited(85, 15, 'finance'));
    expect(
      exactJaccard(wordShingles(a.text), wordShingles(c.text)),
    ).toBeLessThan(0.6);

    const clusters = findDuplicateClusters([a, b, c]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members.map(member => member.id)).toEqual([
      a.id,
      b.id,
      c.id,
    ]);
    expect(clusters[0].pairs.map(pair => [pair.a, pair.b])).toEqual([
      [a.id, b.id],
      [b.id, c.id],
    ]);
  });

  it('compares prompts with prompts and workflows with workflows only', () => {
    const text = base.join(' ');
    const clusters = findDuplicateClusters([
      prompt('a#p', SUPPORT, text),
      { id: 'aiworkflow:default/w1', kind: 'workflow', ownerRef: SALES, text },
      {
        id: 'aiworkflow:default/w2',
        kind: 'workflow',
        ownerRef: FINANCE,
        text,
      },
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].kind).toBe('workflow');
    expect(clusters[0].id).toMatch(/^workflow-/);
    expect(clusters[0].maxSimilarity).toBe(1);
  });

  it('never pairs texts without words', () => {
    expect(
      findDuplicateClusters([
        prompt('a#p', SUPPORT, ''),
        prompt('b#p', SALES, ' -- '),
      ]),
    ).toEqual([]);
  });

  it('is deterministic and independent of input order', () => {
    const candidates = [
      prompt('a#p', SUPPORT, edited(0, 15, 'support')),
      prompt('b#p', SALES, edited(0, 0, 'x')),
      prompt('c#p', FINANCE, edited(85, 15, 'finance')),
      prompt(
        'd#p',
        SALES,
        'Draft a first reply to {{ticket}} in a friendly tone.',
      ),
      prompt(
        'e#p',
        FINANCE,
        'Draft a first reply to {{message}}, in a friendly tone!',
      ),
      unrelated('f#p', SUPPORT),
    ];
    const first = findDuplicateClusters(candidates);
    expect(first).toHaveLength(2);
    expect(findDuplicateClusters(candidates)).toEqual(first);
    expect(findDuplicateClusters([...candidates].reverse())).toEqual(first);
    // Largest cluster first; ids differ between clusters.
    expect(first.map(cluster => cluster.members.length)).toEqual([3, 2]);
    expect(first[0].id).not.toBe(first[1].id);
  });

  it('keeps a cluster id while its smallest member stays', () => {
    const pair = [
      prompt('a#p', SUPPORT, base.join(' ')),
      prompt('b#p', SALES, base.join(' ')),
    ];
    const [before] = findDuplicateClusters(pair);
    const [after] = findDuplicateClusters([
      ...pair,
      prompt('c#p', FINANCE, base.join(' ')),
    ]);
    expect(after.members).toHaveLength(3);
    expect(after.id).toBe(before.id);
  });

  it('honours the threshold and shingle size', () => {
    const candidates = [
      prompt('a#p', SUPPORT, edited(0, 0, 'x')),
      prompt('b#p', SALES, edited(30, 20, 'sales')),
    ];
    // 22 of 98 shingles changed: similarity 76 / 120 ≈ 0.63.
    expect(findDuplicateClusters(candidates)).toHaveLength(1);
    expect(findDuplicateClusters(candidates, { threshold: 0.7 })).toEqual([]);
    // Single-word shingles: 80 of 100 words shared, similarity 0.8 / 1.2.
    expect(
      findDuplicateClusters(candidates, { shingleSize: 1, threshold: 0.66 })[0]
        .maxSimilarity,
    ).toBeCloseTo(80 / 120, 10);
  });

  it('rejects repeated ids and impossible options', () => {
    const candidate = prompt('a#p', SUPPORT, 'text');
    expect(() => findDuplicateClusters([candidate, candidate])).toThrow(
      /Duplicate candidate id/,
    );
    expect(() => findDuplicateClusters([candidate], { threshold: 0 })).toThrow(
      RangeError,
    );
    expect(() =>
      findDuplicateClusters([candidate], { numHashes: 128, bands: 30 }),
    ).toThrow(RangeError);
  });
});
