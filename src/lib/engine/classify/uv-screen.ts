/**
 * The unit-value screen (METHODS 7.1): flags the flows whose unit value is an outlier of its
 * group (year, product at the level classified, quantity unit), over every flow of the analysis
 * with a value > 0 and a usable quantity. Groups are gathered by a counting sort into one
 * Float64Array, so 1 M keys cost two passes and one sort per group, not an object per flow.
 */
import type { TradeKeys, UvScreen } from '../model/types';
import { NumberIndex } from './number-index';

/** Bits of a key's screen flags. */
export const EXPORT_OUTLIER = 1;
export const IMPORT_OUTLIER = 2;

/** Below this many unit values a group is not screened by quantiles (METHODS 7.1). */
const MIN_QUANTILE_GROUP = 5;

/** Throws a RangeError unless p ∈ (0, 0.5) or k > 1. */
export function validateUvScreen(screen: UvScreen): void {
	if (screen.rule === 'quantile' && !(screen.p > 0 && screen.p < 0.5)) {
		throw new RangeError(`the quantile screen's p must be in (0, 0.5), got ${screen.p}`);
	}
	if (screen.rule === 'mean' && !(screen.k > 1 && Number.isFinite(screen.k))) {
		throw new RangeError(
			`the mean-multiple screen's k must be a finite number > 1, got ${screen.k}`
		);
	}
}

/** The screen as text, as the CLI takes it and the exports name it: `quantile:0.05`, `mean:5`. */
export function uvScreenText(screen: UvScreen): string {
	return screen.rule === 'quantile' ? `quantile:${screen.p}` : `mean:${screen.k}`;
}

/** R's quantile(type = 7) of a sorted run, written as R writes it so that ties at a bound agree. */
export function quantileType7(sorted: Float64Array, p: number): number {
	return runQuantile(sorted, 0, sorted.length, p);
}

/** quantileType7 of the sorted run values[from] … values[from + length − 1] (no subarray per group). */
function runQuantile(values: Float64Array, from: number, length: number, p: number): number {
	const index = (length - 1) * p; // 0-based form of R's 1 + (n − 1)·p
	const lo = Math.floor(index);
	const hi = Math.ceil(index);
	const low = values[from + lo];
	if (!(index > lo) || values[from + hi] === low) return low;
	const h = index - lo;
	return (1 - h) * low + h * values[from + hi];
}

/** The flow's group number, or -1 when it takes no part (no value, no usable quantity). */
function groupNumber(year: number, product: number, unit: number, value: number, qty: number) {
	if (!(value > 0) || !(qty > 0 && qty < Infinity) || unit < 0) return -1;
	// year < 2^12, product < 10^6, unit < 2^15: the product fits in 2^53 exactly.
	return (year * 1_000_000 + product) * 32_768 + unit;
}

/**
 * Per key, its screen flags (EXPORT_OUTLIER | IMPORT_OUTLIER): which of its flows' unit values
 * the rule calls an outlier. Keys are taken as they are (products already at the level classified).
 */
export function screenUnitValues(keys: TradeKeys, screen: UvScreen): Uint8Array {
	return screenUnitValuesEach(keys, [screen])[0];
}

/**
 * screenUnitValues by each of several rules, the groups gathered (and sorted) once for all: the
 * robustness table screens the same keys by both rules.
 */
export function screenUnitValuesEach(keys: TradeKeys, screens: readonly UvScreen[]): Uint8Array[] {
	for (const screen of screens) validateUvScreen(screen);
	const groups = flowGroups(keys);
	// The mean rules read the runs in flow order (their sums' order), before any run is sorted.
	const bounds = screens.map((screen) =>
		screen.rule === 'mean' ? meanBounds(groups, screen.k) : null
	);
	if (screens.some((screen) => screen.rule === 'quantile')) sortRuns(groups);
	return screens.map((screen, i) =>
		outlierFlags(keys, groups, bounds[i] ?? quantileBounds(groups, screen))
	);
}

/** Every flow's group, and the groups' unit values side by side. */
interface FlowGroups {
	/** Per flow (2k exports, 2k + 1 imports of key k), its group; -1 when it takes no part. */
	groupOf: Int32Array;
	/** Group g's unit values are values[start[g]] … values[start[g + 1] − 1]. */
	start: Int32Array;
	values: Float64Array;
}

