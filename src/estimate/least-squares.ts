// Weighted least squares by Householder QR of √W·X: the normal equations are never formed, so
// their condition number is never squared (the fits near a boundary are ill-conditioned enough).

export interface LeastSquaresFit {
  coefficients: number[];
  /** (XᵀWX)⁻¹, the covariance of the coefficients when W holds Poisson weights; only when asked for. */
  covariance: number[][] | null;
}

/** Relative size of a pivot below which the columns are taken as dependent. */
const RANK_TOLERANCE = 1e-11;

/**
 * Minimises Σ wᵢ (zᵢ − xᵢ·β)². `rows` are the design rows xᵢ. Null when the weighted design does
 * not have full column rank (the model is not identifiable from these cells).
 */
export function weightedLeastSquares(
  rows: readonly number[][],
  z: readonly number[],
  weights: readonly number[],
  options: { covariance?: boolean; columns?: readonly number[] } = {},
): LeastSquaresFit | null {
  const m = rows.length;
  // Only these columns of the rows, in this order (all by default).
  const columns = options.columns ?? Array.from({ length: rows[0]?.length ?? 0 }, (_, j) => j);
  const p = columns.length;
  if (m < p) return null;
  // a: √W·X column-major in one array (column k at k·m); b: √W·z. Plain loops: this is the
  // innermost work of every fit and of every point of every profile.
  const a = new Float64Array(p * m);
  const b = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const root = Math.sqrt(weights[i]!);
    const row = rows[i]!;
    for (let k = 0; k < p; k++) a[k * m + i] = root * row[columns[k]!]!;
    b[i] = root * z[i]!;
  }
  const diagonal = new Float64Array(p);
  let largestPivot = 0;
  for (let k = 0; k < p; k++) {
    const base = k * m;
    // Scaled sum of squares: the weights span hundreds of orders of magnitude near a boundary.
    let largest = 0;
    for (let i = k; i < m; i++) largest = Math.max(largest, Math.abs(a[base + i]!));
    let scaled = 0;
    for (let i = k; i < m && largest > 0; i++) scaled += (a[base + i]! / largest) ** 2;
    const norm = largest * Math.sqrt(scaled);
    largestPivot = Math.max(largestPivot, norm);
    if (norm === 0 || norm <= RANK_TOLERANCE * largestPivot) return null;
    const alpha = a[base + k]! > 0 ? -norm : norm;
    // Householder vector v = column[k..] − alpha·e₁, stored in place.
    a[base + k] = a[base + k]! - alpha;
    let vNormSquared = 0;
    for (let i = k; i < m; i++) vNormSquared += a[base + i]! * a[base + i]!;
    for (let j = k + 1; j <= p; j++) {
      // Column j of a, or b when j = p.
      const target = j < p ? a : b;
      const offset = j < p ? j * m : 0;
      let dot = 0;
      for (let i = k; i < m; i++) dot += a[base + i]! * target[offset + i]!;
      const scale = (2 * dot) / vNormSquared;
      for (let i = k; i < m; i++) target[offset + i] = target[offset + i]! - scale * a[base + i]!;
    }
    diagonal[k] = alpha;
  }
  // R: diagonal[k] on the diagonal, a[j][k] (k < j) above it.
  const r = (i: number, j: number) => (i === j ? diagonal[i]! : a[j * m + i]!);
  const coefficients = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let sum = b[i]!;
    for (let j = i + 1; j < p; j++) sum -= r(i, j) * coefficients[j]!;
    coefficients[i] = sum / r(i, i);
  }
  if (!options.covariance) return { coefficients, covariance: null };
  // R⁻¹ (upper triangular), then (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ.
  const rInverse = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    rInverse[j]![j] = 1 / r(j, j);
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let k = i + 1; k <= j; k++) sum += r(i, k) * rInverse[k]![j]!;
      rInverse[i]![j] = -sum / r(i, i);
    }
  }
  const covariance = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let sum = 0;
      for (let k = Math.max(i, j); k < p; k++) sum += rInverse[i]![k]! * rInverse[j]![k]!;
      return sum;
    }),
  );
  return { coefficients, covariance };
}
