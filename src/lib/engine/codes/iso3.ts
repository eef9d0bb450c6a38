/**
 * Whether a code table's ISO alpha-3 field names a country. Tables write something else for
 * groups and unknowns: blanks, `N/A` (BACI V202301), `NA` (an R export of Comex Stat's PAIS.csv),
 * made-up codes with digits (BACI V202501's `S19`, `R20`; Comtrade's `ZA1`, `X1 `, `_X`) and the
 * ISO user-assigned ranges (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ: Comex Stat's `ZZZ` "not
 * defined"). Kosovo's XKX is the one user-assigned code used as a country.
 */

/** The ISO3 of a table field as a country id (upper case), or null when it names no country. */
export function countryIso3(text: string | undefined): string | null {
	const code = (text ?? '').trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) return null;
	if (code === 'XKX') return code;
	return /^(AA.|Q[M-Z].|X..|ZZ.)$/.test(code) ? null : code;
}
