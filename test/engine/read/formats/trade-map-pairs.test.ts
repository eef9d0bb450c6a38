import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../../src/lib/engine/read/analyze';
import {
	dropSummary,
	expectReconciled,
	fixture,
	fixtureText,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

/**
 * Generated pairs in Trade Map's shapes (test/fixtures/trade-map/): an exports table and an
 * imports table of Brazil with Argentina, HS6 rows, one column per year (thousand USD), as
 * `.txt` (UTF-8 BOM, tabs, a trailing tab, quoted labels, LF) and as Trade Map's HTML `.xls`
 * (title table, legend table, grid of <th>/<td> as in the real Algeria download), and one HTML
 * "Bilateral trade between Brazil and Argentina" with a two-row header holding both.
 */
const TM = 'trade-map/Trade_Map_-_';
const EXPORTS_TXT = `${TM}List_of_products_exported_by_Brazil_to_Argentina.txt`;
const IMPORTS_TXT = `${TM}List_of_products_imported_by_Brazil_from_Argentina.txt`;
const EXPORTS_XLS = `${TM}List_of_products_exported_by_Brazil_to_Argentina.xls`;
const IMPORTS_XLS = `${TM}List_of_products_imported_by_Brazil_from_Argentina.xls`;
const BILATERAL_XLS = `${TM}Bilateral_trade_between_Brazil_and_Argentina.xls`;

const tsv = (name: string, ...lines: string[]) =>
	textFile(name, '\ufeff' + lines.map((line) => line.split('|').join('\t') + '\t\n').join(''));

/**
 * By hand, cells in thousand USD (×1000):
 * exports  TOTAL 500 600 → not-hs-product 1 100 000; '870323 120 150 → used 270 000;
 *          '020230 30 — → used 30 000; '300490 0 0 → zero-value 0.
 * imports  TOTAL 400 450 → not-hs-product 850 000; '870323 80 90 → used 170 000;
 *          '100199 200 210 → used 410 000.
 * Keys (5): 2022 870323 x 120 000 m 80 000; 2023 870323 x 150 000 m 90 000;
 * 2022 020230 x 30 000; 2022 100199 m 200 000; 2023 100199 m 210 000.
 * Used 270 000 + 30 000 + 170 000 + 410 000 = 880 000; read 880 000 + 1 950 000 = 2 830 000.
 */
function expectPair(result: ReadResult, rows: { read: number; used: number }): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(5);
	expect(ledger.rowsRead).toBe(rows.read);
	expect(ledger.rowsUsed).toBe(rows.used);
	expect(ledger.valueUsed).toBe(880_000);
	expect(ledger.valueRead).toBe(2_830_000);
	const none = { qx: NaN, qm: NaN, ux: null, um: null };
	expect(keyOf(keys, 'ARG', 870323, 2022)).toEqual({ x: 120_000, m: 80_000, ...none });
	expect(keyOf(keys, 'ARG', 870323, 2023)).toEqual({ x: 150_000, m: 90_000, ...none });
	expect(keyOf(keys, 'ARG', 20230, 2022)).toEqual({ x: 30_000, m: 0, ...none });
	expect(keyOf(keys, 'ARG', 100199, 2022)).toEqual({ x: 0, m: 200_000, ...none });
	expect(keyOf(keys, 'ARG', 100199, 2023)).toEqual({ x: 0, m: 210_000, ...none });
	expect(result.info).toMatchObject({
		format: 'trade-map',
		valueUnitInFile: '1000 USD',
		reporters: ['BRA'],
		partners: ['ARG'],
		years: [2022, 2023]
	});
	expectReconciled(result);
}

