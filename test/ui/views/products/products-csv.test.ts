/** The products CSV: every matching row fetched in batches, written with the tables' escaping. */
import { describe, expect, it } from 'vitest';
import type { ProductPage, ProductRow } from '../../../../src/lib/engine/model/queries';
import { tableToCsv } from '../../../../src/lib/ui/tables/data-table';
import {
	collectAllRows,
	productCsvColumns,
	productCsvRows
} from '../../../../src/lib/ui/views/products/products-csv';
import { SHIRTS, SHOES, TOTALS } from './product-rows';

/** A stand-in worker over `rows`, recording the offsets and limits it was asked. */
function stubWorker(rows: ProductRow[]) {
	const asked: [number, number][] = [];
	const fetchPage = async (offset: number, limit: number): Promise<ProductPage> => {
		asked.push([offset, limit]);
		return { rows: rows.slice(offset, offset + limit), total: rows.length, totals: TOTALS };
	};
	return { asked, fetchPage };
}

const fiveRows = (): ProductRow[] =>
	[2001, 2002, 2003, 2004, 2005].map((year) => ({ ...SHOES, year }));

describe('collectAllRows', () => {
	it('asks batch after batch until the total is reached', async () => {
		const worker = stubWorker(fiveRows());
		const progress: [number, number][] = [];
		const rows = await collectAllRows(worker.fetchPage, 2, (done, total) =>
			progress.push([done, total])
		);
		// 5 rows, 2 at a time: offsets 0, 2, 4.
		expect(worker.asked).toEqual([
			[0, 2],
			[2, 2],
			[4, 2]
		]);
		expect(rows.map((row) => row.year)).toEqual([2001, 2002, 2003, 2004, 2005]);
		expect(progress).toEqual([
			[2, 5],
			[4, 5],
			[5, 5]
		]);
	});

	it('asks once when nothing matches', async () => {
		const worker = stubWorker([]);
		expect(await collectAllRows(worker.fetchPage, 2)).toEqual([]);
		expect(worker.asked).toEqual([[0, 2]]);
	});

	it('stops when a batch comes back empty before the total (no endless loop)', async () => {
		let calls = 0;
		const shortWorker = async (): Promise<ProductPage> => {
			calls++;
			return { rows: calls === 1 ? [SHOES] : [], total: 3, totals: TOTALS };
		};
		expect(await collectAllRows(shortWorker, 2)).toEqual([SHOES]);
		expect(calls).toBe(2);
	});
});

describe('productCsvColumns', () => {
	it('adds the partner code, the sector and the units beside the table’s columns', () => {
		const columns = productCsvColumns((key) => `[${key}]`);
		expect(columns.map((column) => column.key)).toEqual([
			'year',
			'partner',
			'partner-code',
			'product',
			'product-as-read',
			'sector',
			'exports',
			'imports',
			'trade',
			'qx',
			'qx-unit',
			'qm',
			'qm-unit',
			'uvx',
			'uvm',
			'r',
			'gl',
			'ghm',
			'ff'
		]);
		expect(columns[0].label).toBe('[year]');
		expect(columns.find((column) => column.key === 'qx')?.kind).toBe('number');
	});
});

describe('productCsvRows', () => {
	it('carries the cells of each key, the partner code and the sector name', () => {
		const rows = productCsvRows([SHOES, SHIRTS], {
			partner: (id) => (id === 'USA' ? 'Estados Unidos' : 'México'),
			keyClass: (id) => id,
			sector: (id) => (id === 'footwear' ? 'Calçado' : 'Têxtil')
		});
		expect(rows.map((row) => row.id)).toEqual(['2005-USA-640399', '2005-MEX-610910']);
		expect(rows[0].cells).toMatchObject({
			partner: 'Estados Unidos',
			'partner-code': 'USA',
			sector: 'Calçado',
			trade: 400,
			r: 1.5
		});
		expect(rows[1].cells).toMatchObject({ 'partner-code': 'MEX', r: null, 'qx-unit': null });
	});
});

describe('the products CSV', () => {
	it('is written with the tables’ escaping: quoted names, empty undefined numbers, HS codes as text', () => {
		// Converted from HS2017 (METHODS 8): the codes as read follow the code.
		const horses: ProductRow = {
			...SHIRTS,
			product: '010121',
			productAsRead: ['010121', '010129'],
			sector: 'animal'
		};
		const sectors: Record<string, string> = {
			footwear: 'Calçado',
			textiles: 'Têxtil',
			animal: 'Animal'
		};
		const csv = tableToCsv({
			columns: productCsvColumns((key) => key),
			rows: productCsvRows([SHOES, SHIRTS, horses], {
				partner: (id) => (id === 'USA' ? 'Korea, "South"' : 'México'),
				keyClass: (id) => id,
				sector: (id) => sectors[id]
			})
		});
		expect(csv).toBe(
			[
				'year,partner,partner-code,product,product-as-read,sector,exports,imports,trade,qx,qx-unit,qm,qm-unit,uvx,uvm,r,gl,ghm,ff',
				// X 300, M 100, T 400, qX 10 t, qM 5 t, UVx 30, UVm 20, R 1.5, GL 0.5 (product-rows.ts).
				'2005,"Korea, ""South""",USA,640399,,Calçado,300,100,400,10,t,5,t,30,20,1.5,0.5,viit-sup,viit-sup',
				// No export quantity: qX, its unit, UVx and R are empty, not 0.
				'2005,México,MEX,610910,,Têxtil,0,80,80,,,4,kg,,20,,0,one-way,one-way',
				// The leading zero of an HS code survives: it is text; codes as read are space-separated.
				'2005,México,MEX,010121,010121 010129,Animal,0,80,80,,,4,kg,,20,,0,one-way,one-way',
				''
			].join('\r\n')
		);
	});
});
