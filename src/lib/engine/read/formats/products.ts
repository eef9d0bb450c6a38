/** Product codes of any classification the formats write, reduced to HS6 (METHODS 1.1). */
import { isHs6Code } from './fields';

/** An HS6 code as an integer (10121 is `010121`), or a negative reason: see PRODUCT_* below. */
export type ProductCode = number;
/** Not a product code at all (empty, `9999AA`, a chapter that does not exist). */
export const PRODUCT_INVALID = -1;
/** A total or an HS2/HS4 aggregate (`TOTAL`, `01`, `0101`). */
export const PRODUCT_NOT_HS6 = -2;
/** A code withheld for confidentiality (Comext `99RRR100`, `27RRR000`). */
export const PRODUCT_CONFIDENTIAL = -3;
/** A code that is no HS product at all: see isHsProductChapter and NOT_HS_WORDS. */
export const PRODUCT_NOT_HS = -4;

/**
 * Drop reasons of the negative ProductCode values, in order (-1, -2, -3, -4): index with
 * `-code - 1`.
 */
export const PRODUCT_DROPS = [
	'invalid-product',
	'not-hs6',
	'confidential-product',
	'not-hs-product'
] as const;

/**
 * Whether an HS6 code (as an integer) lies in a chapter of the HS nomenclature. Chapter 77 is
 * reserved by the WCO for future use, and 98 and 99 for national use: special transactions
 * (Comex Stat NCM `99999999`, Comtrade `9999xx` "commodities not specified", `999999`). They
 * are no product, so they are dropped as 'not-hs-product', never summed into a sector.
 */
export function isHsProductChapter(hs6: number): boolean {
	return !((hs6 >= 770000 && hs6 < 780000) || hs6 >= 980000);
}

/** Product fields that are words, not codes, and stand for no HS product (Comtrade+ `TOTAL`). */
const NOT_HS_WORDS = new Set(['TOTAL', 'ALL', 'TOT']);

/**
 * A code of letters and digits that is no HS product: BACI's `9999AA` (trade not allocated to
 * a product), Comtrade+ and Comext `TOTAL`, and any code of the reserved chapters 77, 98, 99
 * written with letters (`99AA`, `98XXXX`).
 */
export function isNotHsProductWord(upper: string): boolean {
	if (NOT_HS_WORDS.has(upper)) return true;
	const chapter = upper.slice(0, 2);
	return (
		/^\d{2}[0-9A-Z]*$/.test(upper) && (chapter === '77' || chapter === '98' || chapter === '99')
	);
}

/**
 * The HS6 code of a product field. A leading `'` (Trade Map) and spaces are ignored. Codes of
 * 6 digits are HS6; longer national codes (CN8, NCM 8, HS10) are cut to their first 6 digits.
 * Spreadsheets drop a leading zero, so an odd length is read as one digit longer (5 → HS6,
 * 7 → 8 digits); 1–4 digits are HS2/HS4 totals. Chapters 77, 98 and 99, `9999AA` and `TOTAL`
 * are no HS product (PRODUCT_NOT_HS).
 */
export function productCode(field: string): ProductCode {
	let text = field.trim();
	if (text.charCodeAt(0) === 39 /* ' */) text = text.slice(1).trim();
	if (text === '') return PRODUCT_INVALID;
	let digits = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 48 && c <= 57) digits++;
	}
	if (digits !== text.length) {
		const upper = text.toUpperCase();
		if (upper.includes('RRR')) return PRODUCT_CONFIDENTIAL;
		if (isNotHsProductWord(upper)) return PRODUCT_NOT_HS;
		return upper === 'AG2' || upper === 'AG4' || upper === 'AG6'
			? PRODUCT_NOT_HS6
			: PRODUCT_INVALID;
	}
	if (digits < 5) return PRODUCT_NOT_HS6;
	if (digits > 12) return PRODUCT_INVALID;
	const code = Number(text);
	const full = digits + (digits & 1); // the length before a leading zero was lost
	const hs6 = full === 6 ? code : Math.floor(code / 10 ** (full - 6));
	return hs6ProductCode(hs6);
}

/** An HS6 code read as an integer, or why it is none ('invalid-product', 'not-hs-product'). */
export function hs6ProductCode(hs6: number): ProductCode {
	if (!isHs6Code(hs6)) return PRODUCT_INVALID;
	return isHsProductChapter(hs6) ? hs6 : PRODUCT_NOT_HS;
}
