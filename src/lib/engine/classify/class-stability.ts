/**
 * Class stability (METHODS 7.5): how often a key keeps its class from one year to the next.
 * For each key (reporter, partner, product) present in two consecutive years t and t+1 of the
 * selection, its class in t against its class in t+1, weighted by its trade T in t+1, summed
 * over every consecutive year pair — for GHM (the class of the overlap) and FF.
 *
 * Decisions this module takes where METHODS is brief:
 * - "present in both years" means T = X + M > 0 in both years, each year within the selection
 *   (a partner that joins a group in t+1 is not in the selection in t, so its keys pair from then);
 * - consecutive means t and t+1 both in the selection: a year without trade breaks the pair
 *   (t−1 and t+1 around a gap are never compared);
 * - GHM keeps the keys with an overlap (X > 0 and M > 0) in both years; the overlap's class is
 *   HIIT, VIIT-sup, VIIT-inf or unclassified (no one-way: without an overlap the key is not kept);
 * - FF keeps the keys that are two-way in at least one of the two years, so one-way → one-way
 *   is always 0;
 * - the keys and classes are classification's own (keysForClassification, keyClasses): the
 *   matrix follows α, θ, the CIF/FOB factor, the level classified (HS4 pairs HS4 headings) and
 *   the unit-value screen, whose outliers are a class of their own when the screen is on;
 * - the weight is T of year t+1 (the whole trade of the key, for GHM too).
 *
 * One pass per year, in year order, over the selected keys (a counting sort by year), with one
 * Map from the key's number to its index in the latest year seen: no object per key, so a
 * million keys cost about a million Map operations.
 */
import { keyClasses, keyRatio, keysForClassification, validateClassifySettings } from './classify';
import { selectionFilter } from './key-filter';
import type { KeyClass } from '../model/queries';
import type { Selection } from '../model/selection';
import type { ClassifySettings, TradeKeys } from '../model/types';

/** One method's transition matrix: rows are the class in year t, columns the class in t+1. */
export interface ClassTransitions {
	/** The classes, in the order of the matrix's rows and columns. */
	classes: KeyClass[];
	/** weights[i][j]: Σ T in t+1 of the key pairs in class i in t and class j in t+1. */
	weights: number[][];
	/** Σ of every weight. */
	weight: number;
	/** The share of the weight whose class did not change (the diagonal); NaN when the weight is 0. */
	stableShare: number;
	/** Key pairs counted: one per key and consecutive year pair kept. */
	keyPairs: number;
}

/** Two consecutive years of the selection, both with trade. */
export interface StabilityYearPair {
	from: number;
	to: number;
}

/** Class stability of a selection, GHM and FF, summed over its consecutive year pairs. */
export interface ClassStabilityResult {
	ghm: ClassTransitions;
	ff: ClassTransitions;
	/** The consecutive year pairs (t, t+1) of the selection with trade in both years, ascending. */
	yearPairs: StabilityYearPair[];
}

/** The classes of the overlap (METHODS 2.1), the screen's outliers last when the screen is on. */
function ghmClassList(screen: boolean): KeyClass[] {
	const classes: KeyClass[] = ['hiit', 'viit-sup', 'viit-inf', 'unclassified'];
	return screen ? [...classes, 'outlier'] : classes;
}

/** FF's classes (METHODS 2.2): the overlap's, then one-way. */
function ffClassList(screen: boolean): KeyClass[] {
	return [...ghmClassList(screen), 'one-way'];
}

/** Each KeyClass's row in `classes`, -1 for a class the matrix does not have. */
function classRows(classes: readonly KeyClass[]): Record<KeyClass, number> {
	const rows: Record<KeyClass, number> = {
		'one-way': -1,
		hiit: -1,
		'viit-sup': -1,
		'viit-inf': -1,
		unclassified: -1,
		outlier: -1
	};
	classes.forEach((cls, row) => (rows[cls] = row));
	return rows;
}

/** A square matrix of weights being summed, kept flat. */
class TransitionTally {
	readonly size: number;
	readonly sums: Float64Array;
	pairs = 0;

	constructor(readonly classes: KeyClass[]) {
		this.size = classes.length;
		this.sums = new Float64Array(this.size * this.size);
	}

	add(from: number, to: number, weight: number): void {
		this.sums[from * this.size + to] += weight;
		this.pairs++;
	}

	result(): ClassTransitions {
		const weights = Array.from({ length: this.size }, (_, row) =>
			Array.from(this.sums.subarray(row * this.size, (row + 1) * this.size))
		);
		let weight = 0;
		let stable = 0;
		weights.forEach((row, i) =>
			row.forEach((value, j) => {
				weight += value;
				if (i === j) stable += value;
			})
		);
		return {
			classes: this.classes,
			weights,
			weight,
			stableShare: weight > 0 ? stable / weight : NaN,
			keyPairs: this.pairs
		};
	}
}