describe('Trade Map exports and imports tables read as one', () => {
	it('reads the .txt pair as one dataset, its unit said to be assumed', async () => {
		const result = await readTradeFiles(
			[fixture(EXPORTS_TXT), fixture(IMPORTS_TXT)],
			readOptions()
		);
		expectPair(result, { read: 7, used: 4 });
		expect(dropSummary(result)).toEqual({
			'not-hs-product': [2, 1_950_000, [2, 2]],
			'zero-value': [1, 0, [5]]
		});
		// Neither file says "thousand": Trade Map's default, stated in the facts.
		expect(result.info.notes).toEqual(['no-quantities', 'value-unit-assumed']);
	});

	it('gives the same keys in either order', async () => {
		const one = await readTradeFiles([fixture(EXPORTS_TXT), fixture(IMPORTS_TXT)], readOptions());
		const other = await readTradeFiles([fixture(IMPORTS_TXT), fixture(EXPORTS_TXT)], readOptions());
		expectPair(other, { read: 7, used: 4 });
		const cells = (r: ReadResult) =>
			Array.from({ length: r.keys.count }, (_, k) =>
				[r.keys.year[k], r.keys.product[k], r.keys.exports[k], r.keys.imports[k]].join(' ')
			).sort();
		expect(cells(other)).toEqual(cells(one));
	});

	/**
	 * The HTML pair holds the same cells; its lines are table rows: titles 1–3, a blank spacer
	 * 4, legend 5–6 (5 blank), spacer 7, header 8, TOTAL 9, 870323 10, 020230 11, 300490 12.
	 * "Unit : US Dollar thousand" states the unit: nothing assumed.
	 */
	it('reads the HTML ".xls" pair like the .txt pair, lines being table rows', async () => {
		const result = await readTradeFiles(
			[fixture(EXPORTS_XLS), fixture(IMPORTS_XLS)],
			readOptions()
		);
		expectPair(result, { read: 7, used: 4 });
		expect(dropSummary(result)).toEqual({
			'not-hs-product': [2, 1_950_000, [9, 9]],
			'zero-value': [1, 0, [12]]
		});
		expect(result.info.notes).toEqual(['no-quantities']);
		expect(result.ledger.files.map((f) => [f.name, f.rows])).toEqual([
			['Trade_Map_-_List_of_products_exported_by_Brazil_to_Argentina.xls', 4],
			['Trade_Map_-_List_of_products_imported_by_Brazil_from_Argentina.xls', 3]
		]);
	});

	/**
	 * One HTML table with both directions: "Brazil's exports to Argentina" and "… imports from
	 * Argentina" (colspan 2) over "Value in 2022", "Value in 2023"; Code and Product label span
	 * both header rows. Rows: TOTAL (500+600+400+450 = 1 950 → 1 950 000, not-hs-product),
	 * 870323 (120+150+80+90 = 440 000), 020230 (30 000), 100199 (410 000): the same keys.
	 */
	it('reads a bilateral HTML table with a two-row header', async () => {
		const result = await readTradeFiles([fixture(BILATERAL_XLS)], readOptions());
		expectPair(result, { read: 4, used: 3 });
		expect(dropSummary(result)).toEqual({ 'not-hs-product': [1, 1_950_000, [10]] });
	});

	it('refuses an exports table alone, saying the imports are missing and where they are', async () => {
		for (const path of [EXPORTS_TXT, EXPORTS_XLS]) {
			const error = await rejection(readTradeFiles([fixture(path)], readOptions()));
			const name = path.split('/').pop() as string;
			expect(error.code).toBe('incomplete-table');
			expect(error.file).toBe(name);
			expect(error.line).toBe(path.endsWith('.xls') ? 8 : 1);
			expect(error.details).toEqual({
				missing: 'imports',
				download:
					'"Bilateral trade between Brazil and Argentina" · product level "6 digits" · "Imports"'
			});
			expect(error.message).toContain(
				`${name} holds only Brazil's exports to Argentina: the imports are missing`
			);
			expect(error.message).toContain(
				'download it with "Imports" too (the table "List of products imported by Brazil from Argentina")'
			);
			if (path.endsWith('.xls')) {
				expect(error.message).toContain('line 8: the 8th table row, counting every <tr>');
			}
		}
	});

	it('refuses an exports and an imports table of different partners or reporters', async () => {
		const chile = tsv(
			'Trade_Map_-_List_of_products_imported_by_Brazil_from_Chile.txt',
			'Code|Product label|Imported value in 2022|Imported value in 2023',
			"'870323|Cars|1|2"
		);
		const partner = await rejection(readTradeFiles([fixture(EXPORTS_TXT), chile], readOptions()));
		expect(partner.code).toBe('mismatched-tables');
		expect(partner.details).toEqual({
			exports: 'Trade_Map_-_List_of_products_exported_by_Brazil_to_Argentina.txt',
			imports: 'Trade_Map_-_List_of_products_imported_by_Brazil_from_Chile.txt'
		});
		expect(partner.message).toContain(
			"holds Brazil's exports to Argentina and Trade_Map_-_List_of_products_imported_by_Brazil_from_Chile.txt holds Brazil's imports from Chile: their partners differ"
		);
		// Argentina's imports from Brazil: the mirror of Brazil's exports, not Brazil's imports.
		const mirror = tsv(
			'Trade_Map_-_List_of_products_imported_by_Argentina_from_Brazil.txt',
			'Code|Product label|Imported value in 2022|Imported value in 2023',
			"'870323|Cars|1|2"
		);
		const reporter = await rejection(readTradeFiles([fixture(EXPORTS_TXT), mirror], readOptions()));
		expect(reporter.code).toBe('mismatched-tables');
		expect(reporter.message).toContain('their reporters differ');
		expect(reporter.message).toContain(
			"(Argentina's imports from Brazil mirror Brazil's exports to Argentina: they are not its imports)"
		);
	});

	it('refuses years held in one direction only', async () => {
		const later = tsv(
			'Trade_Map_-_List_of_products_imported_by_Brazil_from_Argentina.txt',
			'Code|Product label|Imported value in 2023|Imported value in 2024',
			"'870323|Cars|1|2"
		);
		const error = await rejection(readTradeFiles([fixture(EXPORTS_TXT), later], readOptions()));
		expect(error.code).toBe('incomplete-table');
		expect(error.details).toEqual({ missing: 'imports in 2022, exports in 2024' });
		expect(error.message).toContain(
			"Brazil's trade with Argentina lacks imports in 2022, exports in 2024"
		);
	});

	it('refuses the same table dropped twice, or two tables of the same trade', async () => {
		const twice = await rejection(
			readTradeFiles(
				[fixture(EXPORTS_TXT), fixture(IMPORTS_TXT), fixture(EXPORTS_TXT)],
				readOptions()
			)
		);
		expect(twice.code).toBe('duplicate-input');
		expect(twice.details).toEqual({
			files: 'Trade_Map_-_List_of_products_exported_by_Brazil_to_Argentina.txt',
			year: 2022
		});
		// The bilateral table already holds the imports the imports table brings.
		const overlap = await rejection(
			readTradeFiles([fixture(BILATERAL_XLS), fixture(IMPORTS_TXT)], readOptions())
		);
		expect(overlap.code).toBe('duplicate-input');
		expect(overlap.file).toBe('Trade_Map_-_List_of_products_imported_by_Brazil_from_Argentina.txt');
		const column = await rejection(
			readTradeFiles(
				[
					tsv(
						'Trade_Map_-_Bilateral_trade_between_Brazil_and_Chile.txt',
						'Code|Product label|Exported value in 2022|Imported value in 2022|Exported value in 2022',
						"'870323|Cars|1|2|3"
					)
				],
				readOptions()
			)
		);
		expect(column.code).toBe('duplicate-column');
		expect(column.details).toEqual({ column: 'Exported value in 2022' });
	});

	/**
	 * Title lines above the header (a table saved from the HTML download): they name reporter,
	 * partner, direction and unit. Exports "Unit: US Dollar" (not thousand): 870323 5 000 →
	 * 5 000 USD; imports "Unit: US Dollar thousand": 870323 7 → 7 000 USD. The file names say
	 * nothing (renamed), the titles do.
	 */
	it('takes reporter, partner, direction and unit from title lines above the header', async () => {
		const exports = tsv(
			'exports.txt',
			'List of products exported by Brazil to Chile|||',
			'Product: TOTAL All products|||',
			'Unit: US Dollar|||',
			'|||',
			'Code|Product label|Value in 2023|',
			"'870323|Motor cars|5000|"
		);
		const imports = tsv(
			'imports.txt',
			'List of products imported by Brazil from Chile||',
			'Unit : US Dollar thousand||',
			'Code|Product label|Value in 2023',
			"'870323|Motor cars|7"
		);
		const result = await readTradeFiles([exports, imports], readOptions());
		expect(keyOf(result.keys, 'CHL', 870323, 2023)).toMatchObject({ x: 5000, m: 7000 });
		expect(result.ledger.rowsRead).toBe(2);
		expect(result.ledger.valueUsed).toBe(12_000);
		expect(result.info.valueUnitInFile).toBe('USD, 1000 USD');
		expect(result.info.notes).toEqual(['no-quantities']);
		expect(dropSummary(result)).toEqual({});
		expectReconciled(result);
	});

	/**
	 * Title lines with no tab at all (a table saved by hand): the delimiter is the table's, not a
	 * comma guessed from the first line ("…, Chile" in a title would make it one). The same keys:
	 * 870323 X 5 000 USD, M 7 000 USD.
	 */
	it('finds the tab delimiter below title lines that have none', async () => {
		const lines = (...rows: string[]) => '\ufeff' + rows.join('\n') + '\n';
		const exports = textFile(
			'exports.txt',
			lines(
				'List of products exported by Brazil to Chile',
				'Unit: US Dollar',
				'Code\tProduct label\tValue in 2023\t',
				"'870323\tMotor cars, 1500 to 3000 cc\t5000\t"
			)
		);
		const imports = textFile(
			'imports.txt',
			lines(
				'List of products imported by Brazil from Chile',
				'Unit: US Dollar',
				'Code\tProduct label\tValue in 2023\t',
				"'870323\tMotor cars, 1500 to 3000 cc\t7000\t"
			)
		);
		const result = await readTradeFiles([exports, imports], readOptions());
		expect(keyOf(result.keys, 'CHL', 870323, 2023)).toMatchObject({ x: 5000, m: 7000 });
		expect(result.info.reporters).toEqual(['BRA']);
		expect(result.ledger.valueUsed).toBe(12_000);
		expectReconciled(result);
	});

	/**
	 * A table by market for one HS6 product ("Product: 870323 …" in its title) and its imports
	 * counterpart: HS6 bilateral trade of that product with every market. Exports: World 9
	 * (world-partner, 9 000), Chile 4 → 4 000, Area Nes 1 (aggregate-partner, 1 000);
	 * imports: Chile 3 → 3 000.
	 */
	it('reads tables by market of one HS6 product named in the title', async () => {
		const exports = tsv(
			'Trade_Map_-_List_of_importing_markets_for_the_product_exported_by_Brazil.txt',
			'List of importing markets for the product exported by Brazil in 2023|',
			"Product: '870323 Motor cars, 1500 to 3000 cc|",
			'Importers|Value exported in 2023 (USD thousand)',
			'"World"|9',
			'"Chile"|4',
			'"Area Nes"|1'
		);
		const imports = tsv(
			'Trade_Map_-_List_of_supplying_markets_for_the_product_imported_by_Brazil.txt',
			'List of supplying markets for the product imported by Brazil in 2023|',
			'Product: 870323 Motor cars, 1500 to 3000 cc|',
			'Exporters|Value imported in 2023 (USD thousand)',
			'"Chile"|3'
		);
		const result = await readTradeFiles([exports, imports], readOptions());
		expect(keyOf(result.keys, 'CHL', 870323, 2023)).toMatchObject({ x: 4000, m: 3000 });
		expect(result.keys.count).toBe(1);
		expect(dropSummary(result)).toEqual({
			'world-partner': [1, 9000, [4]],
			'aggregate-partner': [1, 1000, [6]]
		});
		expect(result.info.notes).toEqual(['no-quantities']);
		expectReconciled(result);
	});
});

