// The design matrix of a hierarchical log-linear model over capture patterns.

/** The design row of a cell: intercept, one indicator per list, one product per interaction term. */
export function designRow(mask: number, listCount: number, terms: readonly number[]): number[] {
  const row = [1];
  for (let list = 0; list < listCount; list++) row.push(mask & (1 << list) ? 1 : 0);
  for (const term of terms) row.push((mask & term) === term ? 1 : 0);
  return row;
}
