/**
 * World reference unit values (METHODS 9): per (year, HS6, quantity unit), the value-weighted
 * median of the unit values of every flow of an all-pairs read. Column form and one sort per
 * group, so a BACI world year (~9 M keys, up to two flows each) needs no object per flow.
 */
import type { TradeKeys } from '../model/types';

/**
 * The reference unit value of every (year, product, unit) with at least one usable flow,
 * sorted by year, product, unit. Index `g` in every array is group `g`.
 */
export interface ReferenceUnitValues {
	count: number;
	year: Uint16Array;
	/** HS6 as an integer, as in TradeKeys. */
	product: Int32Array;
	/** Index into `units` (the keys' own unit list). */
	unit: Int16Array;
	/** The lower value-weighted median of the flows' unit values (USD per unit). */
	ref: Float64Array;
	/** Flows with a usable quantity in the group, and their value (the median's weights). */
	flows: Uint32Array;
	value: Float64Array;
	units: string[];
}

/** The reference unit values with, for every key, the group of each of its two flows. */
export interface FlowGroups {
	refs: ReferenceUnitValues;
	/** Group (index into refs) of the key's X flow (reporter → partner); -1 without a usable quantity or value. */
	exportGroup: Int32Array;
	/** Group of the key's M flow (partner → reporter); -1 likewise. */
	importGroup: Int32Array;
}

/*
 * Groups are numbered by one safe integer that sorts as (year, product, unit): year < 2^16,
 * product < 10^6 (HS6), unit < 2^15, so the code stays below 2^53 and a numeric sort of codes
 * is the tuple order.
 */
const PRODUCT_SPAN = 1_000_000;
const UNIT_SPAN = 32_768;

function groupCode(year: number, product: number, unit: number): number {
	return (year * PRODUCT_SPAN + product) * UNIT_SPAN + unit;
}

/**
 * A flow's quantity is usable when it has a unit, is finite and positive (METHODS 1.2: zero or
 * negative quantities and Comtrade's "no quantity" make the unit value undefined); a flow of
 * value 0 is no flow (the key's other side only).
 */
function usable(value: number, quantity: number, unit: number): boolean {
	return (
		value > 0 && Number.isFinite(value) && unit >= 0 && quantity > 0 && Number.isFinite(quantity)
	);
}

/** The world reference unit value of every (year, product, unit) of an all-pairs read. */
export function worldReferenceUnitValues(keys: TradeKeys): ReferenceUnitValues {
	return referenceGroups(keys).refs;
}

/**
 * The reference unit values and each flow's group: what priceRanges needs, computed once so that
 * ranking again at another α sorts nothing.
 */