describe('Trade Map tables that stop short or are another country’s', () => {
	it('says an HTML table cut in a row was cut, at that table row', async () => {
		const html = fixtureText(BILATERAL_XLS);
		// Cut inside the 020230 row (table row 12: titles 1–3, spacer 4, legend 5–6, spacer 7,
		// header rows 8–9, TOTAL 10, 870323 11).
		const cut = html.slice(0, html.indexOf('Meat of bovine') + 10);
		const error = await rejection(
			readTradeFiles(
				[textFile('Trade_Map_-_Bilateral_trade_between_Brazil_and_Argentina.xls', cut)],
				readOptions()
			)
		);
		expect(error.code).toBe('truncated-file');
		expect(error.line).toBe(12);
	});

	it('says a table whose titles are never followed by a header has no yearly values', async () => {
		const lines = ['List of products exported by Brazil to Chile|', ...Array(120).fill('a note|')];
		const error = await rejection(readTradeFiles([tsv('notes.txt', ...lines)], readOptions()));
		expect(error.code).toBe('incomplete-table');
		expect(error.details.missing).toBe('yearly values');
		expect(error.message).toContain("This Trade Map table is Brazil's exports to Chile by product");
	});

	it('names whose table it is when another reporter is chosen, before any missing direction', async () => {
		const error = await rejection(
			readTradeFiles([fixture(EXPORTS_TXT)], readOptions({ reporter: 'CHL' }))
		);
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toMatchObject({ reporter: 'CHL', reporters: 'BRA' });
	});
});
