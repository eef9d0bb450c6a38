/**
 * A tiny BACI world file worked out by hand for the world-mode tests (values ×1000 USD, q in t).
 * Countries are interned in reading order: BRA (76) 0, ARG (32) 1, USA (842) 2; each pair's keys
 * are held under the smaller index (BRA–ARG and BRA–USA under BRA, ARG–USA under ARG).
 *
 * BRA–ARG
 *   2021 640399 footwear: BRA→ARG 10 000, nothing back → one-way 10 000 (GHM and FF, both sides).
 *   2022 640399 footwear: X = 86 000 (1 t), M = 100 000 (1 t), T = 186 000, |X − M| = 14 000,
 *     overlap 172 000. R(BRA) = 86 000 / 100 000 = 0.86, R(ARG) = 1 / 0.86 ≈ 1.1628.
 *     α 15 %: GHM band [0.85, 1.15]: BRA HIIT 172 000, ARG VIIT-sup 172 000 (the band is not
 *     symmetric under R → 1/R). FF band [1/1.15 ≈ 0.869565, 1.15]: BRA VIIT-inf 186 000,
 *     ARG VIIT-sup 186 000 (two-way: 0.86 > θ).
 *   2022 847130 machinery: X = 87 000, M = 100 000 (1 t each), T = 187 000, |X − M| = 13 000,
 *     overlap 174 000. R(BRA) = 0.87 ∈ [0.85, 1.15] and ≥ 0.869565; R(ARG) = 1/0.87 ≈ 1.149425 ≤ 1.15:
 *     HIIT from both sides in both methods (GHM 174 000, FF 187 000). Note: R = 0.87 is NOT
 *     asymmetric under GHM at α = 15 %; R = 0.86 above is (HIIT from BRA, VIIT-sup from ARG).
 *   Totals, trade 383 000:
 *     BRA: GHM one-way 37 000, HIIT 346 000.  FF one-way 10 000, HIIT 187 000, VIIT-inf 186 000.
 *     ARG: GHM one-way 37 000, HIIT 174 000, VIIT-sup 172 000.  FF one-way 10 000, HIIT 187 000,
 *          VIIT-sup 186 000.
 * ARG–USA, 2022 100190 vegetable: X(ARG) = 2 000 (1 t), M(ARG) = 50 000 (10 t), T = 52 000.
 *   R(ARG) = 2 000 / (50 000 / 10) = 0.4, R(USA) = 2.5. GHM: one-way 48 000, overlap 4 000: ARG
 *   VIIT-inf, USA VIIT-sup. FF: 2 000 / 50 000 = 0.04 ≤ θ → one-way 52 000 from both sides.
 * BRA–USA, 2022:
 *   020130 animal: X = 30 000 (3 t), M = 20 000 (q NA, missing) → R undefined from both sides:
 *     GHM one-way 10 000 + unclassified 40 000; FF two-way (2/3 > θ) unclassified 50 000.
 *   870323 transport: USA→BRA 40 000 only → one-way 40 000 in both methods.
 *   Both sides: trade 90 000; GHM one-way 50 000, unclassified 40 000; FF one-way 40 000,
 *   unclassified 50 000.
 * Country totals: BRA 473 000, ARG 435 000, USA 142 000 (the matrix order). Σ pairs 525 000.
 * Dropped: 76→0 (world, 9 000), 76→76 (self-trade, 5 000), 76→697 (aggregate "nes", 7 000).
 */
import type { ClassSplit, ReadOptions } from '../../../src/lib/engine/model/types';

export const WORLD_CSV = [
	't,i,j,k,v,q',
	'2021,76,32,640399,10,1',
	'2022,32,76,640399,100,1',
	'2022,32,76,847130,100,1',
	'2022,32,842,100190,2,1',
	'2022,76,0,847130,9,1',
	'2022,76,32,640399,86,1',
	'2022,76,32,847130,87,1',
	'2022,76,76,847130,5,1',
	'2022,76,697,847130,7,1',
	'2022,76,842,20130,30,3',
	'2022,842,32,100190,50,10',
	'2022,842,76,20130,20,NA',
	'2022,842,76,870323,40,2'
].join('\n');

/** World mode's read options. */
export const ALL_PAIRS: ReadOptions = {
	format: 'baci',
	reporter: null,
	allPairs: true,
	quantityBasis: 'auto',
	includeReExports: false
};

/** A ClassSplit with the given classes, the rest zero. */
export function split(parts: Partial<ClassSplit>): ClassSplit {
	return { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0, ...parts };
}
