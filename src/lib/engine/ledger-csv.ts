/**
 * The ledger (METHODS 5) as a CSV file to keep next to the results: one line for the rows used,
 * one per drop reason, with rows, value and the first lines dropped, then one per country code
 * no table knew (its rows are among the used ones). Pure: no DOM.
 */
import { DROP_REASONS, type Ledger } from './types';

export const LEDGER_CSV_HEADER = 'reason,rows,value,first_lines,country_code';

/**
 * A text field made safe for spreadsheets: a leading = + - @ (or tab / carriage return) would make
 * Excel or LibreOffice run the field as a formula, so it gets a leading `'`; then quoted as CSV.
 * File names come from the user's disk and can start with anything.
 */
export function csvTextField(text: string): string {
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Numbers as the shortest text that reads back to the same double (never a formula, even negative). */
const numberField = (value: number): string => (Number.isFinite(value) ? String(value) : '');

/**
 * The ledger as CSV: `used` first, then each drop reason present, in DROP_REASONS order. `first_lines`
 * lists `file:line` separated by `; ` (the file is named: the CSV travels without the page).
 * Rows of these lines add up to the rows read, values to the value read. Last, one
 * `unknown-country` line per code no table knew, with its code: a part of the `used` line.
 */
export function ledgerToCsv(ledger: Ledger): string {
	const lines = [LEDGER_CSV_HEADER, `used,${ledger.rowsUsed},${numberField(ledger.valueUsed)},,`];
	for (const reason of DROP_REASONS) {
		const tally = ledger.drops[reason];
		if (!tally) continue;
		const where = tally.firstLines.map(({ file, line }) => `${file}:${line}`).join('; ');
		lines.push(
			[reason, String(tally.rows), numberField(tally.value), csvTextField(where), ''].join(',')
		);
	}
	for (const country of ledger.unknownCountries) {
		const { rows, value, code } = country;
		lines.push(['unknown-country', rows, numberField(value), '', csvTextField(code)].join(','));
	}
	return lines.join('\n') + '\n';
}
