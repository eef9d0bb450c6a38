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

const ANNUAL = 'comtrade-legacy/comtrade_BRA_2019_annual.csv';
const MONTHLY = 'comtrade-legacy/comtrade_BRA_2019_monthly.csv';
const API = 'comtrade-legacy/comtrade_ARG_2020_api.csv';

const headerOf = (path: string) => fixtureText(path).split(/\r?\n/)[0].split(',');

/**
 * The annual 22-column fixture (reporter Brazil 76, 2019, CRLF), by hand:
 *  line 2  X  842 USA 010121 level 6  100 000  unit 5 qty 10, nw 5 000   used
 *  line 3  M  842 USA 010121           60 000  unit 5 qty 4,  nw 2 000   used
 *  line 4  X  0 World                 500 000                            world-partner
 *  line 5  X  344 "China, Hong Kong SAR" 854231  12 000  unit 8 qty 3, nw 3   used
 *  line 6  X  251 FRA 01 level 2      300 000                            not-hs6
 *  line 7  X  251 FRA 0101 level 4    200 000                            not-hs6
 *  line 8  X  251 FRA 010121          150 000  unit 1 (No Quantity), qty empty, nw 100   used
 *  line 9  3 (re-export) FRA            9 000                            re-export
 *  line 10 4 (re-import) FRA            4 000                            re-export
 *  line 11 M  699 IND 300490           80 000  unit 8 qty 8, nw 8        used
 *  line 12 M  490 Other Asia, nes (no ISO) 854231  25 000  unit 5 qty 100, nw 1   used → '490'
 *  line 13 X  76 Brazil itself          1 000                            self-trade
 *  line 14 X  899 Areas, nes            7 000                            aggregate-partner
 *  line 15 X  156 CHN TOTAL level 0 1 000 000                            not-hs-product
 *  line 16 M  251 FRA 220421            3 000  unit 7 qty 500, nw 520    used
 *  line 17 X  251 FRA 220421            2 000  unit 7 qty 200, nw 210    used
 *  line 18 X  842 USA 030617                0                            zero-value
 *  line 19 M  156 CHN 640399            7 000  unit 6 qty 50, nw 40      used
 *  line 20 M  156 CHN 640399            3 000  unit 8 qty 30, nw 30      used
 *  line 21 X  336 Holy See (not in the table, ISO VAT) 490199  500  unit 8 qty 2, nw 2   used → 'VAT'
 * Used 11 rows: 100 000 + 60 000 + 12 000 + 150 000 + 80 000 + 25 000 + 3 000 + 2 000 + 7 000
 * + 3 000 + 500 = 442 500 in 8 keys (USA 010121, HKG 854231, FRA 010121, IND 300490,
 * 490 854231, FRA 220421, CHN 640399, VAT 490199).
 * Dropped 9 rows: 500 000 + (300 000 + 200 000 + 1 000 000) + (9 000 + 4 000) + 1 000 + 7 000
 * + 0 = 2 021 000; read 20 rows = 2 463 500.
 */
function expectAnnual(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(8);
	expect(ledger.rowsRead).toBe(20);
	expect(ledger.rowsUsed).toBe(11);
	expect(ledger.valueUsed).toBe(442_500);
	expect(ledger.valueRead).toBe(2_463_500);
	expect(dropSummary(result)).toEqual({
		'world-partner': [1, 500_000, [4]],
		'not-hs6': [2, 500_000, [6, 7]],
		'not-hs-product': [1, 1_000_000, [15]],
		're-export': [2, 13_000, [9, 10]],
		'self-trade': [1, 1000, [13]],
		'aggregate-partner': [1, 7000, [14]],
		'zero-value': [1, 0, [18]]
	});
	expect(keyOf(keys, 'USA', 10121)).toEqual({
		x: 100_000,
		m: 60_000,
		qx: 10,
		qm: 4,
		ux: 'items',
		um: 'items'
	});
	expect(keyOf(keys, 'HKG', 854231)).toEqual({
		x: 12_000,
		m: 0,
		qx: 3,
		qm: NaN,
		ux: 'kg',
		um: null
	});
	// Unit code 1 with an empty quantity is missing, not zero.
	expect(keyOf(keys, 'FRA', 10121)).toEqual({
		x: 150_000,
		m: 0,
		qx: NaN,
		qm: NaN,
		ux: null,
		um: null
	});
	expect(keyOf(keys, 'IND', 300490)).toMatchObject({ x: 0, m: 80_000, qm: 8, um: 'kg' });
	expect(keyOf(keys, '490', 854231)).toMatchObject({ m: 25_000, qm: 100, um: 'items' });
	expect(keyOf(keys, 'FRA', 220421)).toEqual({
		x: 2000,
		m: 3000,
		qx: 200,
		qm: 500,
		ux: 'l',
		um: 'l'
	});
	// 50 pairs + 30 kg: units differ, so the summed quantity is missing.
	expect(keyOf(keys, 'CHN', 640399)).toMatchObject({ m: 10_000, qm: NaN, um: null });
	expect(keyOf(keys, 'VAT', 490199)).toMatchObject({ x: 500, qx: 2, ux: 'kg' });
	expect(result.info).toMatchObject({
		format: 'comtrade-legacy',
		currency: 'USD',
		importValuation: 'CIF',
		valueUnitInFile: 'USD',
		quantityBasis: 'reported',
		quantityUnit: 'reported unit',
		reporters: ['BRA'],
		partners: ['490', 'CHN', 'FRA', 'HKG', 'IND', 'USA', 'VAT'],
		years: [2019]
	});
	expectReconciled(result);
}

