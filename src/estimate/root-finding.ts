// One-dimensional search for the profile likelihood: a maximum on an interval (Brent's method
// with golden-section fallback) and the crossing of a level (bisection guarded regula falsi).

const GOLDEN = (3 - Math.sqrt(5)) / 2;

/** The x in [low, high] maximising f, to within `tolerance` (relative to |x|, plus a small absolute floor). */
export function maximise(f: (x: number) => number, low: number, high: number, tolerance = 1e-10): { x: number; value: number } {
  // Brent (1973), "localmin", written for a maximum by minimising −f.
  const g = (x: number) => -f(x);
  let a = low;
  let b = high;
  let x = a + GOLDEN * (b - a);
  let w = x;
  let v = x;
  let fx = g(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const middle = (a + b) / 2;
    const tol1 = tolerance * Math.abs(x) + 1e-10;
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - (b - a) / 2) break;
    let golden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      if (Math.abs(p) < Math.abs(0.5 * q * e) && p > q * (a - x) && p < q * (b - x)) {
        e = d;
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = x < middle ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = (x < middle ? b : a) - x;
      d = GOLDEN * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = g(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      [v, fv, w, fw, x, fx] = [w, fw, x, fx, u, fu];
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        [v, fv, w, fw] = [w, fw, u, fu];
      } else if (fu <= fv || v === x || v === w) {
        [v, fv] = [u, fu];
      }
    }
  }
  return { x, value: -fx };
}

/**
 * The root of f between `low` and `high`, where f changes sign, to within `tolerance` relative.
 * Regula falsi (Illinois variant) keeps the bracket; it converges superlinearly on smooth f.
 */
export function findRoot(f: (x: number) => number, low: number, high: number, tolerance = 1e-12): number {
  let a = low;
  let b = high;
  let fa = f(a);
  let fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError(`no sign change between ${low} and ${high}`);
  let side = 0;
  let previous = Number.NaN;
  for (let iteration = 0; iteration < 300; iteration++) {
    let c = (a * fb - b * fa) / (fb - fa);
    // Fall back to bisection when the secant lands at an end (flat or badly scaled f).
    if (!(c > Math.min(a, b) && c < Math.max(a, b))) c = (a + b) / 2;
    const fc = f(c);
    if (fc === 0 || Math.abs(b - a) <= tolerance * Math.abs(c) || Math.abs(c - previous) <= tolerance * Math.abs(c)) return c;
    previous = c;
    if (Math.sign(fc) === Math.sign(fb)) {
      b = c;
      fb = fc;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = c;
      fa = fc;
      if (side === 1) fb /= 2;
      side = 1;
    }
  }
  return (a + b) / 2;
}
