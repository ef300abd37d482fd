/** How far two groupings of the same items agree, for measuring automatic themes against curated ones. */

/**
 * Adjusted Rand index (Hubert & Arabie 1985): 1 for identical groupings, about 0 for
 * groupings no closer than chance, negative for worse. Labels only need to be comparable.
 */
export function adjustedRandIndex<A, B>(a: readonly A[], b: readonly B[]): number {
  if (a.length !== b.length) throw new Error(`adjustedRandIndex: ${a.length} labels against ${b.length}`);
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const both = new Map<string, number>();
  const ofA = new Map<A, number>();
  const ofB = new Map<B, number>();
  const idA = new Map<A, number>();
  const idB = new Map<B, number>();
  a.forEach((x, i) => {
    const y = b[i]!;
    if (!idA.has(x)) idA.set(x, idA.size);
    if (!idB.has(y)) idB.set(y, idB.size);
    const cell = `${idA.get(x)} ${idB.get(y)}`;
    both.set(cell, (both.get(cell) ?? 0) + 1);
    ofA.set(x, (ofA.get(x) ?? 0) + 1);
    ofB.set(y, (ofB.get(y) ?? 0) + 1);
  });
  const index = [...both.values()].reduce((s, n) => s + pairs(n), 0);
  const sumA = [...ofA.values()].reduce((s, n) => s + pairs(n), 0);
  const sumB = [...ofB.values()].reduce((s, n) => s + pairs(n), 0);
  const expected = (sumA * sumB) / pairs(a.length);
  const maximum = (sumA + sumB) / 2;
  return maximum === expected ? 1 : (index - expected) / (maximum - expected);
}

/**
 * For each curated group: the automatic group holding most of its items, and that share
 * ("most of the exchanges the curated file gives a topic land together in one theme").
 */
export function bestMatches<A, B>(curated: readonly A[], automatic: readonly B[]): Map<A, { group: B; share: number; size: number }> {
  const result = new Map<A, { group: B; share: number; size: number }>();
  for (const topic of new Set(curated)) {
    const members = automatic.filter((_, i) => curated[i] === topic);
    const counts = new Map<B, number>();
    for (const g of members) counts.set(g, (counts.get(g) ?? 0) + 1);
    // Ties go to the group met first.
    const [group, n] = [...counts].reduce((best, c) => (c[1] > best[1] ? c : best));
    result.set(topic, { group, share: n / members.length, size: members.length });
  }
  return result;
}
