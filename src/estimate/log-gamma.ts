// log Γ(x) for x > 0, to about 1e-15 relative: the profile likelihood takes differences of
// log-factorials of population sizes in the tens of thousands, so the large-x end matters most.

const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  // Shift small arguments up with Γ(x+1) = xΓ(x) until the asymptotic series is accurate.
  let shift = 0;
  while (x < 15) {
    shift += Math.log(x);
    x += 1;
  }
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  let series = 0;
  let power = inverse;
  for (const coefficient of STIRLING) {
    series += coefficient * power;
    power *= inverseSquared;
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
}
