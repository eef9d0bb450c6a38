/**
 * The ledger (METHODS 5) as a CSV file to keep next to the results: one line for the rows used,
 * one per drop reason, with rows, value and the first lines dropped, then one per country code
 * no table knew (its rows are among the used ones). Pure: no DOM.
 */
import { csvLines, plainLineEnd, type CsvDialect, type CsvValue } from './csv-field';
import { DROP_REASONS, type Ledger } from '../model/types';

const LEDGER_COLUMNS = ['reason', 'rows', 'value', 'first_lines', 'country_code'];
export const LEDGER_CSV_HEADER = LEDGER_COLUMNS.join(',');

/**
 * The ledger as CSV: `used` first, then each drop reason present, in DROP_REASONS order. `first_lines`
 * lists `file:line` separated by `; ` (the file is named: the CSV travels without the page; file
 * names come from the user's disk and can start with anything, so they are defused like all text).
 * Rows of these lines add up to the rows read, values to the value read. Last, one
 * `unknown-country` line per code no table knew, with its code: a part of the `used` line.
 */
export function ledgerToCsv(ledger: Ledger, dialect: CsvDialect = 'standard'): string {
	const lines: CsvValue[][] = [
		LEDGER_COLUMNS,
		['used', ledger.rowsUsed, ledger.valueUsed, null, null]
	];
	for (const reason of DROP_REASONS) {
		const tally = ledger.drops[reason];
		if (!tally) continue;
		const where = tally.firstLines.map(({ file, line }) => `${file}:${line}`).join('; ');
		lines.push([reason, tally.rows, tally.value, where, null]);
	}
	for (const { rows, value, code } of ledger.unknownCountries) {
		lines.push(['unknown-country', rows, value, null, code]);
	}
	return csvLines(lines, dialect, plainLineEnd(dialect));
}
