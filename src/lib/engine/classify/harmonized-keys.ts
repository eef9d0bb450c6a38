/**
 * The keys in one HS edition for classification (METHODS 8), as harmonizeEditions converts them
 * (each code by convertProduct to the oldest edition of the years, a year without an edition
 * kept as it is) but summed by sumKeysUnderProducts instead of a fresh accumulator: the same keys
 * in the same order with the same values and quantities, at a fraction of the cost (the
 * robustness table converts every key at each query). Only what classification reads is the
 * same: a direction with no flow has quantity 0 here, NaN there (unit -1 in both).
 */
import { editionsFound } from '../codes/hs-editions/harmonize';
import { memoizedConverter } from '../codes/hs-editions/convert';
import { editionIndex, oldestEdition, type HsEdition } from '../codes/hs-editions/editions';
import type { TradeKeys, YearEdition } from '../model/types';
import { sumKeysUnderProducts } from './aggregate-level';

/** The keys converted to the oldest edition of their years; as they are with one edition. */
export function keysInOneEdition(keys: TradeKeys, yearEditions: readonly YearEdition[]): TradeKeys {
	const target = oldestEdition(editionsFound(yearEditions));
	if (editionsFound(yearEditions).length < 2 || target === null) return keys;
	const to = editionIndex(target);
	const byYear = new Map(yearEditions.map((y) => [y.year, editionIndex(y.edition as HsEdition)]));
	const convert = memoizedConverter(to);
	const products = new Int32Array(keys.count);
	// Keys of one year come together: the year's edition is looked up when the year changes.
	let lastYear = -1;
	let from = to;
	for (let k = 0; k < keys.count; k++) {
		const year = keys.year[k];
		if (year !== lastYear) {
			from = byYear.get(year) ?? to;
			lastYear = year;
		}
		const code = keys.product[k];
		products[k] = from === to ? code : convert(code, from).code;
	}
	return sumKeysUnderProducts(keys, products);
}
