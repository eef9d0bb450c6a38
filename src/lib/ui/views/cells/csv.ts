/** CSV text for the cell views' own tables (Table 5, the heatmap): full precision, spreadsheet-safe. */
import { csvTextField } from '../../../engine/ledger-csv';

/** One CSV field: numbers as the shortest text that reads back to the same double (empty when undefined). */
export type CsvValue = string | number | boolean | null;

function field(value: CsvValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return csvTextField(value);
}

/** Lines of fields as CSV text, header first, each line ended by CRLF (RFC 4180, as every table's CSV). */
export function toCsv(lines: CsvValue[][]): string {
	return lines.map((line) => line.map(field).join(',') + '\r\n').join('');
}
