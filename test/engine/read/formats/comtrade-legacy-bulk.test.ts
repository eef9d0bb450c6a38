import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../../../src/lib/engine/classify/classify';
import { detectFormat } from '../../../../src/lib/engine/read/formats/detect';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

/** Hand-made in the shape of the real bulk-style download (35 columns, letters flows, W00, CRLF). */
const BULK = 'comtrade-legacy/comtrade_BRA_2019_bulk_hs6.csv';
/** Seven real lines of comtrade-legacy-hs6-252310-all-reporters-world.csv (see the folder's README). */
const WORLD = 'comtrade-legacy/real_252310_world_excerpt.csv';

const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

describe('UN Comtrade legacy, bulk style (flows as letters, W00)', () => {
	it('is detected with its 35-column header', async () => {
		const header = (await fixture(BULK).blob.text()).split('\r\n')[0].split(',');
		expect(header).toHaveLength(35);
		expect(detectFormat(header)).toBe('comtrade-legacy');
	});

	/**
	 * The bulk fixture (reporter Brazil 76, 2019, H5; Trade Flow Code 0 on every row), by hand:
	 *  line 2  X  USA 847130  10 000  8 kg 100                        used
	 *  line 3  M  USA 847130   6 000  8 kg 50                         used
	 *  line 4  DX USA          9 000  part of X                       breakdown-row
	 *  line 5  RX USA          1 000                                  re-export
	 *  line 6  FM USA          5 500  part of M                       breakdown-row
	 *  line 7  RM USA            500                                  re-export
	 *  line 8  X  W00         50 000                                  world-partner
	 *  line 9  DX W00         45 000  World first                     world-partner
	 *  line 10 X  USA mot 2100 8 000                                  breakdown-row
	 *  line 11 X  CHN 020230   3 000  -1 N/A (net weight 2 000)        used, no quantity
	 *  line 12 M  CHN 020230   4 000  8 kg 1 500                      used
	 *  line 13 X  CHN C01      3 000                                  breakdown-row
	 *  line 14 XOP CHN           700  part of X                       breakdown-row
	 *  line 15 M  CHN 853400  Trade Value empty, CIF 2 500, FOB 2 300: 2 500, 8 kg 10   used
	 *  line 16 X  CHN 853400  Trade Value and CIF empty, FOB 1 200: 1 200, 8 kg 5       used
	 * Used 6 rows: 10 000 + 6 000 + 3 000 + 4 000 + 2 500 + 1 200 = 26 700 in 3 keys.
	 * breakdown-row 9 000 + 5 500 + 8 000 + 3 000 + 700 = 26 200; re-export 1 500;
	 * world-partner 95 000; read 15 rows = 26 700 + 26 200 + 1 500 + 95 000 = 149 400.
	 */
	it('reads X and M, drops DX, FM and XOP as parts of them, and fills the value from CIF / FOB', async () => {
		const result = await readTradeFiles([fixture(BULK)], readOptions());
		const { keys, ledger } = result;
		expect(keys.count).toBe(3);
		expect(ledger.rowsRead).toBe(15);
		expect(ledger.rowsUsed).toBe(6);
		expect(ledger.valueUsed).toBe(26_700);
		expect(ledger.valueRead).toBe(149_400);
		expect(dropSummary(result)).toEqual({
			'breakdown-row': [5, 26_200, [4, 6, 10, 13, 14]],
			'world-partner': [2, 95_000, [8, 9]],
			're-export': [2, 1500, [5, 7]]
		});
		expect(keyOf(keys, 'USA', 847130)).toEqual({
			x: 10_000,
			m: 6000,
			qx: 100,
			qm: 50,
			ux: 'kg',
			um: 'kg'
		});
		// Qty Unit Code -1 (N/A): the quantity is missing, not zero.
		expect(keyOf(keys, 'CHN', 20230)).toMatchObject({ x: 3000, m: 4000, qx: NaN, qm: 1500 });
		expect(keyOf(keys, 'CHN', 853400)).toMatchObject({ x: 1200, m: 2500, qx: 5, qm: 10 });
		expect(result.info).toMatchObject({
			reporters: ['BRA'],
			partners: ['CHN', 'USA'],
			hsEditions: ['H5'],
			notes: []
		});
		expectReconciled(result);
	});

	/**
	 * Cells at α 0.15, θ 0.10, by hand:
	 *  USA machinery (8471): X 10 000 / 100 kg = 100, M 6 000 / 50 kg = 120, R = 0.833 < 0.85:
	 *   GHM overlap 2·6 000 = 12 000 VIIT-inf, one-way 4 000; FF 6 000/10 000 > 0.1 two-way,
	 *   R < 1/1.15 = 0.870: all 16 000 VIIT-inf.
	 *  CHN animal (0202): X 3 000 without quantity: GHM 6 000 unclassified, 1 000 one-way;
	 *   FF 3 000/4 000 two-way: 7 000 unclassified.
	 *  CHN machinery (8534): X 1 200 / 5 = 240, M 2 500 / 10 = 250, R = 0.96: GHM 2 400 HIIT,
	 *   1 300 one-way; FF 1 200/2 500 two-way, 0.870 ≤ R ≤ 1.15: 3 700 HIIT.
	 */
	it('gives the right cells', async () => {
		const { keys } = await readTradeFiles([fixture(BULK)], readOptions({ reporter: 'BRA' }));
		const cells = classifyKeys(keys, SETTINGS);
		const cell = (partner: string, sector: string) => {
			const found = cells.filter((c) => c.partner === partner && c.sector === sector);
			expect(found).toHaveLength(1);
			return found[0];
		};
		expect(cells).toHaveLength(3);
		const usa = cell('USA', 'machinery');
		expect(usa.trade).toBe(16_000);
		expect(usa.ghm).toEqual({
			oneWay: 4000,
			hiit: 0,
			viitSup: 0,
			viitInf: 12_000,
			unclassified: 0,
			outlier: 0
		});
		expect(usa.ff).toEqual({
			oneWay: 0,
			hiit: 0,
			viitSup: 0,
			viitInf: 16_000,
			unclassified: 0,
			outlier: 0
		});
		const meat = cell('CHN', 'animal');
		expect(meat.ghm).toEqual({
			oneWay: 1000,
			hiit: 0,
			viitSup: 0,
			viitInf: 0,
			unclassified: 6000,
			outlier: 0
		});
		expect(meat.ff).toEqual({
			oneWay: 0,
			hiit: 0,
			viitSup: 0,
			viitInf: 0,
			unclassified: 7000,
			outlier: 0
		});
		const circuits = cell('CHN', 'machinery');
		expect(circuits.ghm).toEqual({
			oneWay: 1300,
			hiit: 2400,
			viitSup: 0,
			viitInf: 0,
			unclassified: 0,
			outlier: 0
		});
		expect(circuits.ff).toEqual({
			oneWay: 0,
			hiit: 3700,
			viitSup: 0,
			viitInf: 0,
			unclassified: 0,
			outlier: 0
		});
	});

	it('counts re-exports and re-imports when asked, never the parts DX and FM', async () => {
		// Lines 5 (RX 1 000) and 7 (RM 500) join USA 847130: X 11 000, M 6 500; quantities 100 + 10
		// and 50 + 5 kg. DX and FM stay breakdowns.
		const result = await readTradeFiles([fixture(BULK)], readOptions({ includeReExports: true }));
		expect(keyOf(result.keys, 'USA', 847130)).toMatchObject({
			x: 11_000,
			m: 6500,
			qx: 110,
			qm: 55
		});
		expect(result.ledger.drops['breakdown-row']?.rows).toBe(5);
		expect(result.ledger.valueUsed).toBe(28_200); // 26 700 + 1 500
		expectReconciled(result);
	});

	it('weighs by Netweight (kg) on the net-weight basis, where Qty is N/A', async () => {
		const result = await readTradeFiles(
			[fixture(BULK)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		expect(keyOf(result.keys, 'CHN', 20230)).toMatchObject({ qx: 2000, qm: 1500, ux: 'kg' });
	});

	it('reads the other header spellings, and files with CIF and FOB columns only', async () => {
		// TradeFlow Code, Netweightkg; no Trade Value (US$): imports take CIF, exports FOB
		// (line 2: X FOB 700, CIF 800 → 700; line 3: M CIF 900 → 900; line 4: M with FOB only → 650).
		const file = textFile(
			'variant.csv',
			'Classification,Year,Aggregate Level,TradeFlow Code,Trade Flow,Reporter Code,Partner Code,Partner ISO,Commodity Code,Qty Unit Code,Qty,Netweightkg,CIF Trade Value (US$),FOB Trade Value (US$)\n',
			'H4,2015,6,0,X,76,842,USA,010121,8,7,7,800,700\n',
			'H4,2015,6,0,M,76,842,USA,010121,8,9,9,900,\n',
			'H4,2015,6,0,M,76,251,FRA,010121,8,5,5,,650\n'
		);
		const header = (await file.blob.text()).split('\n')[0].split(',');
		expect(detectFormat(header)).toBe('comtrade-legacy');
		const result = await readTradeFiles([file], readOptions({ quantityBasis: 'net-weight' }));
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({ x: 700, m: 900, qx: 7, qm: 9 });
		expect(keyOf(result.keys, 'FRA', 10121)).toMatchObject({ x: 0, m: 650, qm: 5 });
		expect(result.info.hsEditions).toEqual(['H4']);
		expectReconciled(result);
	});
});

describe('UN Comtrade legacy, real bulk rows of partner World', () => {
	/**
	 * The excerpt: line 2 ARM X 1997 746 063, line 3 ARM FM 2017 (road) 981 902, lines 4–6 BRA
	 * M 1991 896 013, X 1992 128 473, M 1992 734 176, line 7 BRA RM 2003 180, line 8 BRA M 2017
	 * (sea, FOB only) 14 615 526 — every partner is World (W00).
	 */
	it('says that BRA has rows, all of partner World, and never that others report them', async () => {
		const error = await rejection(
			readTradeFiles([fixture(WORLD)], readOptions({ reporter: 'BRA' }))
		);
		expect(error.code).toBe('no-hs6-by-partner');
		// BRA's rows: 4 World (lines 4, 5, 6, 8) and 1 re-import (line 7); ARM's 2 are not counted.
		expect(error.details).toEqual({ reporter: 'BRA', 'world-partner': 4, 're-export': 1 });
		expect(error.toLine()).toBe(
			'real_252310_world_excerpt.csv: No row of BRA could be used: the file holds no HS6 trade of BRA with a partner country (4 rows have World as partner; other rows dropped: 1 re-export). Download the data again by partner (every country, not World) and at HS6 (6-digit product codes).'
		);
	});

	it('says the same of the whole file without a reporter', async () => {
		const error = await rejection(readTradeFiles([fixture(WORLD)], readOptions()));
		expect(error.code).toBe('no-hs6-by-partner');
		// 6 World rows (ARM's FM row is World first, a part of M second), 1 re-import.
		expect(error.details).toEqual({ 'world-partner': 6, 're-export': 1 });
	});

	it('names the reporters only when the chosen one has no row at all', async () => {
		const error = await rejection(
			readTradeFiles([fixture(WORLD)], readOptions({ reporter: 'ITA' }))
		);
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toEqual({ reporter: 'ITA', reporters: 'ARM, BRA' });
	});
});

describe('UN Comtrade legacy in other classifications', () => {
	const header =
		'Classification,Year,Aggregate Level,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Trade Value (US$)\n';

	it('refuses SITC, whose 5-digit codes would pass for HS6 codes without their zero', async () => {
		const error = await rejection(
			readTradeFiles(
				[textFile('sitc.csv', header, 'S3,2015,5,2,76,842,01111,1000\n')],
				readOptions()
			)
		);
		expect(error.code).toBe('not-hs-classification');
		expect(error.line).toBe(2);
		expect(error.details).toEqual({ classification: 'SITC', code: 'S3' });
	});

	it('refuses a services file (EBOPS) with what to download instead', async () => {
		const error = await rejection(
			readTradeFiles(
				[textFile('ebops.csv', header, 'EB02,2015,1,2,76,842,200,1000\n')],
				readOptions()
			)
		);
		expect(error.code).toBe('services-file');
		expect(error.message).toContain('not goods');
		expect(error.message).toContain('by partner');
		expect(error.message).toContain('HS6');
	});
});
