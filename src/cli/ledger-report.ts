import { COMPANION_IDS, type DatasetInfo, type Ledger, type LedgerFile } from '../lib/engine';

/** The ledger as plain text lines, as the CLI prints it to stderr. */
export function ledgerReport(ledger: Ledger, info: DatasetInfo): string {
	const money = (value: number) => `${formatMoney(value)} ${info.currency}`;
	const lines: string[] = [];
	lines.push(
		`format ${info.format}: values in ${info.currency} (file: ${info.valueUnitInFile}), ` +
			`imports valued ${info.importValuation}, exports FOB, ` +
			`quantities ${info.quantityBasis} in ${info.quantityUnit}`
	);
	for (const file of ledger.files) lines.push(fileLine(file));
	for (const entry of ledger.skipped) lines.push(`skipped ${entry.name}: ${entry.reason}`);
	for (const companion of info.missingCompanions) {
		lines.push(`missing ${companion}: ${MISSING_HINTS[companion] ?? 'drop it with the data'}`);
	}
	if (info.notes.includes('no-quantities')) {
		lines.push(
			'note: the data has no usable quantities, so all intra-industry trade is unclassified'
		);
	}
	if (info.notes.includes('customs-union-reporter')) {
		lines.push(
			'note: a customs union reports as one (EUN, the European Union): its partners are the countries outside it'
		);
	}
	if (info.notes.includes('value-unit-assumed')) {
		lines.push(
			"note: a Trade Map table does not state its unit: Trade Map's own, thousand USD, is used"
		);
	}
	if (info.hsEditions) lines.push(`HS editions of the rows used: ${info.hsEditions.join(' ')}`);
	if (ledger.unknownCountries.length > 0) {
		const shown = ledger.unknownCountries
			.slice(0, 10)
			.map(({ code, rows, value }) => `${code} (${rows} rows, ${money(value)})`)
			.join(', ');
		const more = ledger.unknownCountries.length > 10 ? ', …' : '';
		lines.push(
			`warning: country codes no table knows, kept as countries of their own and in no group: ${shown}${more}`
		);
	}
	lines.push(`rows read ${ledger.rowsRead}, used ${ledger.rowsUsed}`);
	for (const [reason, tally] of Object.entries(ledger.drops)) {
		const where = tally.firstLines.map((p) => `${p.file}:${p.line}`).join(', ');
		lines.push(`  dropped ${reason}: ${tally.rows} rows, ${money(tally.value)} (first: ${where})`);
	}
	const dropped = ledger.valueRead - ledger.valueUsed;
	lines.push(
		`value read ${money(ledger.valueRead)}, used ${money(ledger.valueUsed)}, dropped ${money(dropped)}`
	);
	if (ledger.importValuation) {
		const { fobReported, cifOnly } = ledger.importValuation;
		lines.push(
			`imports used, by valuation: ${fobReported.rows} rows report FOB, ${money(fobReported.value)} ` +
				`(as read, CIF: ${money(fobReported.asRead)}); ${cifOnly.rows} rows CIF only, ${money(cifOnly.value)}`
		);
	}
	lines.push(
		`keys ${info.keys}, reporters ${info.reporters.join(' ')}, years ${info.years.join(' ')}`
	);
	return lines.join('\n');
}

/** An amount as the CLI writes it: en-US digits, at most two decimals. */
export function formatMoney(value: number): string {
	return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** What to do about a companion the data needs, by companion. */
const MISSING_HINTS: Partial<Record<string, string>> = {
	'comex-countries': 'some CO_PAIS codes are not in the built-in list; add PAIS.csv to the files',
	'baci-country-codes':
		"some country codes are not in the built-in table; add the release's country_codes_V*.csv"
};

/** One file: what it was read as, its role (Comex Stat), container and encoding, rows and bytes. */
function fileLine(file: LedgerFile): string {
	const companion = (COMPANION_IDS as readonly string[]).includes(file.format);
	const what = [
		companion ? `companion ${file.format}` : file.format,
		file.role,
		file.container,
		file.encoding
	]
		.filter(Boolean)
		.join(', ');
	return `file ${file.name}: ${what}, ${file.rows} rows, ${file.bytes} bytes`;
}