describe('UN Comtrade legacy reader', () => {
	it('detects the 22- and 35-column headers, and not Comtrade+', () => {
		expect(detectFormat(headerOf(ANNUAL))).toBe('comtrade-legacy');
		expect(detectFormat(headerOf(API))).toBe('comtrade-legacy');
		expect(detectFormat(headerOf('comtrade-plus/TradeData_BRA_2022_annual.csv'))).toBe(
			'comtrade-plus'
		);
		// Case, spaces and punctuation do not matter: a re-saved API header.
		const squeezed =
			'Year,Period,Aggregate Level,TradeFlow Code,Reporter Code,Partner Code,Commodity Code,Qty Unit Code,Qty,Netweightkg,TradeValueUS';
		expect(detectFormat(squeezed.split(','))).toBe('comtrade-legacy');
		expect(
			detectFormat([' "COMMODITY CODE" ', 'trade flow code', 'Partner ISO', 'trade value (us$)'])
		).toBe('comtrade-legacy');
	});

	it('reads every trap of the annual bulk file', async () => {
		expectAnnual(await readTradeFiles([fixture(ANNUAL)], readOptions()));
	});

	it('gives the same keys through auto detection and the explicit format', async () => {
		const auto = await readTradeFiles([fixture(ANNUAL)], readOptions());
		const explicit = await readTradeFiles(
			[fixture(ANNUAL)],
			readOptions({ format: 'comtrade-legacy' })
		);
		expectAnnual(explicit);
		expect(explicit.keys).toEqual(auto.keys);
	});

	it('keeps only the chosen reporter', async () => {
		expectAnnual(await readTradeFiles([fixture(ANNUAL)], readOptions({ reporter: 'BRA' })));
		const error = await rejection(
			readTradeFiles([fixture(ANNUAL)], readOptions({ reporter: 'ARG' }))
		);
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toEqual({ reporter: 'ARG', reporters: 'BRA' });
	});

	it('counts re-exports and re-imports when asked', async () => {
		// Lines 9 (re-export 9 000) and 10 (re-import 4 000) join FRA 010121: X 159 000, M 4 000;
		// their quantities (1 item each) cannot join line 8's missing one, so qX stays missing.
		const result = await readTradeFiles([fixture(ANNUAL)], readOptions({ includeReExports: true }));
		expect(keyOf(result.keys, 'FRA', 10121)).toMatchObject({ x: 159_000, m: 4000, qx: NaN, qm: 1 });
		expect(result.ledger.rowsUsed).toBe(13);
		expect(result.ledger.valueUsed).toBe(455_500); // 442 500 + 13 000
		expect(result.ledger.drops['re-export']).toBeUndefined();
		expectReconciled(result);
	});

	it('uses Netweight (kg) on the net-weight basis', async () => {
		const result = await readTradeFiles(
			[fixture(ANNUAL)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		const { keys } = result;
		expect(keys.units).toEqual(['kg']);
		expect(keyOf(keys, 'USA', 10121)).toMatchObject({ qx: 5000, qm: 2000, ux: 'kg', um: 'kg' });
		expect(keyOf(keys, 'FRA', 10121)).toMatchObject({ qx: 100, ux: 'kg' }); // No Quantity, but weighed
		expect(keyOf(keys, 'FRA', 220421)).toMatchObject({ qx: 210, qm: 520 });
		expect(keyOf(keys, 'CHN', 640399)).toMatchObject({ qm: 70 }); // 40 + 30 kg
		expect(result.info).toMatchObject({ quantityBasis: 'net-weight', quantityUnit: 'kg' });
		expectReconciled(result);
	});

	/**
	 * The 35-column API file (reporter Argentina 32, 2020), partner Brazil 76, 870323:
	 *  line 2 X totals (2nd partner 0, C00, mot 0)  400 000  20 items  used
	 *  line 3 X customs C01                         150 000           breakdown-row
	 *  line 4 X mot 1000                            250 000           breakdown-row
	 *  line 5 X 2nd partner 842                      50 000           breakdown-row
	 *  line 6 M breakdown columns empty             180 000  10 items  used (CIF 180 000, FOB 170 000)
	 *  line 7 M World                               900 000           world-partner
	 *  line 8 M 8703 level 4                        600 000           not-hs6
	 * Used 2 rows = 580 000; read 7 rows = 2 530 000.
	 */
	it('drops breakdown rows of the API variant next to their totals', async () => {
		const result = await readTradeFiles([fixture(API)], readOptions());
		expect(result.keys.count).toBe(1);
		expect(keyOf(result.keys, 'BRA', 870323)).toEqual({
			x: 400_000,
			m: 180_000,
			qx: 20,
			qm: 10,
			ux: 'items',
			um: 'items'
		});
		expect(dropSummary(result)).toEqual({
			'breakdown-row': [3, 450_000, [3, 4, 5]],
			'world-partner': [1, 900_000, [7]],
			'not-hs6': [1, 600_000, [8]]
		});
		expect(result.ledger.valueUsed).toBe(580_000);
		expect(result.ledger.valueRead).toBe(2_530_000);
		expect(result.info.reporters).toEqual(['ARG']);
		expectReconciled(result);
	});

	/**
	 * Monthly file (Period YYYYMM): X USA 010121 1 000 + 2 000 + 3 000 = 6 000, 1 + 2 + 3 = 6 items;
	 * M USA 500 (No Quantity) + 700 (2 items) = 1 200, qM missing; line 7 World 9 000 dropped.
	 */
	it('sums the months of a monthly file to the year', async () => {
		const result = await readTradeFiles([fixture(MONTHLY)], readOptions());
		expect(result.keys.count).toBe(1);
		expect(keyOf(result.keys, 'USA', 10121, 2019)).toEqual({
			x: 6000,
			m: 1200,
			qx: 6,
			qm: NaN,
			ux: 'items',
			um: null
		});
		expect(result.ledger.rowsUsed).toBe(5);
		expect(dropSummary(result)).toEqual({ 'world-partner': [1, 9000, [7]] });
		expectReconciled(result);
	});

	it('refuses annual and monthly files of the same year together', async () => {
		const error = await rejection(
			readTradeFiles([fixture(ANNUAL), fixture(MONTHLY)], readOptions())
		);
		expect(error.code).toBe('mixed-periods');
		expect(error.file).toBe('comtrade_BRA_2019_monthly.csv');
		expect(error.line).toBe(2);
	});

	it('falls back to the ISO column without codes, and to the code without ISO', async () => {
		// Line 2: X USA 1 000 (5 items); line 3: M USA 400; line 4: World by ISO only.
		const isoOnly = textFile(
			'iso.csv',
			'Year,Aggregate Level,Trade Flow Code,Reporter ISO,Partner ISO,Commodity Code,Qty Unit Code,Qty,Trade Value (US$)\n',
			'2019,6,2,BRA,USA,010121,5,5,1000\n2019,6,1,BRA,USA,010121,1,,400\n2019,6,2,BRA,WLD,010121,5,1,50\n'
		);
		const result = await readTradeFiles([isoOnly], readOptions());
		expect(keyOf(result.keys, 'USA', 10121)).toEqual({
			x: 1000,
			m: 400,
			qx: 5,
			qm: NaN,
			ux: 'items',
			um: null
		});
		expect(dropSummary(result)).toEqual({ 'world-partner': [1, 50, [4]] });
		const codeOnly = textFile(
			'code.csv',
			'Year,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Qty Unit Code,Qty,Trade Value (US$)\n',
			'2019,2,76,251,010121,8,2,300\n'
		);
		const byCode = await readTradeFiles([codeOnly], readOptions());
		expect(keyOf(byCode.keys, 'FRA', 10121)).toMatchObject({ x: 300, qx: 2, ux: 'kg' });
		expect(byCode.info.reporters).toEqual(['BRA']);
	});

	it('names a missing required column', async () => {
		const header = headerOf(ANNUAL).join(',').replace(',Trade Value (US$)', '');
		const error = await rejection(
			readTradeFiles(
				[textFile('legacy.csv', header + '\n')],
				readOptions({ format: 'comtrade-legacy' })
			)
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('Trade Value (US$)');
		expect(error.toLine()).toContain('legacy.csv, line 1, column Trade Value (US$)');
	});
});
