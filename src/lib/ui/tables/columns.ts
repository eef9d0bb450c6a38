/** The columns of the paper's Tables 1–3 (and 4), per method. Pure: no DOM, no Svelte. */
import type { GroupRow, GroupTable, MethodFigures } from '../../engine';
import type { MessageKey } from '../../i18n';
import type { Method } from '../../state/settings.svelte';
import type { DataRow, DataTableModel } from './data-table';

/** `money` columns are in the dataset's currency (DatasetInfo.currency). */
export type ColumnKind = 'money' | 'percent';

export interface Column {
	/** Stable key, also the cell's `data-col` (e.g. `ghm-iit`, `ff-viit-sup-share`, `trade`). */
	key: string;
	label: MessageKey;
	kind: ColumnKind;
	method: Method | null;
	value: (row: GroupRow) => number;
	/** A short explanation shown as the header's tooltip. */
	hint?: MessageKey;
}

type Measure = Exclude<keyof MethodFigures, 'volume'>;

/** The paper's three views of the same rows: volumes (Table 1), index and composition (Table 2), quality of VIIT (Table 3). */
export const COLUMN_SETS = ['volumes', 'index', 'quality'] as const;
export type ColumnSet = (typeof COLUMN_SETS)[number];

const MEASURES: Record<ColumnSet, { measure: Measure; label: MessageKey; kind: ColumnKind }[]> = {
	volumes: [
		{ measure: 'iit', label: 'col.iit', kind: 'money' },
		{ measure: 'hiit', label: 'col.hiit', kind: 'money' },
		{ measure: 'viit', label: 'col.viit', kind: 'money' }
	],
	index: [
		{ measure: 'iitIndex', label: 'col.iitIndex', kind: 'percent' },
		{ measure: 'hiitShare', label: 'col.hiitShare', kind: 'percent' },
		{ measure: 'viitShare', label: 'col.viitShare', kind: 'percent' },
		{ measure: 'unclassifiedShare', label: 'col.unclassifiedShare', kind: 'percent' }
	],
	quality: [
		{ measure: 'viitInfShare', label: 'col.viitInfShare', kind: 'percent' },
		{ measure: 'viitSupShare', label: 'col.viitSupShare', kind: 'percent' },
		{ measure: 'unclassifiedShare', label: 'col.unclassifiedShare', kind: 'percent' }
	]
};

export const TRADE_COLUMN: Column = {
	key: 'trade',
	label: 'col.trade',
	kind: 'money',
	method: null,
	value: (row) => row.trade
};

/**
 * GLC and Aquino's Q (METHODS 7.3): beside the GL index, never in its place. They do not depend
 * on the method (both use the overlap, the same for GHM and FF), so they are shown once.
 */
export const IMBALANCE_COLUMNS: readonly Column[] = [
	{
		key: 'glc',
		label: 'imbalance.glc',
		hint: 'imbalance.glcHint',
		kind: 'percent',
		method: null,
		value: (row) => row.glc
	},
	{
		key: 'aquino_q',
		label: 'imbalance.aquinoQ',
		hint: 'imbalance.aquinoQHint',
		kind: 'percent',
		method: null,
		// An older results file or a row built without the worker's answer has no Q.
		value: (row) => (typeof row.aquinoQ === 'number' ? row.aquinoQ : NaN)
	}
];

/** iitIndex → iit-index: column keys read like the e2e tests and the CSV header. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

// With the unit-value screen on, its part of unclassified is a column of its own (METHODS 7.1).
const OUTLIER_MEASURE = {
	measure: 'outlierShare',
	label: 'col.outlierShare',
	kind: 'percent'
} as const;

/** The measure columns of one method in one column set; `outliers` adds the screened part. */
export function methodColumns(method: Method, set: ColumnSet, outliers = false): Column[] {
	const measures = MEASURES[set];
	const shown = outliers && set !== 'volumes' ? [...measures, OUTLIER_MEASURE] : measures;
	return shown.map(({ measure, label, kind }) => ({
		key: `${method}-${kebab(measure)}`,
		label,
		kind,
		method,
		value: (row: GroupRow) => row[method][measure]
	}));
}

/** Divisors for volume columns: a table reads best in the unit of its largest figure (the paper uses thousand USD; the currency is the data's). */
export const VOLUME_SCALES = [1, 1e3, 1e6] as const;
export type VolumeScale = (typeof VOLUME_SCALES)[number];

/** The unit that keeps the largest volume under eight digits before the decimal sign. */
export function volumeScale(largest: number): VolumeScale {
	if (largest >= 1e10) return 1e6;
	if (largest >= 1e7) return 1e3;
	return 1;
}

/**
 * The whole table as a CSV model: every column set of every method shown (the screen shows one
 * set at a time), rows then Others, Mean and Total; numbers unrounded, in currency units.
 */
export function groupTableModel(
	table: GroupTable,
	methods: Method[],
	label: (column: Column) => string,
	nameOf: (id: string) => string,
	nameHeader: string,
	outliers = false
): DataTableModel {
	// unclassifiedShare (and outlierShare) appear in two sets; one column is enough.
	const seen = new Set<string>();
	const measureColumns = methods
		.flatMap((method) => COLUMN_SETS.flatMap((set) => methodColumns(method, set, outliers)))
		.filter((column) => !seen.has(column.key) && Boolean(seen.add(column.key)));
	// The imbalance-adjusted indices last: the columns before them keep their places.
	const columns = [TRADE_COLUMN, ...measureColumns, ...IMBALANCE_COLUMNS];
	const dataRow = (row: GroupRow, summary: boolean): DataRow => ({
		id: row.id,
		summary: summary || undefined,
		cells: {
			name: nameOf(row.id),
			...Object.fromEntries(columns.map((column) => [column.key, column.value(row)]))
		}
	});
	const summaries = [table.others, table.othersMean, table.mean, table.total].filter(
		(row): row is GroupRow => row !== null
	);
	return {
		columns: [
			{ key: 'name', label: nameHeader, kind: 'text' },
			...columns.map((column) => ({ key: column.key, label: label(column), kind: column.kind }))
		],
		rows: [
			...table.rows.map((row) => dataRow(row, false)),
			...summaries.map((row) => dataRow(row, true))
		]
	};
}
