// Records into persons: links taken strongest first (ties by record order). A merge is refused when
// it would put two records a reviewer called "not a match" into one person, or two records of one
// list that were not linked to each other directly: a list names a person twice only by mistake, so
// a chain of links through other lists is not enough for it. Reviewers' matches merge first.
export interface Link {
  a: number;
  b: number;
  weight: number;
}

export function clusterRecords(
  count: number,
  links: Link[],
  mustLink: Array<[number, number]>,
  cannotLink: Array<[number, number]>,
  /** The list each record belongs to (any number per list). */
  listOf: number[] = [],
): number[] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const pairId = (a: number, b: number) => (a < b ? a * count + b : b * count + a);
  const direct = new Set<number>([...links.map((link) => pairId(link.a, link.b)), ...mustLink.map(([a, b]) => pairId(a, b))]);
  const forbidden = new Set(cannotLink.map(([a, b]) => pairId(a, b)));
  const members = new Map<number, number[]>();
  const allowed = (rootA: number, rootB: number, reviewed: boolean): boolean => {
    const left = members.get(rootA) ?? [rootA];
    const right = members.get(rootB) ?? [rootB];
    for (const x of left) {
      for (const y of right) {
        const id = pairId(x, y);
        if (forbidden.has(id)) return false;
        if (!reviewed && listOf.length > 0 && listOf[x] === listOf[y] && !direct.has(id)) return false;
      }
    }
    return true;
  };
  /** `reviewed`: a reviewer's match, which only a reviewer's "not a match" can stop. */
  const union = (a: number, b: number, reviewed: boolean): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA === rootB) return;
    if (!allowed(rootA, rootB, reviewed)) return;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    parent[child] = root;
    members.set(root, [...(members.get(root) ?? [root]), ...(members.get(child) ?? [child])]);
    members.delete(child);
  };
  for (const [a, b] of mustLink) union(a, b, true);
  const ordered = [...links].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const link of ordered) union(link.a, link.b, false);
  return Array.from({ length: count }, (_, i) => find(i));
}
