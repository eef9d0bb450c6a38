/**
 * The CSV of every key a product search matches: fetched from the worker in large batches, written
 * with the tables' CSV escaping, with the partner code, sector and quantity units spelled out.
 */
import type { ProductPage, ProductRow, SectorId } from '../../../engine';
import type { DataColumn, DataRow } from '../../tables/data-table';
import { PRODUCT_CSV_PAGE } from './products-query';
import { PRODUCT_COLUMNS, productCells, productRowId, type ProductNames } from './products-table';

/**
 * Every matching row, asked `size` at a time until the page's `total` is reached. `onprogress`
 * hears the rows collected so far; a batch that comes back empty ends the loop (no endless asks).
 */
export async function collectAllRows(
	fetchPage: (offset: number, limit: number) => Promise<ProductPage>,
	size = PRODUCT_CSV_PAGE,
	onprogress?: (rows: number, total: number) => void
): Promise<ProductRow[]> {
	const rows: ProductRow[] = [];
	let total = Infinity;
	while (rows.length < total) {
		const page = await fetchPage(rows.length, size);
		total = page.total;
		if (page.rows.length === 0) break;
		rows.push(...page.rows);
		onprogress?.(rows.length, total);
	}
	return rows;
}

// After these columns of the table the CSV adds what the table shows another way.
const EXTRA_AFTER: Record<string, string[]> = {
	partner: ['partner-code'],
	product: ['product-as-read', 'sector'],
	qx: ['qx-unit'],
	qm: ['qm-unit']
};

/** The CSV's columns: the table's, plus the partner code, the codes as read, the sector and the quantities' units. */
export function productCsvColumns(label: (key: string) => string): DataColumn[] {
	return PRODUCT_COLUMNS.flatMap((column) => [
		{
			key: column.key,
			label: label(column.key),
			kind: column.kind === 'quantity' ? ('number' as const) : column.kind
		},
		...(EXTRA_AFTER[column.key] ?? []).map((key) => ({
			key,
			label: label(key),
			kind: 'text' as const
		}))
	]);
}

/** Names the CSV rows need beyond the table's: the sector of a product. */
export interface ProductCsvNames extends ProductNames {
	sector: (id: SectorId) => string;
}

/** The CSV rows of the keys: the table's cells plus the partner code and the sector name. */
export function productCsvRows(rows: readonly ProductRow[], names: ProductCsvNames): DataRow[] {
	return rows.map((row) => ({
		id: productRowId(row),
		cells: {
			...productCells(row, names),
			'partner-code': row.partner,
			sector: names.sector(row.sector)
		}
	}));
}
