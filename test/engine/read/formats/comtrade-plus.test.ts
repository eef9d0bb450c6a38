import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../../src/lib/engine/read/analyze';
import { TradeFileError } from '../../../../src/lib/engine/model/errors';
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

const ANNUAL = 'comtrade-plus/TradeData_BRA_2022_annual.csv';
const ANNUAL_TSV = 'comtrade-plus/TradeData_BRA_2022_annual.tsv';
const MONTHLY = 'comtrade-plus/TradeData_BRA_2022_monthly.csv';

/**
 * The annual fixture (reporter Brazil, 2022), by hand; C00 / mot 0 / partner2 0 unless said:
 *  line 2  X  USA 010121 aggr 6  100 000  qty 10 u,  netWgt 5 000   used
 *  line 3  M  USA 010121         60 000   qty 4 u,   netWgt 2 000   used
 *  line 4  X  World (0, W00)     500 000                             world-partner
 *  line 5  X  899 Areas nes       7 000                              aggregate-partner
 *  line 6  X  FRA cmd 01 aggr 2  300 000                             not-hs6
 *  line 7  X  FRA 0101 aggr 4    200 000                             not-hs6
 *  line 8  X  FRA 010121        150 000  qtyUnitCode -1 N/A qty 0 → missing; netWgt 100   used
 *  line 9  RX FRA 010121          9 000                              re-export
 *  line 10 RM FRA 010121          4 000                              re-export
 *  line 11 M  IND 300490 (total)  80 000  qty 8 kg, netWgt 8         used
 *  line 12 M  IND customsCode C01 50 000                             breakdown-row
 *  line 13 M  IND motCode 1000    30 000                             breakdown-row
 *  line 14 M  IND partner2 842    20 000                             breakdown-row
 *  line 15 X  CHN cmd TOTAL     1 000 000                            not-hs-product
 *  line 16 X  490 (S19) 854231   25 000  qty 100 u, netWgt 1         used, partner '490'
 *  line 17 M  BRA (itself)         1 000                              self-trade
 *  line 18 X  HKG "China, Hong Kong SAR" 854231 12 000 qty 5 u, netWgt 0   used
 *  line 19 DX USA                  3 000                              unknown-flow
 *  line 20 X  97 EU                6 000                              aggregate-partner
 * Used 6 rows = 100 000 + 60 000 + 150 000 + 80 000 + 25 000 + 12 000 = 427 000 in 5 keys.
 * Dropped 13 rows = 500 000 + 13 000 + 1 500 000 + 13 000 + 100 000 + 1 000 + 3 000 = 2 130 000;
 * read 19 rows = 2 557 000.
 */
function expectAnnual(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(5);
	expect(ledger.rowsRead).toBe(19);
	expect(ledger.rowsUsed).toBe(6);
	expect(ledger.valueUsed).toBe(427_000);
	expect(ledger.valueRead).toBe(2_557_000);
	expect(dropSummary(result)).toEqual({
		'world-partner': [1, 500_000, [4]],
		'aggregate-partner': [2, 13_000, [5, 20]],
		'not-hs6': [2, 500_000, [6, 7]],
		'not-hs-product': [1, 1_000_000, [15]],
		're-export': [2, 13_000, [9, 10]],
		'breakdown-row': [3, 100_000, [12, 13, 14]],
		'self-trade': [1, 1000, [17]],
		'unknown-flow': [1, 3000, [19]]
	});
	expect(keyOf(keys, 'USA', 10121)).toEqual({
		x: 100_000,
		m: 60_000,
		qx: 10,
		qm: 4,
		ux: 'u',
		um: 'u'
	});
	expect(keyOf(keys, 'FRA', 10121)).toEqual({
		x: 150_000,
		m: 0,
		qx: NaN,
		qm: NaN,
		ux: null,
		um: null
	});
	expect(keyOf(keys, 'IND', 300490)).toMatchObject({ x: 0, m: 80_000, qm: 8, um: 'kg' });
	expect(keyOf(keys, '490', 854231)).toMatchObject({ x: 25_000, qx: 100, ux: 'u' });
	expect(keyOf(keys, 'HKG', 854231)).toMatchObject({ x: 12_000, qx: 5, ux: 'u' });
	expect(result.info).toMatchObject({
		format: 'comtrade-plus',
		importValuation: 'CIF',
		quantityUnit: 'reported unit',
		reporters: ['BRA'],
		partners: ['490', 'FRA', 'HKG', 'IND', 'USA'],
		years: [2022]
	});
	expectReconciled(result);
}

