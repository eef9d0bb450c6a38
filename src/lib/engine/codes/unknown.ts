/**
 * The country codes of a read that no table knew (Ledger.unknownCountries): each is kept as a
 * country of its own, and named with the rows and value used with it. Told once, at the end of
 * the read, from the keys' country ids, so every reading path (text, bytes, slices) agrees:
 * an id of digits is unknown when no table has its code (CountryDirectory); other ids are
 * unknown when a resolver made them for a text no table knew (names, Comex CO_PAIS codes).
 */
import type { CompanionId, FormatId, TradeKeys, UnknownCountry } from '../model/types';
import type { CountryDirectory } from './directory';

/**
 * The unknown countries among the keys' ids, largest value first. `recorded`: ids made for
 * unknown texts → the text as written; `rowsOf`: rows used with a country index (the ledger's).
 */
export function unknownCountries(
	keys: TradeKeys,
	recorded: ReadonlyMap<string, string>,
	directory: CountryDirectory,
	rowsOf: (index: number) => number
): UnknownCountry[] {
	const code = keys.countries.map((id) =>
		recorded.has(id) ? (recorded.get(id) as string) : directory.isUnknownNumericId(id) ? id : null
	);
	if (code.every((c) => c === null)) return [];
	// Their value is the trade of their keys (Σ X + M): valueUsed is Σ T over keys (METHODS 5).
	const value = new Float64Array(keys.countries.length);
	for (let k = 0; k < keys.count; k++) {
		const trade = keys.exports[k] + keys.imports[k];
		const reporter = keys.reporter[k];
		const partner = keys.partner[k];
		value[reporter] += trade;
		if (partner !== reporter) value[partner] += trade;
	}
	const found: UnknownCountry[] = [];
	code.forEach((written, index) => {
		if (written === null || value[index] === 0) return; // not in the results
		const id = keys.countries[index];
		found.push({ code: written, id, rows: rowsOf(index), value: value[index] });
	});
	return found.sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}

/**
 * The code tables that would name the unknown countries, when none was dropped: the release's
 * BACI country table for numeric codes, PAIS.csv for Comex Stat's.
 */
export function missingCodeTables(
	format: FormatId,
	unknown: readonly UnknownCountry[],
	dropped: (companion: CompanionId) => boolean
): CompanionId[] {
	if (unknown.length === 0) return [];
	if (format === 'comex-stat' && !dropped('comex-countries')) return ['comex-countries'];
	const numeric = unknown.some((country) => /^\d+$/.test(country.id));
	if (format === 'baci' && numeric && !dropped('baci-country-codes')) return ['baci-country-codes'];
	return [];
}
