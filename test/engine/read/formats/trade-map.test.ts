import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../../src/lib/engine/read/analyze';
import { detectFormat } from '../../../../src/lib/engine/read/formats/detect';
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

const BILATERAL = 'trade-map/Trade_Map_-_Bilateral_trade_between_Brazil_and_Argentina.txt';
const EXPORTS_ONLY = 'trade-map/Trade_Map_-_List_of_products_exported_by_Brazil.txt';

const headerOf = (path: string) => fixtureText(path).split('\r\n')[0].split('\t');
const tsv = (name: string, ...lines: string[]) =>
	textFile(name, lines.map((line) => line.split('|').join('\t') + '\t\r\n').join(''));

/**
 * The bilateral fixture (tab-separated, a trailing tab, CRLF): "Brazil's exports to Argentina"
 * and "Brazil's imports from Argentina", values in 2021 and 2022, thousand USD. By hand, cells
 * X21 X22 M21 M22:
 *  line 2 'TOTAL   11000 12000 9000 10000   not-hs-product, 42 000 000
 *  line 3 '010121    100     0   40    —    used 140 000: 2021 X 100 000, M 40 000
 *  line 4 '870323   5000  6000 3000  3500   used 17 500 000: 2021 X 5e6 M 3e6; 2022 X 6e6 M 3.5e6
 *  line 5 '220421      0     0    0     0   zero-value, 0
 *  line 6 '854231   12.5     0    0  7.25   used 19 750: 2021 X 12 500; 2022 M 7 250
 *  line 7 '300490      —     —    —     —   invalid-value (nothing readable)
 *  line 8 10121 (no ', lost its 0)  1       used 1 000: 2021 X 010121 + 1 000
 * Used 4 rows = 140 000 + 17 500 000 + 19 750 + 1 000 = 17 660 750 in 5 keys; read 7 rows
 * = 17 660 750 + 42 000 000 = 59 660 750.
 */
function expectBilateral(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(5);
	expect(ledger.rowsRead).toBe(7);
	expect(ledger.rowsUsed).toBe(4);
	expect(ledger.valueUsed).toBe(17_660_750);
	expect(ledger.valueRead).toBe(59_660_750);
	expect(dropSummary(result)).toEqual({
		'not-hs-product': [1, 42_000_000, [2]],
		'zero-value': [1, 0, [5]],
		'invalid-value': [1, 0, [7]]
	});
	const none = { qx: NaN, qm: NaN, ux: null, um: null };
	expect(keyOf(keys, 'ARG', 10121, 2021)).toEqual({ x: 101_000, m: 40_000, ...none });
	expect(keyOf(keys, 'ARG', 870323, 2021)).toEqual({ x: 5_000_000, m: 3_000_000, ...none });
	expect(keyOf(keys, 'ARG', 870323, 2022)).toEqual({ x: 6_000_000, m: 3_500_000, ...none });
	expect(keyOf(keys, 'ARG', 854231, 2021)).toEqual({ x: 12_500, m: 0, ...none });
	expect(keyOf(keys, 'ARG', 854231, 2022)).toEqual({ x: 0, m: 7250, ...none });
	expect(result.info).toMatchObject({
		format: 'trade-map',
		currency: 'USD',
		importValuation: 'CIF',
		valueUnitInFile: '1000 USD',
		// No "(USD thousand)" and no "Unit:" line: Trade Map's thousand USD, said to be assumed.
		notes: ['no-quantities', 'value-unit-assumed'],
		reporters: ['BRA'],
		partners: ['ARG'],
		years: [2021, 2022]
	});
	expectReconciled(result);
}

