/**
 * The product drill-down as a table model: its columns (which ones sort, how each formats) and
 * the cells of a key. The view renders it and the CSV is written from it, so both agree.
 */
import type {
	ClassSplit,
	KeyClass,
	ProductPage,
	ProductRow,
	ProductSortKey
} from '../../../engine';
import { tradeClassesShown } from '../shared/trade-classes';

/** How a column's values read: as DataTable's column kinds, plus a quantity with its unit. */
export type ProductColumnKind = 'text' | 'money' | 'number' | 'ratio' | 'quantity';

/** A column of the product table. */
export interface ProductColumn {
	/** Stable key: the cell's `data-col` and the CSV header. */
	key: string;
	/** Message key of the header. */
	label: `products.col.${string}`;
	kind: ProductColumnKind;
	/** The worker's sort key for this column; null: the column does not sort. */
	sort: ProductSortKey | null;
}

/** Year, partner, HS6, X, M, T, qX, qM, UVx, UVm, R, GL, GHM class, FF class. */
export const PRODUCT_COLUMNS: readonly ProductColumn[] = [
	{ key: 'year', label: 'products.col.year', kind: 'text', sort: 'year' },
	{ key: 'partner', label: 'products.col.partner', kind: 'text', sort: 'partner' },
	{ key: 'product', label: 'products.col.product', kind: 'text', sort: 'product' },
	{ key: 'exports', label: 'products.col.exports', kind: 'money', sort: 'exports' },
	{ key: 'imports', label: 'products.col.imports', kind: 'money', sort: 'imports' },
	{ key: 'trade', label: 'products.col.trade', kind: 'money', sort: 'trade' },
	{ key: 'qx', label: 'products.col.qx', kind: 'quantity', sort: null },
	{ key: 'qm', label: 'products.col.qm', kind: 'quantity', sort: null },
	{ key: 'uvx', label: 'products.col.uvx', kind: 'number', sort: 'uvx' },
	{ key: 'uvm', label: 'products.col.uvm', kind: 'number', sort: 'uvm' },
	{ key: 'r', label: 'products.col.r', kind: 'ratio', sort: 'r' },
	{ key: 'gl', label: 'products.col.gl', kind: 'ratio', sort: 'gl' },
	{ key: 'ghm', label: 'products.col.ghm', kind: 'text', sort: null },
	{ key: 'ff', label: 'products.col.ff', kind: 'text', sort: null }
];

/** Names the cells need, already in the user's language. */
export interface ProductNames {
	partner: (id: string) => string;
	keyClass: (id: KeyClass) => string;
}

/** A cell value: NaN (an undefined unit value or R) becomes null, as in every table. */
export type ProductCellValue = string | number | null;

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** The cells of one key, by column key; `qx-unit`/`qm-unit` carry the quantities' units (null when missing). */
export function productCells(
	row: ProductRow,
	names: ProductNames
): Record<string, ProductCellValue> {
	return {
		year: row.year,
		partner: names.partner(row.partner),
		product: row.product,
		// The codes as the files wrote them, when the key's code was converted (METHODS 8).
		'product-as-read': row.productAsRead?.join(' ') ?? null,
		exports: row.exports,
		imports: row.imports,
		trade: row.exports + row.imports,
		qx: finite(row.exportQty),
		'qx-unit': row.exportUnit,
		qm: finite(row.importQty),
		'qm-unit': row.importUnit,
		uvx: finite(row.uvx),
		uvm: finite(row.uvm),
		r: finite(row.r),
		gl: finite(row.gl),
		ghm: names.keyClass(row.ghm),
		ff: names.keyClass(row.ff)
	};
}

/** Names that leave ids as they are: the raw values behind the cells (`data-value`). */
export const RAW_NAMES: ProductNames = { partner: (id) => id, keyClass: (id) => id };

/** A stable row id: a key is one year × partner × product. */
export function productRowId(row: ProductRow): string {
	return `${row.year}-${row.partner}-${row.product}`;
}

/** One figure of the totals line. */
export interface TotalItem {
	/** `exports`, `imports`, `trade`, or `<method>-<class>` such as `ghm-viit-sup`. */
	key: string;
	value: number;
	/** The class of a class sum; null for X, M and T. */
	classId: KeyClass | null;
}

/** The totals of every matching key: X, M, T, then each method's classes (each method's classes add up to T). */
export function totalItems(totals: ProductPage['totals']): {
	flows: TotalItem[];
	ghm: TotalItem[];
	ff: TotalItem[];
} {
	// The outliers' class once the screen took any trade out (METHODS 7.1).
	const shown = tradeClassesShown(totals.ghm.outlier > 0 || totals.ff.outlier > 0);
	const classes = (method: 'ghm' | 'ff', split: ClassSplit): TotalItem[] =>
		shown.map((tradeClass) => ({
			key: `${method}-${tradeClass.id}`,
			value: split[tradeClass.split],
			classId: tradeClass.id
		}));
	return {
		flows: [
			{ key: 'exports', value: totals.exports, classId: null },
			{ key: 'imports', value: totals.imports, classId: null },
			{ key: 'trade', value: totals.trade, classId: null }
		],
		ghm: classes('ghm', totals.ghm),
		ff: classes('ff', totals.ff)
	};
}