/** Gathers the flows into their groups by a counting sort. */
function flowGroups(keys: TradeKeys): FlowGroups {
	const { count: n, year, product, exports, imports, exportQty, importQty } = keys;
	const { exportUnit, importUnit } = keys;
	const groupOf = new Int32Array(2 * n).fill(-1);
	// Groups hold many flows: a small table that grows stays in the cache.
	const ids = new NumberIndex(2 * n, 1024);
	let sizes: Int32Array = new Int32Array(1024);
	// Puts flow f in group id.
	const place = (f: number, id: number) => {
		if (id === sizes.length) sizes = grown(sizes);
		sizes[id]++;
		groupOf[f] = id;
	};
	for (let k = 0; k < n; k++) {
		const x = exports[k];
		const qx = exportQty[k];
		const ux = exportUnit[k];
		const xNumber = groupNumber(year[k], product[k], ux, x, qx);
		const xId = xNumber < 0 ? -1 : ids.indexOf(xNumber, year[k] * 32_768 + ux, product[k]);
		if (xId >= 0) place(2 * k, xId);
		const m = imports[k];
		const qm = importQty[k];
		const um = importUnit[k];
		const mNumber = groupNumber(year[k], product[k], um, m, qm);
		if (mNumber < 0) continue;
		// Both flows of a key mostly share a unit, so its group: one look-up for the two.
		const mId = mNumber === xNumber ? xId : ids.indexOf(mNumber, year[k] * 32_768 + um, product[k]);
		place(2 * k + 1, mId);
	}
	const groups = ids.size;
	const start = new Int32Array(groups + 1);
	for (let g = 0; g < groups; g++) start[g + 1] = start[g] + sizes[g];
	const fill = start.slice(0, groups);
	const values = new Float64Array(start[groups]);
	for (let f = 0; f < 2 * n; f++) {
		const g = groupOf[f];
		if (g >= 0) values[fill[g]++] = flowUnitValue(keys, f);
	}
	return { groupOf, start, values };
}

/** The array with twice the room, its numbers kept. */
function grown(array: Int32Array): Int32Array {
	const bigger = new Int32Array(2 * array.length);
	bigger.set(array);
	return bigger;
}

/** Each group's bounds: a unit value below low[g] or above high[g] is an outlier. */
interface Bounds {
	low: Float64Array;
	high: Float64Array;
}

function unboundedBounds(groupCount: number): Bounds {
	return {
		low: new Float64Array(groupCount).fill(-Infinity),
		high: new Float64Array(groupCount).fill(Infinity)
	};
}

/** The mean-multiple rule's bounds: mean / k and k · mean; groups of one UV are not screened. */
function meanBounds({ start, values }: FlowGroups, k: number): Bounds {
	const bounds = unboundedBounds(start.length - 1);
	for (let g = 0; g + 1 < start.length; g++) {
		const from = start[g];
		const length = start[g + 1] - from;
		if (length < 2) continue;
		let sum = 0;
		for (let i = 0; i < length; i++) sum += values[from + i];
		const mean = sum / length;
		bounds.low[g] = mean / k;
		bounds.high[g] = k * mean;
	}
	return bounds;
}

/** Sorts each group's run in place (the quantile rule's order). */
function sortRuns({ start, values }: FlowGroups): void {
	for (let g = 0; g + 1 < start.length; g++) {
		const from = start[g];
		const to = start[g + 1];
		if (to - from < MIN_QUANTILE_GROUP) continue;
		if (to - from > SHORT_RUN) values.subarray(from, to).sort();
		else insertionSort(values, from, to);
	}
}

/** Up to this many unit values a group is sorted in place by insertion (most groups are small). */
const SHORT_RUN = 48;

/** Sorts values[from … to − 1] ascending, as TypedArray sort does for these (finite) numbers. */
function insertionSort(values: Float64Array, from: number, to: number): void {
	for (let i = from + 1; i < to; i++) {
		const value = values[i];
		let j = i - 1;
		while (j >= from && values[j] > value) {
			values[j + 1] = values[j];
			j--;
		}
		values[j + 1] = value;
	}
}

/** The quantile rule's bounds Q(p) and Q(1 − p) of the sorted runs; small groups are not screened. */
function quantileBounds({ start, values }: FlowGroups, screen: UvScreen): Bounds {
	const bounds = unboundedBounds(start.length - 1);
	if (screen.rule !== 'quantile') return bounds;
	for (let g = 0; g + 1 < start.length; g++) {
		const length = start[g + 1] - start[g];
		if (length < MIN_QUANTILE_GROUP) continue;
		bounds.low[g] = runQuantile(values, start[g], length, screen.p);
		bounds.high[g] = runQuantile(values, start[g], length, 1 - screen.p);
	}
	return bounds;
}

/** Per key, the flags of its flows outside their group's bounds. */
function outlierFlags(keys: TradeKeys, { groupOf }: FlowGroups, bounds: Bounds): Uint8Array {
	const { low, high } = bounds;
	const flags = new Uint8Array(keys.count);
	for (let f = 0; f < groupOf.length; f++) {
		const g = groupOf[f];
		if (g < 0) continue;
		const uv = flowUnitValue(keys, f);
		// Strict on both sides (METHODS 7.1): a unit value equal to a bound is kept.
		if (uv < low[g] || uv > high[g])
			flags[f >> 1] |= (f & 1) === 0 ? EXPORT_OUTLIER : IMPORT_OUTLIER;
	}
	return flags;
}

/** UV of flow f: key f >> 1, exports when f is even, imports when odd (no CIF/FOB factor: METHODS 7.1). */
function flowUnitValue(keys: TradeKeys, f: number): number {
	const k = f >> 1;
	return (f & 1) === 0 ? keys.exports[k] / keys.exportQty[k] : keys.imports[k] / keys.importQty[k];
}