describe('Trade Map reader', () => {
	it('detects Trade Map tables, readable or not', () => {
		expect(detectFormat(headerOf(BILATERAL))).toBe('trade-map');
		expect(detectFormat(headerOf(EXPORTS_ONLY))).toBe('trade-map');
		expect(detectFormat(['Importers', 'Exported value in 2022', 'Exported value in 2023'])).toBe(
			'trade-map'
		);
		expect(detectFormat(['Code', 'Value in 2022'], 'Trade_Map_-_x.txt')).toBe('trade-map');
		// A hand-made wide CSV is left to the column mapping.
		expect(detectFormat(['product', 'partner', 'exports 2022', 'imports 2022'])).toBeNull();
	});

	it('reads a bilateral table: physical rows once, cells summed', async () => {
		expectBilateral(await readTradeFiles([fixture(BILATERAL)], readOptions()));
	});

	it('gives the same keys through auto detection and the explicit format', async () => {
		const auto = await readTradeFiles([fixture(BILATERAL)], readOptions());
		const explicit = await readTradeFiles(
			[fixture(BILATERAL)],
			readOptions({ format: 'trade-map', reporter: 'BRA' })
		);
		expectBilateral(explicit);
		expect(explicit.keys).toEqual(auto.keys);
	});

	it('says whose table it is when another reporter is chosen', async () => {
		const error = await rejection(
			readTradeFiles([fixture(BILATERAL)], readOptions({ reporter: 'ARG' }))
		);
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toEqual({ reporter: 'ARG', reporters: 'BRA' });
	});

	it('explains what an exports-only table lacks', async () => {
		const error = await rejection(readTradeFiles([fixture(EXPORTS_ONLY)], readOptions()));
		expect(error.code).toBe('incomplete-table');
		expect(error.file).toBe('Trade_Map_-_List_of_products_exported_by_Brazil.txt');
		expect(error.line).toBe(1);
		// Its codes are HS2 chapters ('01 on line 3, after 'TOTAL on line 2): said too.
		expect(error.details).toEqual({
			missing: 'imports, partner, HS6 product codes',
			download:
				'"Bilateral trade between Brazil and <partner>" · product level "6 digits" · "Exports" and "Imports"'
		});
		expect(error.message).toBe(
			"This Trade Map table is Brazil's exports to the World by product: it lacks imported values, " +
				'a partner country (its values are trade with the World) and 6-digit (HS6) product codes; ' +
				"its products are HS2 chapters, not HS6 (01 on line 3). The method needs one reporter's " +
				'exports and imports of each HS6 product with each partner: in Trade Map choose ' +
				'"Bilateral trade between Brazil and <partner>", product level "6 digits", and download ' +
				'the yearly values once with "Exports" and once with "Imports"; drop the two files ' +
				'together (or use UN Comtrade, BACI or WITS).'
		);
	});

	/**
	 * Reporter and partner from the file name ("Trinidad and Tobago" and "Chile"), values from
	 * "Exported / Imported value in" columns: line 2 X 3 000, M 1 000.5 → 1 000 500.
	 */
	it('takes reporter and partner from a bilateral file name', async () => {
		const file = tsv(
			'Trade_Map_-_Bilateral_trade_between_Trinidad_and_Tobago_and_Chile (1).txt',
			'Code|Product label|Exported value in 2022|Imported value in 2022',
			"'271111|Natural gas, liquefied|3|1000.5"
		);
		const result = await readTradeFiles([file], readOptions());
		expect(keyOf(result.keys, 'CHL', 271111, 2022)).toMatchObject({ x: 3000, m: 1_000_500 });
		expect(result.info.reporters).toEqual(['TTO']);
		expectReconciled(result);
	});

	/**
	 * Partners per row by name, reporter chosen: line 2 World dropped (5 000), line 3
	 * "Korea, Republic of" X 2 000 M 1 000, line 4 "Areas, nes" dropped (7 000).
	 */
	it('reads a partner per row when the reporter is chosen', async () => {
		const file = tsv(
			'partners.txt',
			'Code|Importers|Exported value in 2022|Imported value in 2022',
			"'854231|World|3|2",
			"'854231|Korea, Republic of|2|1",
			"'854231|Areas, nes|4|3"
		);
		const result = await readTradeFiles([file], readOptions({ reporter: 'BRA' }));
		expect(keyOf(result.keys, 'KOR', 854231, 2022)).toMatchObject({ x: 2000, m: 1000 });
		expect(dropSummary(result)).toEqual({
			'world-partner': [1, 5000, [2]],
			'aggregate-partner': [1, 7000, [4]]
		});
		expectReconciled(result);
		const unnamed = await rejection(readTradeFiles([file], readOptions()));
		expect(unnamed.code).toBe('reporter-required');
	});

	it('refuses tables without HS6 codes, partner, or direction', async () => {
		const cases: [string[], string][] = [
			[['Importers|Exported value in 2022|Imported value in 2022'], 'HS6 product codes'],
			[
				[
					"Code|Product label|Brazil's exports to world - Value in 2022|Brazil's imports from world - Value in 2022"
				],
				'partner'
			],
			[['Code|Product label|Value in 2021|Value in 2022'], 'flow direction'],
			[
				[
					"Code|Product label|Brazil's exports to Chile - Value in 2021|Brazil's exports to Chile - Value in 2022|Brazil's imports from Chile - Value in 2021"
				],
				'imports in 2022'
			]
		];
		for (const [lines, missing] of cases) {
			const error = await rejection(
				readTradeFiles(
					[tsv('table.txt', ...lines, "'010121|Horses|1|2|3")],
					readOptions({ reporter: 'BRA' })
				)
			);
			expect(error.code).toBe('incomplete-table');
			expect(error.details.missing).toBe(missing);
		}
	});

	/**
	 * A trade-indicators table: only the two "Value … in 2023" columns are values; the balance,
	 * growth and quantity columns are not. Line 2: X 5 → 5 000, M 4 → 4 000; used 9 000.
	 */
	it('reads value columns only, not balances, growth rates or quantities', async () => {
		const file = tsv(
			'Trade_Map_-_Bilateral_trade_between_Brazil_and_Chile.txt',
			'Code|Product label|Value exported in 2023 (USD thousand)|Value imported in 2023 (USD thousand)|Trade balance 2023 (USD thousand)|Growth in exported value between 2019-2023 (%, p.a.)|Quantity exported in 2023',
			"'271111|Natural gas, liquefied|5|4|1|12|7"
		);
		const result = await readTradeFiles([file], readOptions());
		expect(keyOf(result.keys, 'CHL', 271111, 2023)).toMatchObject({ x: 5000, m: 4000, qx: NaN });
		expect(result.ledger.valueUsed).toBe(9000);
		expect(result.info.reporters).toEqual(['BRA']);
		expectReconciled(result);
	});

	it('refuses a table of HS4 codes at its first row', async () => {
		const file = tsv(
			'Trade_Map_-_Bilateral_trade_between_Brazil_and_Chile.txt',
			'Code|Product label|Exported value in 2022|Imported value in 2022',
			"'TOTAL|All products|9|9",
			"'0101|Horses|1|2"
		);
		const error = await rejection(readTradeFiles([file], readOptions()));
		expect(error.code).toBe('incomplete-table');
		expect(error.line).toBe(3);
		expect(error.details.missing).toBe('HS6 product codes');
		expect(error.message).toContain('its products are HS4 headings, not HS6 (0101 on line 3)');
	});
});
