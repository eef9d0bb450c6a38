/**
 * Keys summed under a coarser or another product code (METHODS 7.4 "classify at HS4", and the
 * HS edition conversion of METHODS 8): keys that land on the same (year, reporter, partner,
 * product) are summed under section 1's rule for quantities. The parts of imports that "FOB
 * where reported" follows (TradeKeys.reportedFob, fobValued; METHODS 7.2) are summed with them.
 */
import type { ProductLevel, TradeKeys } from '../model/types';
import { NumberIndex } from './number-index';

/** An HS6 code's HS4 heading, kept in HS6 form (010121 → 010100) so that chapters and sectors still read. */
export const hs4Of = (product: number): number => product - (product % 100);

/**
 * The keys with each product replaced by `productOf(product)`, summed where they meet. Order
 * follows the first key of each new key, so keys sorted by (year, reporter, partner) stay so.
 */
export function sumKeysByProduct(
	keys: TradeKeys,
	productOf: (product: number) => number
): TradeKeys {
	const products = new Int32Array(keys.count);
	for (let k = 0; k < keys.count; k++) products[k] = productOf(keys.product[k]);
	return sumKeysUnderProducts(keys, products);
}

/** sumKeysByProduct with each key's new product given: key k goes under `products[k]`. */
export function sumKeysUnderProducts(keys: TradeKeys, products: Int32Array): TradeKeys {
	const n = keys.count;
	const firstOf = firstKeyOfEach(keys, products) ?? firstKeyByHash(keys, products);
	const out = emptyKeys(keys, n);
	let count = 0;
	for (let k = 0; k < n; k++) {
		// firstOf[k] is the first key of k's new key; a first key's entry becomes ~(its new index).
		const first = firstOf[k];
		let into: number;
		if (first === k) {
			into = count++;
			firstOf[k] = ~into;
			out.year[into] = keys.year[k];
			out.reporter[into] = keys.reporter[k];
			out.partner[into] = keys.partner[k];
			out.product[into] = products[k];
			out.exportUnit[into] = -2; // "no flow yet": the first flow with a value sets the unit
			out.importUnit[into] = -2;
		} else into = ~firstOf[first];
		addFlow(
			out.exports,
			out.exportQty,
			out.exportUnit,
			into,
			keys.exports[k],
			keys.exportQty[k],
			keys.exportUnit[k]
		);
		addFlow(
			out.imports,
			out.importQty,
			out.importUnit,
			into,
			keys.imports[k],
			keys.importQty[k],
			keys.importUnit[k]
		);
		if (keys.imports[k] > 0) addImportParts(keys, k, out, into);
	}
	for (let k = 0; k < count; k++) {
		if (out.exportUnit[k] === -2) out.exportUnit[k] = -1;
		if (out.importUnit[k] === -2) out.importUnit[k] = -1;
	}
	return trim(out, count);
}

/** As the accumulator packs keys: year − 1900 (8 bits), reporter and partner (12 each), so < 2^32. */
function pairOf(keys: TradeKeys, k: number): number {
	return ((keys.year[k] - 1900) * 4096 + keys.reporter[k]) * 4096 + keys.partner[k];
}

/** Product codes a dense table covers (HS6 codes as integers are below 10^6). */
const PRODUCT_CODES = 1 << 20;

/**
 * Per key, the first key with its (year, reporter, partner, new product); null when a product is
 * outside 0 … 2^20 − 1. The keys are counted out by pair (few pairs, a small hash), then each
 * pair's products are looked up in one dense table stamped by pair: no hash of a million keys.
 */
function firstKeyOfEach(keys: TradeKeys, products: Int32Array): Int32Array | null {
	const n = keys.count;
	for (let k = 0; k < n; k++) if (!(products[k] >= 0 && products[k] < PRODUCT_CODES)) return null;
	// Each key's pair, numbered densely; consecutive keys mostly share one.
	const pairIds = new NumberIndex(n, 1024);
	const pairOfKey = new Int32Array(n);
	let lastPair = -1;
	let lastId = -1;
	for (let k = 0; k < n; k++) {
		const pair = pairOf(keys, k);
		if (pair !== lastPair) {
			lastId = pairIds.indexOf(pair, Math.floor(pair / 4096), keys.partner[k]);
			lastPair = pair;
		}
		pairOfKey[k] = lastId;
	}
	// Counting sort by pair, keeping key order within each pair.
	const pairs = pairIds.size;
	const start = new Int32Array(pairs + 1);
	for (let k = 0; k < n; k++) start[pairOfKey[k] + 1]++;
	for (let p = 0; p < pairs; p++) start[p + 1] += start[p];
	const order = new Int32Array(n);
	const fill = start.slice(0, pairs);
	for (let k = 0; k < n; k++) order[fill[pairOfKey[k]]++] = k;
	// Within a pair, the first key of a product is the first met (keys in order).
	const stamp = new Int32Array(PRODUCT_CODES); // pair id + 1 that last set the product's entry
	const firstKey = new Int32Array(PRODUCT_CODES);
	const firstOf = pairOfKey; // reused: each key's pair is read before its entry is written
	for (let p = 0; p < pairs; p++) {
		for (let i = start[p]; i < start[p + 1]; i++) {
			const k = order[i];
			const product = products[k];
			if (stamp[product] !== p + 1) {
				stamp[product] = p + 1;
				firstKey[product] = k;
			}
			firstOf[k] = firstKey[product];
		}
	}
	return firstOf;
}