export function referenceGroups(keys: TradeKeys): FlowGroups {
	const { count } = keys;
	const exportGroup = new Int32Array(count).fill(-1);
	const importGroup = new Int32Array(count).fill(-1);

	// Pass 1: intern the groups in encounter order and count their flows.
	const interned = new Map<number, number>();
	const codes: number[] = [];
	let sizes = new Uint32Array(1024);
	const groupOf = (k: number, product: number, unit: number): number => {
		if (!(product >= 0 && product < PRODUCT_SPAN)) {
			throw new RangeError(`product ${product} of key ${k} is not an HS6 code`);
		}
		const code = groupCode(keys.year[k], product, unit);
		let g = interned.get(code);
		if (g === undefined) {
			g = codes.length;
			interned.set(code, g);
			codes.push(code);
			if (g === sizes.length) {
				const grown = new Uint32Array(2 * g);
				grown.set(sizes);
				sizes = grown;
			}
		}
		sizes[g]++;
		return g;
	};
	for (let k = 0; k < count; k++) {
		const product = keys.product[k];
		if (usable(keys.exports[k], keys.exportQty[k], keys.exportUnit[k])) {
			exportGroup[k] = groupOf(k, product, keys.exportUnit[k]);
		}
		if (usable(keys.imports[k], keys.importQty[k], keys.importUnit[k])) {
			importGroup[k] = groupOf(k, product, keys.importUnit[k]);
		}
	}

	// Renumber the groups in (year, product, unit) order so the output reads sorted and
	// referenceUnitValue can search it.
	const groups = codes.length;
	const byCode = Float64Array.from(codes).sort();
	const renumber = new Int32Array(groups);
	for (let g = 0; g < groups; g++) renumber[g] = sortedIndex(byCode, codes[g]);
	const start = new Uint32Array(groups + 1);
	for (let g = 0; g < groups; g++) start[renumber[g] + 1] = sizes[g];
	for (let g = 0; g < groups; g++) start[g + 1] += start[g];
	for (let k = 0; k < count; k++) {
		if (exportGroup[k] >= 0) exportGroup[k] = renumber[exportGroup[k]];
		if (importGroup[k] >= 0) importGroup[k] = renumber[importGroup[k]];
	}

	// Pass 2: each flow's unit value and weight into its group's segment.
	const flowCount = start[groups];
	const uv = new Float64Array(flowCount);
	const weight = new Float64Array(flowCount);
	const fill = start.slice(0, groups);
	for (let k = 0; k < count; k++) {
		const gx = exportGroup[k];
		if (gx >= 0) {
			const at = fill[gx]++;
			uv[at] = keys.exports[k] / keys.exportQty[k];
			weight[at] = keys.exports[k];
		}
		const gm = importGroup[k];
		if (gm >= 0) {
			const at = fill[gm]++;
			uv[at] = keys.imports[k] / keys.importQty[k];
			weight[at] = keys.imports[k];
		}
	}

	const refs: ReferenceUnitValues = {
		count: groups,
		year: new Uint16Array(groups),
		product: new Int32Array(groups),
		unit: new Int16Array(groups),
		ref: new Float64Array(groups),
		flows: new Uint32Array(groups),
		value: new Float64Array(groups),
		units: keys.units
	};
	const order = new Uint32Array(flowCount);
	for (let i = 0; i < flowCount; i++) order[i] = i;
	for (let g = 0; g < groups; g++) {
		const code = byCode[g];
		refs.unit[g] = code % UNIT_SPAN;
		const yearProduct = (code - refs.unit[g]) / UNIT_SPAN;
		refs.product[g] = yearProduct % PRODUCT_SPAN;
		refs.year[g] = (yearProduct - refs.product[g]) / PRODUCT_SPAN;
		refs.flows[g] = start[g + 1] - start[g];
		const segment = order.subarray(start[g], start[g + 1]);
		const median = lowerWeightedMedian(segment, uv, weight);
		refs.ref[g] = median.uv;
		refs.value[g] = median.total;
	}
	return { refs, exportGroup, importGroup };
}

/** Index of `code` in the ascending `sorted` (it is there). */
function sortedIndex(sorted: Float64Array, code: number): number {
	let lo = 0;
	let hi = sorted.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < code) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The smallest unit value u whose cumulative weight (of all flows with UV ≤ u) reaches half the
 * total: the lower weighted median, so an exact split takes the lower of the two middle values.
 * Sorts `segment` (flow indexes) in place by unit value. The total is summed in the same order
 * as the running sum, so the last flow always reaches it: no rounding can leave the scan empty.
 */
function lowerWeightedMedian(
	segment: Uint32Array,
	uv: Float64Array,
	weight: Float64Array
): { uv: number; total: number } {
	if (segment.length > 1) segment.sort((a, b) => uv[a] - uv[b]);
	let total = 0;
	for (let i = 0; i < segment.length; i++) total += weight[segment[i]];
	let running = 0;
	for (let i = 0; i < segment.length; i++) {
		running += weight[segment[i]];
		// Doubling is exact in binary floating point: running ≥ total / 2 without a rounded half.
		if (2 * running >= total) return { uv: uv[segment[i]], total };
	}
	return { uv: NaN, total };
}

/**
 * The reference unit value of one (year, product, unit index into `refs.units`), for a pair's
 * detail; NaN when no flow of that group has a usable quantity.
 */
export function referenceUnitValue(
	refs: ReferenceUnitValues,
	year: number,
	product: number,
	unit: number
): number {
	if (!(product >= 0 && product < PRODUCT_SPAN && unit >= 0 && unit < UNIT_SPAN)) return NaN;
	const code = groupCode(year, product, unit);
	let lo = 0;
	let hi = refs.count;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (groupCode(refs.year[mid], refs.product[mid], refs.unit[mid]) < code) lo = mid + 1;
		else hi = mid;
	}
	const found =
		lo < refs.count &&
		refs.year[lo] === year &&
		refs.product[lo] === product &&
		refs.unit[lo] === unit;
	return found ? refs.ref[lo] : NaN;
}
