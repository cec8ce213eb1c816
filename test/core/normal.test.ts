import fc from 'fast-check';
import { normalInverse } from '../../src/core/normal';

/**
 * Φ⁻¹(p) computed at 50 digits (mpmath: √2 · erfinv(2p − 1), checked by ncdf) and rounded
 * to the nearest double, for the double nearest each p, on a log grid over (1e-12, 1 − 1e-12)
 * that crosses all three branches of AS 241: |p − ½| ≤ 0.425, the tails, and beyond
 * e^-25 ≈ 1.389e-11.
 */
const REFERENCE: Array<[number, number]> = [
  [1e-12, -7.034483825301132],
  [2.5e-12, -6.905576371994691],
  [5e-12, -6.806502490740626],
  [1e-11, -6.706023155495136],
  [1.3887943864964021e-11, -6.657904643501103],
  [2.4999999999999998e-11, -6.570935847293073],
  [4.9999999999999995e-11, -6.466951087240516],
  [1e-10, -6.361340902404057],
  [2.5e-10, -6.2191045740435],
  [5e-10, -6.1094102048693975],
  [1e-9, -5.9978070150076865],
  [2.5e-9, -5.847172145099801],
  [5e-9, -5.73072886823629],
  [1e-8, -5.612001244174789],
  [2.5e-8, -5.451310437845478],
  [5e-8, -5.326723886384496],
  [1e-7, -5.1993375821928165],
  [2.5e-7, -5.026312836056685],
  [5e-7, -4.89163847569859],
  [1e-6, -4.753424308822899],
  [2.4999999999999998e-6, -4.564787730280885],
  [4.9999999999999996e-6, -4.417173413469022],
  [1e-5, -4.264890793922825],
  [2.5e-5, -4.055626981122401],
  [5e-5, -3.890591886413094],
  [0.0001, -3.7190164854556804],
  [0.00025, -3.480756404346213],
  [0.0005, -3.290526731491895],
  [0.001, -3.0902323061678136],
  [0.0025, -2.8070337683438042],
  [0.005, -2.575829303548901],
  [0.01, -2.326347874040841],
  [0.025, -1.9599639845400543],
  [0.05, -1.6448536269514726],
  [0.0749, -1.4402382675279637],
  [0.075, -1.439531470938456],
  [0.0751, -1.43882539275254],
  [0.1, -1.2815515655446004],
  [0.2, -0.8416212335729142],
  [0.25, -0.6744897501960817],
  [0.3, -0.5244005127080408],
  [0.4, -0.2533471031357997],
  [0.45, -0.12566134685507402],
  [0.5, 0.0],
  [0.999999999999, 7.0344869100478356],
  [0.9999999999975, 6.905576360249918],
  [0.999999999995, 6.806502478831548],
  [0.99999999999, 6.706023143414748],
  [0.9999999999861121, 6.657905204845547],
  [0.999999999975, 6.570935834974603],
  [0.99999999995, 6.466951074732419],
  [0.9999999999, 6.361340889697422],
  [0.99999999975, 6.219104561059513],
  [0.9999999995, 6.109410191663287],
  [0.999999999, 5.9978070196016375],
  [0.9999999975, 5.847172146111127],
  [0.999999995, 5.73072886926708],
  [0.99999999, 5.612001243305505],
  [0.999999975, 5.451310438136473],
  [0.99999995, 5.3267238862783985],
  [0.9999999, 5.199337582290661],
  [0.99999975, 5.026312836029867],
  [0.9999995, 4.891638475714779],
  [0.999999, 4.753424308817087],
  [0.9999975, 4.56478773027951],
  [0.999995, 4.417173413467606],
  [0.99999, 4.264890793923841],
  [0.999975, 4.055626981121908],
  [0.99995, 3.890591886413121],
  [0.9999, 3.7190164854557084],
  [0.99975, 3.4807564043462422],
  [0.9995, 3.290526731491926],
  [0.999, 3.090232306167813],
  [0.9975, 2.807033768343811],
  [0.995, 2.5758293035489004],
  [0.99, 2.3263478740408408],
  [0.975, 1.9599639845400538],
  [0.95, 1.6448536269514722],
  [0.9251, 1.440238267527964],
  [0.925, 1.4395314709384561],
  [0.9249, 1.4388253927525403],
  [0.9, 1.2815515655446006],
  [0.8, 0.8416212335729144],
  [0.75, 0.6744897501960817],
  [0.7, 0.5244005127080407],
  [0.6, 0.2533471031357997],
  [0.55, 0.12566134685507416],
];

describe('normalInverse (Wichura AS 241)', () => {
  it('gives the z of the usual service levels', () => {
    expect(normalInverse(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalInverse(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalInverse(0.999)).toBeCloseTo(3.090232306167813, 14);
    expect(normalInverse(1e-10)).toBeCloseTo(-6.361340902404056, 13);
    expect(normalInverse(0.5)).toBe(0);
  });

  it.each(REFERENCE)('matches Φ⁻¹(%p) = %p to 1e-9 and better', (p, z) => {
    const error = Math.abs(normalInverse(p) - z);
    expect(error).toBeLessThanOrEqual(1e-9);
    // AS 241 promises about 1e-16 relative; a coefficient copied wrong shows up here first.
    expect(error).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(z)));
  });

  it('is antisymmetric around ½: Φ⁻¹(1 − p) = −Φ⁻¹(p)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), (p) => {
        // 1 − p rounds, and in the far tail that rounding alone moves z by 1e-5; so take
        // p' = 1 − (1 − p), whose complement is exact, and ask for exact symmetry.
        const upper = 1 - p;
        expect(normalInverse(upper) + normalInverse(1 - upper)).toBe(0);
      }),
    );
    expect(normalInverse(0.975)).toBe(-normalInverse(1 - 0.975));
  });

  it('never decreases as p grows, across the branch edges too', () => {
    const edges = [0.075, 0.925, Math.exp(-25), 1 - Math.exp(-25)];
    for (const edge of edges) {
      const below = edge - 1e-15;
      const above = edge + 1e-15;
      expect(normalInverse(below)).toBeLessThanOrEqual(normalInverse(edge));
      expect(normalInverse(edge)).toBeLessThanOrEqual(normalInverse(above));
    }
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(normalInverse(lo)).toBeLessThanOrEqual(normalInverse(hi));
        },
      ),
    );
  });

  it('gives a finite z for every double strictly between 0 and 1', () => {
    expect(Number.isFinite(normalInverse(Number.MIN_VALUE))).toBe(true);
    expect(Number.isFinite(normalInverse(1 - 2 ** -53))).toBe(true);
  });

  it.each([0, 1, -0.1, 1.5, Number.NaN])('refuses %p, which callers must catch first', (p) => {
    expect(() => normalInverse(p)).toThrow(RangeError);
  });
});
