/**
 * The model of a generic table: columns, rows, sorting, cell text, and the CSV made from the
 * same model as the HTML (so the file and the page never disagree). Pure: no DOM, no Svelte.
 */
import { type CsvDialect, csvLines, type Currency } from '../../engine';

/** How a column's values read: `percent` holds ratios (0.123 → 12.3 %), `ratio` is shown with 3 decimals, `signedPercent` with its sign. */
export type DataColumnKind = 'text' | 'money' | 'percent' | 'signedPercent' | 'number' | 'ratio';

/** A column of the table. */
export interface DataColumn {
	/** Stable key: the cells' `data-col` and the lookup into each row's cells. */
	key: string;
	label: string;
	kind: DataColumnKind;
}

/** A cell's raw value: text, a number (NaN allowed) or nothing. */
export type CellValue = string | number | null;

/** A row of the table, its cells by column key. */
export interface DataRow {
	id: string;
	cells: Record<string, CellValue>;
	/** Totals and means: kept at the bottom, in their order, whatever the sort. */
	summary?: boolean;
	/** Whether the row opens a drill-down when the table has one (default: every row but summaries). */
	clickable?: boolean;
}

/** The whole table: what the HTML shows and the CSV writes. */
export interface DataTableModel {
	columns: DataColumn[];
	rows: DataRow[];
}

/** Sort directions, named as aria-sort names them. */
export type SortDirection = 'ascending' | 'descending';
/** The column the table is sorted by, and which way. */
export interface SortState {
	key: string;
	direction: SortDirection;
}

/** Formatters for the numeric kinds (the component passes the current locale's). */
export interface CellFormat {
	money: (value: number) => string;
	/** A ratio shown as a percentage. */
	percent: (ratio: number) => string;
	/** A ratio as a signed percentage (a premium: +34 %). */
	signedPercent: (ratio: number) => string;
	number: (value: number) => string;
	/** A ratio with 3 decimals. */
	ratio: (value: number) => string;
}

/** Shown for a missing or undefined number (null, NaN, ±∞). */
export const DASH = '–';

/** A cell's number when it holds a finite one, else null. */
export function finiteNumber(value: CellValue | undefined): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The text a cell shows: numbers through the column's formatter, text as it is, nothing as a dash. */
export function cellText(
	value: CellValue | undefined,
	kind: DataColumnKind,
	format: CellFormat
): string {
	if (value === null || value === undefined) return DASH;
	if (typeof value === 'string') return value;
	if (!Number.isFinite(value)) return DASH;
	return kind === 'text' ? String(value) : format[kind](value);
}

/** Whether a row opens a drill-down. */
export const isClickable = (row: DataRow): boolean => row.clickable ?? !row.summary;

/** The sort after activating a column's header: the same column flips; a new one starts descending for numbers, ascending for text. */
export function nextSort(current: SortState | null, column: DataColumn): SortState {
	if (current?.key === column.key) {
		return {
			key: column.key,
			direction: current.direction === 'ascending' ? 'descending' : 'ascending'
		};
	}
	return { key: column.key, direction: column.kind === 'text' ? 'ascending' : 'descending' };
}

/** Compares two cells: numbers before text, missing values last (in either direction). */
function compareCells(
	a: CellValue | undefined,
	b: CellValue | undefined,
	compareText: (a: string, b: string) => number
): number {
	const numberA = finiteNumber(a);
	const numberB = finiteNumber(b);
	if (numberA !== null && numberB !== null) return numberA - numberB;
	if (numberA !== null) return -1;
	if (numberB !== null) return 1;
	if (typeof a === 'string' && typeof b === 'string') return compareText(a, b);
	if (typeof a === 'string') return -1;
	if (typeof b === 'string') return 1;
	return 0;
}

const isMissing = (value: CellValue | undefined) =>
	finiteNumber(value) === null && typeof value !== 'string';

/**
 * Rows in sort order: the body sorted (stable; missing values last either way), the summary rows
 * after it in their given order. `null` keeps the given order.
 */
export function sortRows(
	rows: readonly DataRow[],
	sort: SortState | null,
	compareText: (a: string, b: string) => number = (a, b) => a.localeCompare(b)
): DataRow[] {
	const body = rows.filter((row) => !row.summary);
	const summaries = rows.filter((row) => row.summary);
	if (sort) {
		const sign = sort.direction === 'ascending' ? 1 : -1;
		body.sort((rowA, rowB) => {
			const a = rowA.cells[sort.key];
			const b = rowB.cells[sort.key];
			const missing = Number(isMissing(a)) - Number(isMissing(b));
			return missing !== 0 ? missing : sign * compareCells(a, b, compareText);
		});
	}
	return [...body, ...summaries];
}

/**
 * The table as CSV (RFC 4180: CRLF line ends, fields with the separator, `"` or line breaks
 * quoted): the column labels, then every row in the given order. Numbers at full precision and
 * never defused (even negative); text that a spreadsheet could run as a formula is defused
 * (csv-field.ts). No BOM: `csvBlob` adds it to the file.
 */
export function tableToCsv(
	model: DataTableModel,
	dialect: CsvDialect = 'standard',
	currency?: Currency
): string {
	const header = (column: DataColumn) => (currency ? csvHeader(column, currency) : column.label);
	return csvLines(
		[
			model.columns.map(header),
			...model.rows.map((row) => model.columns.map((column) => row.cells[column.key]))
		],
		dialect
	);
}

/**
 * A column's CSV header with the unit of its values (a file read alone must say what its numbers
 * are): money in the data's currency, shares as the fractions the cells hold (0.42, shown 42 %).
 * A label that already names its unit is kept as it is.
 */
export function csvHeader(column: DataColumn, currency: Currency): string {
	const unit =
		column.kind === 'money'
			? currency
			: column.kind === 'percent' || column.kind === 'signedPercent'
				? '0–1'
				: null;
	return unit === null || column.label.includes(`(${unit})`)
		? column.label
		: `${column.label} (${unit})`;
}

/** Fills `{name}` in the row button's label template. */
export function rowButtonLabel(template: string, name: string): string {
	return template.replace(/\{name\}/g, name);
}
