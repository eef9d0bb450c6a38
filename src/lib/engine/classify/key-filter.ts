/**
 * The one predicate "key k is in a Selection", compiled once per query into lookup tables so
 * that a million keys are tested in a few milliseconds. It applies selection.ts's predicates
 * (productInScope, partnerInSet) to every chapter and partner-year up front, so keys and cells
 * can never disagree on what a selection covers.
 */
import { basketCodeMask } from '../model/basket';
import { sectorIndexOfChapter } from '../codes/sectors';
import {
	partnerInSet,
	productInScope,
	type ProductScope,
	type Selection
} from '../model/selection';
import { SECTOR_IDS, type TradeKeys } from '../model/types';

/** A product scope as lookup tables: chapters (sectors and chapters) and, with a basket, every HS6 code. */
export interface ProductMask {
	/** Flags for HS chapters 0–99: 1 when the chapter is in the scope (chapter 00 never is). */
	chapters: Uint8Array;
	/** Flags for HS6 codes 0–999 999 from the basket's patterns; null without a basket. */
	codes: Uint8Array | null;
}

/** Compiles a scope once per query, so a million keys are tested with two array reads each. */
export function productMask(scope: ProductScope): ProductMask {
	const chapters = new Uint8Array(100);
	const withoutBasket: ProductScope = { sectors: scope.sectors, chapters: scope.chapters };
	for (let chapter = 1; chapter <= 99; chapter++) {
		const sector = SECTOR_IDS[sectorIndexOfChapter(chapter)];
		// Every product of a chapter shares its sector, so the chapter's first code stands for all.
		chapters[chapter] = productInScope(withoutBasket, chapter * 10_000, sector) ? 1 : 0;
	}
	return { chapters, codes: scope.basket ? basketCodeMask(scope.basket) : null };
}

/** Whether an HS6 code (as an integer) is in a mask; codes outside 010000–999999 never are. */
export function productInMask(mask: ProductMask, product: number): boolean {
	const chapter = Math.floor(product / 10_000);
	if (!(chapter >= 0 && chapter <= 99 && mask.chapters[chapter] === 1)) return false;
	return mask.codes === null || mask.codes[product] === 1;
}

/** Flags per country index: 1 for the countries whose id is `id`. */
function countryMask(keys: TradeKeys, id: string): Uint8Array {
	return Uint8Array.from(keys.countries, (country) => (country === id ? 1 : 0));
}

/** The smallest and largest year of the keys ([1, 0] when there are none). */
function yearRange(keys: TradeKeys): [number, number] {
	let min = Infinity;
	let max = -Infinity;
	for (let k = 0; k < keys.count; k++) {
		const year = keys.year[k];
		if (year < min) min = year;
		if (year > max) max = year;
	}
	return keys.count > 0 ? [min, max] : [1, 0];
}

/**
 * A test of key index k: its reporter is the selection's, its year within [yearFrom, yearTo],
 * its partner in the partner set that year, its product in the scope, and T = X + M > 0.
 */
export function selectionFilter(keys: TradeKeys, selection: Selection): (k: number) => boolean {
	const [first, last] = yearRange(keys);
	// Only years that keys have: a wide year range must not build a wide table.
	const from = Math.max(selection.yearFrom, first);
	const to = Math.min(selection.yearTo, last);
	const countries = keys.countries.length;
	const reporters = countryMask(keys, selection.reporter);
	const products = productMask(selection.scope);
	// Built-in groups count members by year, so the partner test is a (year, country) table.
	const partners = new Uint8Array(Math.max(0, to - from + 1) * countries);
	for (let year = from; year <= to; year++) {
		for (let c = 0; c < countries; c++) {
			const inSet = partnerInSet(selection.partners, keys.countries[c], year);
			partners[(year - from) * countries + c] = inSet ? 1 : 0;
		}
	}
	return (k) => {
		const year = keys.year[k];
		return (
			year >= from &&
			year <= to &&
			reporters[keys.reporter[k]] === 1 &&
			partners[(year - from) * countries + keys.partner[k]] === 1 &&
			productInMask(products, keys.product[k]) &&
			keys.exports[k] + keys.imports[k] > 0
		);
	};
}