/** firstKeyOfEach by a hash of (pair, product), for products a dense table does not cover. */
function firstKeyByHash(keys: TradeKeys, products: Int32Array): Int32Array {
	const n = keys.count;
	const index = new NumberIndex(n);
	const firstOf = new Int32Array(n);
	const firstKeys: number[] = [];
	for (let k = 0; k < n; k++) {
		const pair = pairOf(keys, k);
		const id = index.indexOf(pair * 1_000_000 + products[k], pair, products[k]);
		if (id === firstKeys.length) firstKeys.push(k);
		firstOf[k] = firstKeys[id];
	}
	return firstOf;
}

/**
 * Adds one flow: values always; the quantity only while every flow with a value so far had a
 * usable quantity in one unit (a partial sum would bias the unit value: METHODS 1).
 */
function addFlow(
	values: Float64Array,
	qtys: Float64Array,
	units: Int16Array,
	into: number,
	value: number,
	qty: number,
	unit: number
): void {
	if (!(value > 0)) return;
	values[into] += value;
	const current = units[into];
	if (current === -1) return; // already missing
	const usable = unit >= 0 && qty > 0 && qty < Infinity;
	if (!usable || (current !== -2 && current !== unit)) {
		units[into] = -1;
		qtys[into] = NaN;
		return;
	}
	units[into] = unit;
	qtys[into] = current === -2 ? qty : qtys[into] + qty;
}

/** Adds key k's FOB parts of imports into key `into` of `out` (as addFlow adds the imports). */
function addImportParts(keys: TradeKeys, k: number, out: TradeKeys, into: number): void {
	if (keys.reportedFob && out.reportedFob) {
		out.reportedFob.fob[into] += keys.reportedFob.fob[k];
		out.reportedFob.asRead[into] += keys.reportedFob.asRead[k];
	}
	if (keys.fobValued && out.fobValued) out.fobValued[into] += keys.fobValued[k];
}

function emptyKeys(keys: TradeKeys, n: number): TradeKeys {
	return {
		...(keys.reportedFob
			? { reportedFob: { fob: new Float64Array(n), asRead: new Float64Array(n) } }
			: {}),
		...(keys.fobValued ? { fobValued: new Float64Array(n) } : {}),
		count: 0,
		countries: keys.countries,
		units: keys.units,
		year: new Uint16Array(n),
		reporter: new Uint16Array(n),
		partner: new Uint16Array(n),
		product: new Int32Array(n),
		exports: new Float64Array(n),
		imports: new Float64Array(n),
		exportQty: new Float64Array(n),
		importQty: new Float64Array(n),
		exportUnit: new Int16Array(n),
		importUnit: new Int16Array(n)
	};
}

/** Views of the first `count` entries (no copy). */
function trim(keys: TradeKeys, count: number): TradeKeys {
	return {
		...keys,
		count,
		year: keys.year.subarray(0, count),
		reporter: keys.reporter.subarray(0, count),
		partner: keys.partner.subarray(0, count),
		product: keys.product.subarray(0, count),
		exports: keys.exports.subarray(0, count),
		imports: keys.imports.subarray(0, count),
		exportQty: keys.exportQty.subarray(0, count),
		importQty: keys.importQty.subarray(0, count),
		exportUnit: keys.exportUnit.subarray(0, count),
		importUnit: keys.importUnit.subarray(0, count),
		...(keys.reportedFob
			? {
					reportedFob: {
						fob: keys.reportedFob.fob.subarray(0, count),
						asRead: keys.reportedFob.asRead.subarray(0, count)
					}
				}
			: {}),
		...(keys.fobValued ? { fobValued: keys.fobValued.subarray(0, count) } : {})
	};
}

/** The keys at a level: as they are for HS6, summed to HS4 headings for HS4. */
export function keysAtLevel(keys: TradeKeys, level: ProductLevel): TradeKeys {
	return level === 'hs6' ? keys : sumKeysByProduct(keys, hs4Of);
}