/** The selected keys' indices grouped by year, years ascending (a counting sort). */
interface KeysByYear {
	/** The years with selected keys, ascending. */
	years: number[];
	/** order[start[y] … start[y + 1]) are the key indices of years[y]. */
	start: Int32Array;
	order: Int32Array;
}

function selectedKeysByYear(keys: TradeKeys, inSelection: (k: number) => boolean): KeysByYear {
	let first = Infinity;
	let last = -Infinity;
	const picked: number[] = [];
	for (let k = 0; k < keys.count; k++) {
		if (!inSelection(k)) continue;
		picked.push(k);
		first = Math.min(first, keys.year[k]);
		last = Math.max(last, keys.year[k]);
	}
	if (picked.length === 0) return { years: [], start: new Int32Array(1), order: new Int32Array(0) };

	const span = last - first + 1;
	const counts = new Int32Array(span);
	for (const k of picked) counts[keys.year[k] - first]++;
	const years: number[] = [];
	const start = [0];
	const fill = new Int32Array(span);
	for (let offset = 0; offset < span; offset++) {
		if (counts[offset] === 0) continue;
		fill[offset] = start[start.length - 1];
		years.push(first + offset);
		start.push(fill[offset] + counts[offset]);
	}
	const order = new Int32Array(picked.length);
	for (const k of picked) order[fill[keys.year[k] - first]++] = k;
	return { years, start: Int32Array.from(start), order };
}

/** One number per (reporter, partner, product): 2^32 · 10^6 < 2^53, so it is exact in a double. */
function keyNumber(keys: TradeKeys, k: number): number {
	return (keys.reporter[k] * 65_536 + keys.partner[k]) * 1_000_000 + keys.product[k];
}

/** The transition matrices of GHM and FF over the selection's consecutive year pairs (see above). */
export function classStability(
	readKeys: TradeKeys,
	settings: ClassifySettings,
	selection: Selection
): ClassStabilityResult {
	validateClassifySettings(settings);
	const { keys, screened } = keysForClassification(readKeys, settings);
	const withScreen = screened !== null;
	const ghm = new TransitionTally(ghmClassList(withScreen));
	const ff = new TransitionTally(ffClassList(withScreen));
	const ghmRows = classRows(ghm.classes);
	const ffRows = classRows(ff.classes);
	const ffOneWay = ffRows['one-way'];

	const { years, start, order } = selectedKeysByYear(keys, selectionFilter(keys, selection));
	const yearPairs: StabilityYearPair[] = [];
	for (let y = 1; y < years.length; y++) {
		if (years[y] === years[y - 1] + 1) yearPairs.push({ from: years[y - 1], to: years[y] });
	}

	// Each selected key's row in either matrix (-1 for GHM: no overlap), only when a pair needs it.
	const ghmRow = new Int8Array(keys.count);
	const ffRow = new Int8Array(keys.count);
	const classifyKey = (k: number) => {
		const x = keys.exports[k];
		const m = keys.imports[k];
		const r = keyRatio(keys, k, settings.cifFobFactor);
		const classes = keyClasses(x, m, r, settings, withScreen && screened[k] !== 0);
		ghmRow[k] = ghmRows[classes.ghm]; // 'one-way' (no overlap) is -1
		ffRow[k] = ffRows[classes.ff];
	};

	if (yearPairs.length > 0) {
		// The key's number → its index in the latest year seen so far.
		const latest = new Map<number, number>();
		for (let y = 0; y < years.length; y++) {
			const pairsBack = y > 0 && years[y] === years[y - 1] + 1;
			// The last year has no later year to pair with: nothing to remember.
			const remember = y + 1 < years.length && years[y + 1] === years[y] + 1;
			for (let i = start[y]; i < start[y + 1]; i++) {
				const k = order[i];
				const number = keyNumber(keys, k);
				if (pairsBack || remember) classifyKey(k);
				if (pairsBack) {
					const before = latest.get(number);
					if (before !== undefined && keys.year[before] === years[y] - 1) {
						const weight = keys.exports[k] + keys.imports[k]; // T in t+1
						if (ghmRow[before] >= 0 && ghmRow[k] >= 0) ghm.add(ghmRow[before], ghmRow[k], weight);
						if (ffRow[before] !== ffOneWay || ffRow[k] !== ffOneWay)
							ff.add(ffRow[before], ffRow[k], weight);
					}
				}
				if (remember) latest.set(number, k);
			}
		}
	}

	return { ghm: ghm.result(), ff: ff.result(), yearPairs };
}
