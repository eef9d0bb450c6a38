/**
 * The quickest reading of a BACI line, for the rows most of a world file is made of: another
 * reporter's (or self-trade, or a country that is not a number). In one pass over the line it
 * checks the six fields' shape, reads i, j and v, and lets the routing drop the row. Any other
 * line — one that will be kept, or that is not in the plainest shape — is declined and read by
 * the general byte reader, so what is counted is the same either way.
 */
import { VALUE_TO_USD, type BaciRows } from './baci-rows';
import { QUICK_DECLINED, QUICK_PARTIAL, type QuickLine } from '../fast/plain-lines';
import { tradeValue } from './fields';

const COMMA = 44;
const LF = 10;
const QUOTE = 34;
const DOT = 46;
const MINUS = 45;
/** 10^0 … 10^15, exact. */
const POW10 = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

/** The quick reader of a header that is exactly `t,i,j,k,v,q` in this order, else undefined. */
export function createBaciQuickLine(header: string[], rows: BaciRows): QuickLine | undefined {
	const { t, i, j, k, v, q } = rows.columns;
	if (header.length !== 6 || [t, i, j, k, v, q].some((column, index) => column !== index)) {
		return undefined;
	}
	return (bytes, start, limit, line) => {
		let p = start;
		// t and k are not read for the rows this takes: only digits and letters are let through.
		for (; p < limit; p++) {
			const b = bytes[p];
			if (b === COMMA) break;
			if (b < 48 || b > 127) return QUICK_DECLINED;
		}
		if (p >= limit) return QUICK_PARTIAL;
		// i and j: 1–15 digits.
		let exporter = 0;
		let importer = 0;
		for (let field = 0; field < 2; field++) {
			const from = ++p;
			let n = 0;
			for (; p < limit; p++) {
				const digit = bytes[p] - 48;
				if (digit >>> 0 >= 10) break;
				n = n * 10 + digit;
			}
			if (p >= limit) return QUICK_PARTIAL;
			if (bytes[p] !== COMMA || p === from || p - from > 15) return QUICK_DECLINED;
			if (field === 0) exporter = n;
			else importer = n;
		}
		for (p++; p < limit; p++) {
			const b = bytes[p];
			if (b === COMMA) break;
			if (b < 48 || b > 127) return QUICK_DECLINED;
		}
		if (p >= limit) return QUICK_PARTIAL;
		// v: -?digits(.digits)?, 1–15 digits in all: the mantissa over a power of ten is exact.
		p++;
		const negative = p < limit && bytes[p] === MINUS;
		if (negative) p++;
		let mantissa = 0;
		let digits = 0;
		let decimals = -1;
		for (; p < limit; p++) {
			const b = bytes[p];
			const digit = b - 48;
			if (digit >>> 0 < 10) {
				mantissa = mantissa * 10 + digit;
				digits++;
				if (decimals >= 0) decimals++;
			} else if (b === DOT && decimals < 0) decimals = 0;
			else break;
		}
		if (p >= limit) return QUICK_PARTIAL;
		if (bytes[p] !== COMMA || digits === 0 || digits > 15) return QUICK_DECLINED;
		// q: not read either, up to the LF. No seventh field, no quote (it could open a quoted
		// field that runs over lines) and nothing but ASCII (the file's encoding is told from it).
		for (p++; p < limit; p++) {
			const b = bytes[p];
			if (b === LF) break;
			if (b === COMMA || b === QUOTE || b > 127) return QUICK_DECLINED;
		}
		if (p >= limit) return QUICK_PARTIAL;
		const magnitude = decimals > 0 ? mantissa / POW10[decimals] : mantissa;
		const value = tradeValue((negative ? -magnitude : magnitude) * VALUE_TO_USD);
		// A row the routing keeps needs its other fields: the general reader reads it whole.
		if (rows.countries(line, value, exporter, importer) >= 0) return QUICK_DECLINED;
		return p + 1;
	};
}
