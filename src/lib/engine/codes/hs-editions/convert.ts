/**
 * Converting HS6 codes, and keys, to an older HS edition (METHODS 8): each code of a newer edition
 * maps to exactly one code of the edition before it by UNSD's conversion tables, chained edition by
 * edition (H5 → H4 → H3 …). A code a table does not list is kept as it is (and counted); keys that
 * land on the same (year, reporter, partner, product) are summed as rows are (METHODS 1).
 */
import { KeyAccumulator } from '../../read/accumulate';
import type { TradeKeys } from '../../model/types';
import { CONVERSION_TABLES, type ConversionTableText } from './conversion-tables';
import { editionIndex, HS_EDITIONS, type EditionRef } from './editions';

/** One conversion table decoded: newer codes ascending, each with its older code. */
export interface ConversionTable {
	newer: Int32Array;
	older: Int32Array;
}

/** Decodes a table's text form (the encoding is described in conversion-tables.ts). */
export function decodeConversionTable(text: ConversionTableText): ConversionTable {
	const deltas = text.listed === '' ? [] : text.listed.split(',');
	const newer = new Int32Array(deltas.length);
	let code = 0;
	deltas.forEach((delta, i) => (newer[i] = code += parseInt(delta, 36)));
	const older = newer.slice();
	let position = -1;
	for (const move of text.moved === '' ? [] : text.moved.split(',')) {
		const sign = move.search(/[+-]/);
		position += parseInt(move.slice(0, sign), 36);
		const delta = parseInt(move.slice(sign + 1), 36);
		older[position] = newer[position] + (move[sign] === '-' ? -delta : delta);
	}
	return { newer, older };
}

const decoded: (ConversionTable | undefined)[] = [];

/** Table i, decoded on first use: it converts edition i + 1 to edition i. */
export function conversionTable(index: number): ConversionTable {
	let table = decoded[index];
	if (table === undefined) {
		const text = CONVERSION_TABLES[index];
		if (text === undefined) throw new RangeError(`no conversion table ${index}`);
		decoded[index] = table = decodeConversionTable(text);
	}
	return table;
}

/** The older code a table gives `code`, or -1 when the table does not list it. */
function lookUp(table: ConversionTable, code: number): number {
	const { newer, older } = table;
	let low = 0;
	let high = newer.length - 1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		const at = newer[middle];
		if (at === code) return older[middle];
		if (at < code) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/** A code converted: the code in the target edition, and whether a table on the way did not list it. */
export interface ConvertedProduct {
	code: number;
	unlisted: boolean;
}

/**
 * Converts an HS6 code (as an integer: 10121 is `010121`) from edition `from` to the older or same
 * edition `to`, table by table. A code a table does not list goes on unchanged to the next table.
 * Converting to a newer edition is not defined (one old code can be several new ones): RangeError.
 */
export function convertProduct(code: number, from: EditionRef, to: EditionRef): ConvertedProduct {
	const start = editionIndex(from);
	const target = editionIndex(to);
	if (target > start) {
		throw new RangeError(
			`cannot convert ${HS_EDITIONS[start]} to the newer ${HS_EDITIONS[target]}`
		);
	}
	let current = code;
	let unlisted = false;
	for (let edition = start; edition > target; edition--) {
		const older = lookUp(conversionTable(edition - 1), current);
		if (older < 0) unlisted = true;
		else current = older;
	}
	return { code: current, unlisted };
}

/**
 * convertProduct to one target edition, memoised: codes repeat across partners and years, so each
 * (edition, code) is converted once. `from` is an index in HS_EDITIONS.
 */
export function memoizedConverter(to: number): (code: number, from: number) => ConvertedProduct {
	const memo = new Map<number, ConvertedProduct>(); // edition · 2^20 + code → converted
	return (code, from) => {
		const memoKey = from * 1_048_576 + code;
		let converted = memo.get(memoKey);
		if (converted === undefined) {
			converted = convertProduct(code, from, to);
			memo.set(memoKey, converted);
		}
		return converted;
	};
}

/** What converting keys did, in keys (of the input). */
export interface ConversionCounts {
	/** Keys whose product code changed. */
	keysChanged: number;
	/** Keys whose code a table on the way did not list (kept as it was there). */
	unlisted: number;
	/** Keys of the input that were summed into another key (input keys − output keys). */
	keysMerged: number;
}

export interface ConvertedKeys {
	keys: TradeKeys;
	counts: ConversionCounts;
}

/**
 * Every key converted to edition `target`, the edition of key k being `editionOfKey(k)` (an
 * index in HS_EDITIONS, or an id). No key may be in an edition older than the target: that would
 * be a conversion to a newer edition (RangeError); convert to the oldest present (oldestEdition). Keys that land on the same (year, reporter, partner, product) are summed as rows
 * are (METHODS 1): values add; a direction's quantity is the sum when every summed flow with a
 * value has a usable quantity in one unit, else NaN with unit -1. Countries and units keep their
 * indexes; keys keep the order of their first key in the input (the accumulator's first-seen
 * order), a merged key standing where the first of its parts stood. Reported FOB values
 * (TradeKeys.reportedFob) are summed like the imports; keys read are converted, never keys
 * derived for classification (no `fobValued`).
 */
export function convertKeysToEdition(
	keys: TradeKeys,
	editionOfKey: (k: number) => EditionRef,
	target: EditionRef
): ConvertedKeys {
	const to = editionIndex(target);
	const n = keys.count;
	const accumulator = new KeyAccumulator({ maxKeys: Math.max(n, 1) });
	for (const id of keys.countries) accumulator.countryId(id);
	for (const unit of keys.units) accumulator.unitId(unit);
	const convert = memoizedConverter(to);
	let keysChanged = 0;
	let unlisted = 0;
	for (let k = 0; k < n; k++) {
		const from = editionIndex(editionOfKey(k));
		const code = keys.product[k];
		let product = code;
		if (from !== to) {
			const result = convert(code, from);
			product = result.code;
			if (result.unlisted) unlisted++;
			if (product !== code) keysChanged++;
		}
		const year = keys.year[k];
		const reporter = keys.reporter[k];
		const partner = keys.partner[k];
		accumulator.add(
			year,
			reporter,
			partner,
			product,
			true,
			keys.exports[k],
			keys.exportQty[k],
			keys.exportUnit[k]
		);
		const into = accumulator.add(
			year,
			reporter,
			partner,
			product,
			false,
			keys.imports[k],
			keys.importQty[k],
			keys.importUnit[k]
		);
		// The FOB values the key's import rows reported go with its imports (METHODS 7.2).
		const reported = keys.reportedFob;
		if (reported && reported.asRead[k] > 0) {
			accumulator.addReportedFob(into, reported.fob[k], reported.asRead[k]);
		}
	}
	const converted = accumulator.toTradeKeys();
	return {
		keys: converted,
		counts: { keysChanged, unlisted, keysMerged: n - converted.count }
	};
}
