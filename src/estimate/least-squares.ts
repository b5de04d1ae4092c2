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
  options: { covariance?: boolean } = {},
): LeastSquaresFit | null {
  const m = rows.length;
  const p = rows[0]?.length ?? 0;
  if (m < p) return null;
  // a: column-major copy of √W·X; b: √W·z.
  const a = Array.from({ length: p }, (_, j) => Float64Array.from(rows, (row, i) => Math.sqrt(weights[i]!) * row[j]!));
  const b = Float64Array.from(z, (value, i) => Math.sqrt(weights[i]!) * value);
  const diagonal = new Float64Array(p);
  let largestPivot = 0;
  for (let k = 0; k < p; k++) {
    const column = a[k]!;
    let norm = 0;
    for (let i = k; i < m; i++) norm = Math.hypot(norm, column[i]!);
    largestPivot = Math.max(largestPivot, norm);
    if (norm === 0 || norm <= RANK_TOLERANCE * largestPivot) return null;
    const alpha = column[k]! > 0 ? -norm : norm;
    // Householder vector v = column[k..] − alpha·e₁, stored in place.
    column[k] = column[k]! - alpha;
    let vNormSquared = 0;
    for (let i = k; i < m; i++) vNormSquared += column[i]! * column[i]!;
    const reflect = (target: Float64Array) => {
      let dot = 0;
      for (let i = k; i < m; i++) dot += column[i]! * target[i]!;
      const scale = (2 * dot) / vNormSquared;
      for (let i = k; i < m; i++) target[i] = target[i]! - scale * column[i]!;
    };
    for (let j = k + 1; j < p; j++) reflect(a[j]!);
    reflect(b);
    diagonal[k] = alpha;
  }
  // R: diagonal[k] on the diagonal, a[j][k] (k < j) above it.
  const r = (i: number, j: number) => (i === j ? diagonal[i]! : a[j]![i]!);
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
