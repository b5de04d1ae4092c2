// Records into persons: links taken strongest first (ties by record order), a merge refused when it
// would put two records a reviewer called "not a match" into one person; reviewers' matches merge first.
export interface Link {
  a: number;
  b: number;
  weight: number;
}

export function clusterRecords(count: number, links: Link[], mustLink: Array<[number, number]>, cannotLink: Array<[number, number]>): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const forbidden = new Map<number, number[]>();
  for (const [a, b] of cannotLink) {
    forbidden.set(a, [...(forbidden.get(a) ?? []), b]);
    forbidden.set(b, [...(forbidden.get(b) ?? []), a]);
  }
  /** Per cluster root, its members that have a "not a match" with some record. */
  const constrained = new Map<number, number[]>();
  for (const record of forbidden.keys()) constrained.set(record, [record]);
  const union = (a: number, b: number): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) return;
    for (const [from, other] of [
      [rootA, rootB],
      [rootB, rootA],
    ] as const) {
      for (const member of constrained.get(from) ?? []) if ((forbidden.get(member) ?? []).some((record) => find(record) === other)) return;
    }
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    const merged = [...(constrained.get(root) ?? []), ...(constrained.get(child) ?? [])];
    if (merged.length > 0) constrained.set(root, merged);
    constrained.delete(child);
  };
  for (const [a, b] of mustLink) union(a, b);
  const ordered = [...links].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const link of ordered) union(link.a, link.b);
  return Array.from({ length: count }, (_, i) => find(i));
}
