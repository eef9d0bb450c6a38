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

/**
 * The HS6 code of a product field. A leading `'` (Trade Map) and spaces are ignored. Codes of
 * 6 digits are HS6; longer national codes (CN8, NCM 8, HS10) are cut to their first 6 digits.
 * Spreadsheets drop a leading zero, so an odd length is read as one digit longer (5 → HS6,
 * 7 → 8 digits); 1–4 digits are HS2/HS4 totals.
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
		if (upper === 'TOTAL' || upper === 'ALL' || upper === 'AG2' || upper === 'AG4') {
			return PRODUCT_NOT_HS6;
		}
		return upper.includes('RRR') ? PRODUCT_CONFIDENTIAL : PRODUCT_INVALID;
	}
	if (digits < 5) return PRODUCT_NOT_HS6;
	if (digits > 12) return PRODUCT_INVALID;
	const code = Number(text);
	const full = digits + (digits & 1); // the length before a leading zero was lost
	const hs6 = full === 6 ? code : Math.floor(code / 10 ** (full - 6));
	return isHs6Code(hs6) ? hs6 : PRODUCT_INVALID;
}
