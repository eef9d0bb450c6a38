/**
 * The codes as the files wrote them behind a converted key (METHODS 8), for the drill-down to
 * show both: a key of the converted keys may gather several codes of a newer edition (HS2017's
 * 030249 and 030299 are both HS2012's 030289).
 */
import type { TradeKeys, YearEdition } from '../../model/types';
import { memoizedConverter } from './convert';
import { editionIndex, type HsEdition } from './editions';

/** Looks up the codes as read (ascending) of a converted key; [] when no code of it changed. */
export type CodesAsRead = (year: number, partner: string, product: number) => number[];

// year · 2^16 + partner, times 10^6, + product: below 2^53 for any year up to 9999.
const keyNumber = (year: number, partner: number, product: number) =>
	(year * 65_536 + partner) * 1_000_000 + product;

/**
 * The lookup for keys converted to `target` from `asRead`, each year in its edition. A pass
 * over the keys read to find the keys a changed code lands on, one to list their codes.
 */
export function codesAsReadLookup(
	asRead: TradeKeys,
	yearEditions: readonly YearEdition[],
	target: HsEdition
): CodesAsRead {
	const to = editionIndex(target);
	const byYear = new Map(yearEditions.map((y) => [y.year, editionIndex(y.edition as HsEdition)]));
	const convert = memoizedConverter(to);
	// Two passes: the keys a changed code lands on, then every code read that lands on one of them
	// (a code the conversion left alone may have been merged with changed ones).
	const codes = new Map<number, number[]>();
	for (const pass of ['changed', 'all'] as const) {
		for (let k = 0; k < asRead.count; k++) {
			const year = asRead.year[k];
			const from = byYear.get(year) ?? to;
			if (from === to) continue;
			const code = asRead.product[k];
			const converted = convert(code, from).code;
			const key = keyNumber(year, asRead.partner[k], converted);
			if (pass === 'changed') {
				if (converted !== code && !codes.has(key)) codes.set(key, []);
				continue;
			}
			const list = codes.get(key);
			if (list && !list.includes(code)) list.push(code);
		}
	}
	for (const list of codes.values()) list.sort((a, b) => a - b);
	const partnerIndex = new Map(asRead.countries.map((id, index) => [id, index]));
	return (year, partner, product) => {
		const index = partnerIndex.get(partner);
		if (index === undefined) return [];
		return codes.get(keyNumber(year, index, product)) ?? [];
	};
}
