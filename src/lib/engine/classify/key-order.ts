/**
 * Orders for the product drill-down: every key by year, partner and product (the tie order,
 * built once per TradeKeys), and the positions of the first rows of a page by a column's value
 * (a heap for early pages, a radix sort for deep ones). Typed arrays only, no row objects.
 */
import type { TradeKeys } from '../model/types';

/** The rank of each country index when ids are in ascending order (as cells sort partners). */
export function partnerRanks(keys: TradeKeys): Uint32Array {
	const ids = keys.countries;
	const byId = Array.from(ids.keys()).sort((a, b) =>
		ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0
	);
	const ranks = new Uint32Array(ids.length);
	byId.forEach((index, rank) => (ranks[index] = rank));
	return ranks;
}

/** Every key index ordered by year, partner id and product (the tie order), kept per TradeKeys. */
const tieOrders = new WeakMap<TradeKeys, Uint32Array>();

/**
 * Builds the tie order ahead of the first drill-down (the worker calls it after a read), so the
 * first page answers as fast as the next ones; it costs a few hundred ms at a million keys.
 */
export function prepareDrillDown(keys: TradeKeys): void {
	tieOrder(keys);
}

export function tieOrder(keys: TradeKeys): Uint32Array {
	let order = tieOrders.get(keys);
	if (order) return order;
	const ranks = partnerRanks(keys);
	const n = keys.count;
	const hi = new Uint32Array(n);
	const lo = new Uint32Array(n);
	order = new Uint32Array(n);
	for (let k = 0; k < n; k++) {
		order[k] = k;
		hi[k] = keys.year[k] * 65_536 + ranks[keys.partner[k]]; // both under 2^16: fits 32 bits
		lo[k] = keys.product[k] >>> 0;
	}
	order = radixSort(order, hi, lo);
	tieOrders.set(keys, order);
	return order;
}

/** Which 32-bit word of a double is the high one (all current platforms are little-endian). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Positions 0 … n−1 of `values` in the page order: by value, ascending or descending, NaN last
 * either way, ties by position (the tie order). Only the first `needed` are sure to be in place:
 * a first page is picked with a heap, deeper pages sort everything.
 */
export function orderedPositions(
	values: Float64Array,
	descending: boolean,
	needed: number
): Uint32Array {
	const sign = descending ? -1 : 1;
	// Whether position a comes before position b.
	const before = (a: number, b: number): boolean => {
		const va = values[a];
		const vb = values[b];
		if (Number.isNaN(va) || Number.isNaN(vb)) {
			return Number.isNaN(va) === Number.isNaN(vb) ? a < b : Number.isNaN(vb);
		}
		return va === vb ? a < b : sign * (va - vb) < 0;
	};
	if (needed * 8 <= values.length) return firstPositions(values.length, needed, before);
	return radixPositions(values, descending);
}

/** The first `needed` of `count` positions in `before` order, found with a max-heap (O(count · log needed)). */
function firstPositions(
	count: number,
	needed: number,
	before: (a: number, b: number) => boolean
): Uint32Array {
	const heap = new Uint32Array(needed); // heap[0]: the last of the kept positions
	let size = 0;
	const swap = (i: number, j: number) => {
		const kept = heap[i];
		heap[i] = heap[j];
		heap[j] = kept;
	};
	for (let p = 0; p < count && needed > 0; p++) {
		let at: number;
		if (size < needed) {
			heap[(at = size++)] = p;
			for (let up = (at - 1) >> 1; at > 0 && before(heap[up], heap[at]); up = (at - 1) >> 1) {
				swap(at, up);
				at = up;
			}
		} else if (before(p, heap[0])) {
			heap[(at = 0)] = p;
			for (;;) {
				const [left, right] = [2 * at + 1, 2 * at + 2];
				let last = at;
				if (left < size && before(heap[last], heap[left])) last = left;
				if (right < size && before(heap[last], heap[right])) last = right;
				if (last === at) break;
				swap(at, last);
				at = last;
			}
		}
	}
	return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}

/**
 * Every position sorted stably by value (so ties keep position order), NaN last: doubles are
 * mapped to unsigned 64-bit keys that order alike and radix-sorted, O(n) with no comparator.
 */
function radixPositions(values: Float64Array, descending: boolean): Uint32Array {
	const n = values.length;
	const order = new Uint32Array(n);
	const hi = new Uint32Array(n);
	const lo = new Uint32Array(n);
	const nans = new Uint32Array(n);
	const double = new Float64Array(1);
	const words = new Uint32Array(double.buffer);
	let count = 0;
	let nanCount = 0;
	for (let p = 0; p < n; p++) {
		if (Number.isNaN(values[p])) {
			nans[nanCount++] = p;
			continue;
		}
		double[0] = values[p] + 0; // −0 + 0 is +0: the two zeros tie
		let h = words[HIGH_WORD];
		let l = words[1 - HIGH_WORD];
		// IEEE order to unsigned order: set the sign bit of positives, flip every bit of negatives.
		if (h >>> 31 === 1) {
			h = ~h >>> 0;
			l = ~l >>> 0;
		} else h = (h | 0x8000_0000) >>> 0;
		order[count] = p;
		hi[count] = descending ? ~h >>> 0 : h;
		lo[count] = descending ? ~l >>> 0 : l;
		count++;
	}
	const sorted = radixSort(order.subarray(0, count), hi.subarray(0, count), lo.subarray(0, count));
	const result = new Uint32Array(n);
	result.set(sorted);
	result.set(nans.subarray(0, nanCount), count);
	return result;
}

/** Stable LSD radix sort of `order` by the unsigned 64-bit keys (hi, lo) at the same positions, 16 bits a pass. */
function radixSort(order: Uint32Array, hi: Uint32Array, lo: Uint32Array): Uint32Array {
	const n = order.length;
	if (n < 2) return order;
	let [o, h, l]: Uint32Array[] = [order, hi, lo];
	let [o2, h2, l2]: Uint32Array[] = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
	const counts = new Uint32Array(65_536);
	for (let pass = 0; pass < 4; pass++) {
		const words = pass < 2 ? l : h;
		const shift = (pass & 1) * 16;
		counts.fill(0);
		for (let i = 0; i < n; i++) counts[(words[i] >>> shift) & 0xffff]++;
		if (counts[(words[0] >>> shift) & 0xffff] === n) continue; // all share this digit
		let sum = 0;
		for (let digit = 0; digit < 65_536; digit++) {
			const c = counts[digit];
			counts[digit] = sum;
			sum += c;
		}
		for (let i = 0; i < n; i++) {
			const at = counts[(words[i] >>> shift) & 0xffff]++;
			o2[at] = o[i];
			h2[at] = h[i];
			l2[at] = l[i];
		}
		[o, o2, h, h2, l, l2] = [o2, o, h2, h, l2, l];
	}
	return o;
}
