/**
 * Companion files: not trade data, but codes that help read it, recognised by their header.
 * BACI `country_codes_V*.csv` (numeric code → ISO3, two header variants), Comex Stat `PAIS.csv`
 * (CO_PAIS → ISO3) and BACI `product_codes_*.csv` (names only: set aside by analyze).
 */
import type { CountryDirectory } from '../../codes/directory';
import { countryIso3 } from '../../codes/iso3';
import type { LedgerBuilder } from '../ledger';
import type { CompanionId } from '../../model/types';
import { columnIndex, normalizeColumnName, parseDigits } from './fields';
import { optionalColumn, requireColumn } from './reader';

/** Columns of BACI's country table, in the recent and the older (not UTF-8) releases. */
const BACI_COUNTRY_COLUMNS = [
	'country_name',
	'country_iso2',
	'country_iso3',
	'country_name_abbreviation',
	'country_name_full',
	'iso_2digit_alpha',
	'iso_3digit_alpha'
];
/** Columns of PAIS.csv besides CO_PAIS. */
const PAIS_COLUMNS = ['co_pais_ison3', 'co_pais_isoa3', 'no_pais', 'no_pais_ing', 'no_pais_esp'];

/** The companion a header belongs to, or null. */
export function detectCompanion(header: string[], fileName: string): CompanionId | null {
	void fileName; // headers are distinctive enough; users rename files
	const names = header.map(normalizeColumnName).filter((name) => name !== '');
	// Only the table's own columns, so a trade file with a country_code column is not taken for it.
	const only = (key: string, others: string[]): boolean =>
		names.length >= 2 && names.includes(key) && names.every((n) => n === key || others.includes(n));
	if (only('country_code', BACI_COUNTRY_COLUMNS)) return 'baci-country-codes';
	if (only('co_pais', PAIS_COLUMNS)) return 'comex-countries';
	if (only('code', ['description'])) return 'baci-product-codes';
	return null;
}

/**
 * A row handler that fills the directory from a companion file's rows (each counted with
 * ledger.companionRow). A required column missing is 'missing-column'.
 */
export function createCompanionReader(
	companion: CompanionId,
	header: string[],
	directory: CountryDirectory,
	file: string,
	ledger: LedgerBuilder
): (fields: string[], line: number) => void {
	const read =
		companion === 'baci-country-codes'
			? baciCountryReader(header, directory, file)
			: companion === 'comex-countries'
				? paisReader(header, directory, file)
				: () => undefined;
	return (fields) => {
		ledger.companionRow();
		read(fields);
	};
}

/**
 * BACI country table: numeric code → ISO3, or the code as text when the ISO3 is empty, `N/A` or
 * made up (490 "Other Asia, nes" is `S19` in V202501): as the built-in table does.
 */
function baciCountryReader(
	header: string[],
	directory: CountryDirectory,
	file: string
): (fields: string[]) => void {
	const columns = columnIndex(header);
	const code = requireColumn(columns, ['country_code'], file);
	const iso3 = requireColumn(columns, ['country_iso3', 'iso_3digit_alpha'], file);
	let name = optionalColumn(columns, 'country_name');
	if (name < 0) name = optionalColumn(columns, 'country_name_full');
	if (name < 0) name = optionalColumn(columns, 'country_name_abbreviation');
	return (fields) => {
		const number = parseDigits(fields[code] ?? '');
		if (number !== number) return; // a blank or broken line: no code to learn
		const id = countryIso3(fields[iso3]) ?? String(number);
		const text = name >= 0 ? (fields[name] ?? '').trim() : '';
		directory.setNumeric(number, id, text || undefined);
	};
}

/**
 * PAIS.csv: CO_PAIS (leading zeros stripped, as the reader looks it up) → ISO3. Codes without a
 * country's ISO3 (`ZZZ` "not defined", `NA`, blank) are aggregates; several codes may share one
 * ISO3 and so become one partner. The built-in list (comex-countries.ts) follows the same rule.
 */
function paisReader(
	header: string[],
	directory: CountryDirectory,
	file: string
): (fields: string[]) => void {
	const columns = columnIndex(header);
	const code = requireColumn(columns, ['CO_PAIS'], file);
	const iso3 = requireColumn(columns, ['CO_PAIS_ISOA3'], file);
	return (fields) => {
		const number = parseDigits(fields[code] ?? '');
		if (number !== number) return;
		const id = countryIso3(fields[iso3]);
		directory.setComex(
			String(number),
			id !== null ? { kind: 'country', id } : { kind: 'aggregate' }
		);
	};
}