describe('UN Comtrade+ reader', () => {
	it('detects the format from its header', () => {
		const header = fixtureText(ANNUAL).split('\n')[0].split(',');
		expect(detectFormat(header)).toBe('comtrade-plus');
		expect(detectFormat([' "FlowCode" ', 'partnerCode', 'CMDCODE', 'primaryValue'])).toBe(
			'comtrade-plus'
		);
	});

	it('reads every trap of the annual fixture', async () => {
		expectAnnual(await readTradeFiles([fixture(ANNUAL)], readOptions()));
	});

	it('reads the same from the tab-separated copy', async () => {
		expectAnnual(await readTradeFiles([fixture(ANNUAL_TSV)], readOptions()));
	});

	it('keeps only the chosen reporter', async () => {
		expectAnnual(await readTradeFiles([fixture(ANNUAL)], readOptions({ reporter: 'BRA' })));
		const other = await readTradeFiles([fixture(ANNUAL)], readOptions({ reporter: 'ARG' })).catch(
			(e: unknown) => e
		);
		expect(other).toBeInstanceOf(TradeFileError);
		// Every row is Brazil's: the error names the reporter the file does have.
		expect((other as TradeFileError).code).toBe('reporter-not-in-file');
		expect((other as TradeFileError).details).toEqual({ reporter: 'ARG', reporters: 'BRA' });
	});

	it('counts re-exports as exports and re-imports as imports when asked', async () => {
		// Lines 9 (RX 9 000) and 10 (RM 4 000) join the FRA 010121 key: X 159 000, M 4 000.
		const result = await readTradeFiles([fixture(ANNUAL)], readOptions({ includeReExports: true }));
		expect(keyOf(result.keys, 'FRA', 10121)).toMatchObject({ x: 159_000, m: 4000 });
		expect(result.ledger.rowsUsed).toBe(8);
		expect(result.ledger.valueUsed).toBe(440_000);
		expect(result.ledger.drops['re-export']).toBeUndefined();
		expectReconciled(result);
	});

	it('uses net weight in kg on that basis (0 = missing)', async () => {
		const result = await readTradeFiles(
			[fixture(ANNUAL)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		const { keys } = result;
		expect(keys.units).toEqual(['kg']);
		expect(keyOf(keys, 'USA', 10121)).toMatchObject({ qx: 5000, qm: 2000, ux: 'kg', um: 'kg' });
		expect(keyOf(keys, 'FRA', 10121).qx).toBe(100);
		expect(keyOf(keys, '490', 854231).qx).toBe(1);
		expect(keyOf(keys, 'HKG', 854231)).toMatchObject({ qx: NaN, ux: null }); // netWgt 0
		expect(result.info.quantityUnit).toBe('kg');
		expectReconciled(result);
	});

	/**
	 * Monthly file: X USA 010121 in months 1–3: 1 000 + 2 000 + 3 000 = 6 000, qty 1 + 2 + 3 = 6 u;
	 * M USA: 500 (1 u) + 700 (qtyUnitCode -1) = 1 200, qM missing; X FRA: 800 (2 u) + 900 (3 kg)
	 * = 1 700, qX missing (units differ); line 9 World 4 000 dropped. Used 7 rows, 8 900.
	 */
	it('sums a monthly file to the year', async () => {
		const result = await readTradeFiles([fixture(MONTHLY)], readOptions());
		const { keys, ledger } = result;
		expect(keys.count).toBe(2);
		expect(keyOf(keys, 'USA', 10121)).toEqual({
			x: 6000,
			m: 1200,
			qx: 6,
			qm: NaN,
			ux: 'u',
			um: null
		});
		expect(keyOf(keys, 'FRA', 10121)).toMatchObject({ x: 1700, qx: NaN, ux: null });
		expect(ledger.rowsUsed).toBe(7);
		expect(ledger.valueUsed).toBe(8900);
		expect(dropSummary(result)).toEqual({ 'world-partner': [1, 4000, [9]] });
		expectReconciled(result);
		// Net weight: X USA 10 + 20 + 30 = 60 kg, M USA 5 + 7 = 12 kg, X FRA 8 + 9 = 17 kg.
		const byWeight = await readTradeFiles(
			[fixture(MONTHLY)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		expect(keyOf(byWeight.keys, 'USA', 10121)).toMatchObject({ qx: 60, qm: 12 });
		expect(keyOf(byWeight.keys, 'FRA', 10121).qx).toBe(17);
	});

	it('refuses annual and monthly files of the same year (they would count it twice)', async () => {
		const error = await rejection(
			readTradeFiles([fixture(ANNUAL), fixture(MONTHLY)], readOptions())
		);
		expect(error.code).toBe('mixed-periods');
		expect(error.file).toBe('TradeData_BRA_2022_monthly.csv');
		expect(error.details).toEqual({ year: 2022 });
	});

	it('names a missing required column', async () => {
		const header = fixtureText(ANNUAL).split('\n')[0].replace(',primaryValue', '');
		const error = await rejection(
			readTradeFiles([textFile('TradeData_x.csv', header + '\n')], readOptions())
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('primaryValue');
		expect(error.toLine()).toContain('TradeData_x.csv, line 1, column primaryValue');
	});
});
