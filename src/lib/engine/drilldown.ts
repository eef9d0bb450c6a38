/**
 * The product drill-down: the keys of a selection one by one (METHODS 1–2), searched, sorted
 * and paged in the worker. Keys are chosen and ordered as indices in typed arrays; row objects
 * are built only for the page, so a million keys answer well within a view update.
 */
import {
	emptySplit,
	ffSplit,
	ghmSplit,
	keyClasses,
	keyRatio,
	unitValue,
	validateClassifySettings
} from './classify';
import { sectorIndexOfProduct } from './codes/sectors';
import { selectionFilter } from './key-filter';
import type { ProductPage, ProductQuery, ProductRow, ProductSortKey } from './queries';
import { SECTOR_IDS, type ClassifySettings, type TradeKeys } from './types';

/** An HS6 code as its 6-character text (10121 → '010121'). */
export function hs6Code(product: number): string {
	return String(product).padStart(6, '0');
}

/** A page of the selection's keys matching the search, sorted and paged, with totals over all matches. */
export function productPage(
	keys: TradeKeys,
	settings: ClassifySettings,
	query: ProductQuery
): ProductPage {
	validateClassifySettings(settings);
	const { offset, limit } = query;
	if (!(Number.isInteger(offset) && offset >= 0 && Number.isInteger(limit) && limit >= 0)) {
		throw new RangeError(`offset and limit must be integers ≥ 0, got ${offset} and ${limit}`);
	}
	const inSelection = selectionFilter(keys, query.selection);
	const matchesSearch = searchFilter(keys, query);
	// Test and total the keys in storage order (fast), then list the matches in tie order.
	const isMatch = new Uint8Array(keys.count);
	let total = 0;
	const totals = { exports: 0, imports: 0, trade: 0, ghm: emptySplit(), ff: emptySplit() };
	for (let k = 0; k < keys.count; k++) {
		if (!inSelection(k) || (matchesSearch !== null && !matchesSearch(k))) continue;
		isMatch[k] = 1;
		total++;
		const x = keys.exports[k];
		const m = keys.imports[k];
		const r = keyRatio(keys, k, settings.cifFobFactor);
		totals.exports += x;
		totals.imports += m;
		totals.trade += x + m;
		ghmSplit(x, m, r, settings.alpha, totals.ghm);
		ffSplit(x, m, r, settings.alpha, settings.theta, totals.ff);
	}
	const byTie = tieOrder(keys);
	const selected = new Uint32Array(total);
	for (let i = 0, n = 0; n < total; i++) if (isMatch[byTie[i]] === 1) selected[n++] = byTie[i];

	const value = sortValue(keys, query.sort, settings.cifFobFactor);
	const values = new Float64Array(total);
	for (let i = 0; i < total; i++) values[i] = value(selected[i]);
	const end = Math.min(offset + limit, total);
	const order = orderedPositions(values, query.descending, end);
	const rows: ProductRow[] = [];
	for (let i = offset; i < end; i++) rows.push(productRow(keys, selected[order[i]], settings));
	return { rows, total, totals };
}

/** One key as a row of the drill-down. */
function productRow(keys: TradeKeys, k: number, settings: ClassifySettings): ProductRow {
	const x = keys.exports[k];
	const m = keys.imports[k];
	const r = keyRatio(keys, k, settings.cifFobFactor);
	const classes = keyClasses(x, m, r, settings);
	const exportUnit = keys.exportUnit[k];
	const importUnit = keys.importUnit[k];
	return {
		year: keys.year[k],
		partner: keys.countries[keys.partner[k]],
		product: hs6Code(keys.product[k]),
		sector: SECTOR_IDS[sectorIndexOfProduct(keys.product[k])],
		exports: x,
		imports: m,
		exportQty: exportUnit < 0 ? NaN : keys.exportQty[k],
		importQty: importUnit < 0 ? NaN : keys.importQty[k],
		exportUnit: exportUnit < 0 ? null : keys.units[exportUnit],
		importUnit: importUnit < 0 ? null : keys.units[importUnit],
		uvx: exportUnitValue(keys, k),
		uvm: importUnitValue(keys, k),
		r,
		gl: grubelLloyd(x, m),
		ghm: classes.ghm,
		ff: classes.ff
	};
}

/** UVx = X / qX; NaN without a usable quantity. */
function exportUnitValue(keys: TradeKeys, k: number): number {
	return keys.exportUnit[k] < 0 ? NaN : unitValue(keys.exports[k], keys.exportQty[k]);
}

/** UVm = M / qM as the file values imports (the CIF/FOB factor applies to R only). */
function importUnitValue(keys: TradeKeys, k: number): number {
	return keys.importUnit[k] < 0 ? NaN : unitValue(keys.imports[k], keys.importQty[k]);
}

/** GL = 2·min(X, M) / T (METHODS 2). */
function grubelLloyd(x: number, m: number): number {
	return (2 * Math.min(x, m)) / (x + m);
}

/**
 * The search as a test of key k, or null when it keeps everything: the HS6 code contains the
 * trimmed text, or the partner is one of `searchPartners`, or its id is the text upper-cased.
 */
function searchFilter(keys: TradeKeys, query: ProductQuery): ((k: number) => boolean) | null {
	const text = query.search.trim();
	if (text === '') return null;
	const wanted = new Set(query.searchPartners);
	wanted.add(text.toUpperCase());
	const partnerHit = Uint8Array.from(keys.countries, (id) => (wanted.has(id) ? 1 : 0));
	// A file has a few thousand products: test each code's text once, not once per key.
	const productHit = new Map<number, boolean>();
	return (k) => {
		if (partnerHit[keys.partner[k]] === 1) return true;
		const product = keys.product[k];
		let hit = productHit.get(product);
		if (hit === undefined) {
			hit = hs6Code(product).includes(text);
			productHit.set(product, hit);
		}
		return hit;
	};
}

/** The rank of each country index when ids are in ascending order (as cells sort partners). */
function partnerRanks(keys: TradeKeys): Uint32Array {
	const ids = keys.countries;
	const byId = Array.from(ids.keys()).sort((a, b) =>
		ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0
	);
	const ranks = new Uint32Array(ids.length);
	byId.forEach((index, rank) => (ranks[index] = rank));
	return ranks;
}

/** The value a column sorts key k by (the same numbers its row shows). */
function sortValue(
	keys: TradeKeys,
	column: ProductSortKey,
	cifFobFactor: number
): (k: number) => number {
	switch (column) {
		case 'year':
			return (k) => keys.year[k];
		case 'partner': {
			const ranks = partnerRanks(keys);
			return (k) => ranks[keys.partner[k]];
		}
		case 'product':
			return (k) => keys.product[k];
		case 'exports':
			return (k) => keys.exports[k];
		case 'imports':
			return (k) => keys.imports[k];
		case 'trade':
			return (k) => keys.exports[k] + keys.imports[k];
		case 'uvx':
			return (k) => exportUnitValue(keys, k);
		case 'uvm':
			return (k) => importUnitValue(keys, k);
		case 'r':
			return (k) => keyRatio(keys, k, cifFobFactor);
		case 'gl':
			return (k) => grubelLloyd(keys.exports[k], keys.imports[k]);
	}
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

function tieOrder(keys: TradeKeys): Uint32Array {
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
function orderedPositions(values: Float64Array, descending: boolean, needed: number): Uint32Array {
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
