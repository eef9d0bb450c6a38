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

const HS6 = 'wits/WITS-BRA-2019-HS6.csv';
const RAW = 'wits/WITS-BRA-2020-raw.csv';

const headerOf = (path: string) => fixtureText(path).split('\n')[0].split(',');

/**
 * The HS6 download (reporter "Brazil", 2019, a UTF-8 BOM), values in thousand USD, by hand:
 *  line 2  Export     10121 (lost its 0) United States   100  10 Item   used  X USA 010121 100 000
 *  line 3  Import     10121 United States                 60   4 Item   used  M USA  60 000
 *  line 4  Gross Exp. United States                      105            gross-flow 105 000
 *  line 5  Gross Imp. United States                       61            gross-flow  61 000
 *  line 6  Export     World                              500            world-partner 500 000
 *  line 7  Export     854231 "Korea, Rep."               12.5  3 Kg     used  X KOR 12 500
 *  line 8  Import     854231 "Other Asia, nes"            25 100 Item   used  M '490' 25 000
 *  line 9  Re-Export  France                               9            re-export 9 000
 *  line 10 Export     10121 France                       150  No Quantity   used  X FRA 150 000
 *  line 11 Import     300490 Unspecified                   7            aggregate-partner 7 000
 *  line 12 Import     300490 "Iran, Islamic Rep."       0.25  2 Kg     used  M IRN 250
 *  line 13 Export     8703 Argentina                     300            not-hs6 300 000
 *  line 14 Export     870323 Argentina                   400  20 Item   used  X ARG 400 000
 *  line 15 Import     870323 Argentina                   180  14 000 Kg used  M ARG 180 000
 *  line 16 Import     870323 Brazil                        1            self-trade 1 000
 * Used 8 rows: 100 000 + 60 000 + 12 500 + 25 000 + 150 000 + 250 + 400 000 + 180 000 = 927 750
 * in 6 keys. Dropped 7 rows: 166 000 + 500 000 + 9 000 + 7 000 + 300 000 + 1 000 = 983 000;
 * read 15 rows = 1 910 750.
 */
function expectHs6(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(6);
	expect(ledger.rowsRead).toBe(15);
	expect(ledger.rowsUsed).toBe(8);
	expect(ledger.valueUsed).toBe(927_750);
	expect(ledger.valueRead).toBe(1_910_750);
	expect(dropSummary(result)).toEqual({
		'gross-flow': [2, 166_000, [4, 5]],
		'world-partner': [1, 500_000, [6]],
		're-export': [1, 9000, [9]],
		'aggregate-partner': [1, 7000, [11]],
		'not-hs6': [1, 300_000, [13]],
		'self-trade': [1, 1000, [16]]
	});
	expect(keyOf(keys, 'USA', 10121)).toEqual({
		x: 100_000,
		m: 60_000,
		qx: 10,
		qm: 4,
		ux: 'Item',
		um: 'Item'
	});
	expect(keyOf(keys, 'KOR', 854231)).toEqual({
		x: 12_500,
		m: 0,
		qx: 3,
		qm: NaN,
		ux: 'Kg',
		um: null
	});
	expect(keyOf(keys, '490', 854231)).toMatchObject({ m: 25_000, qm: 100, um: 'Item' });
	expect(keyOf(keys, 'FRA', 10121)).toEqual({
		x: 150_000,
		m: 0,
		qx: NaN,
		qm: NaN,
		ux: null,
		um: null
	});
	expect(keyOf(keys, 'IRN', 300490)).toMatchObject({ m: 250, qm: 2, um: 'Kg' });
	// Different units in the two directions: each kept; the unit-value ratio is then undefined.
	expect(keyOf(keys, 'ARG', 870323)).toEqual({
		x: 400_000,
		m: 180_000,
		qx: 20,
		qm: 14_000,
		ux: 'Item',
		um: 'Kg'
	});
	expect(result.info).toMatchObject({
		format: 'wits',
		currency: 'USD',
		importValuation: 'CIF',
		valueUnitInFile: '1000 USD',
		quantityBasis: 'reported',
		quantityUnit: 'reported unit',
		reporters: ['BRA'],
		partners: ['490', 'ARG', 'FRA', 'IRN', 'KOR', 'USA'],
		years: [2019]
	});
	expect(result.ledger.unknownCountries).toEqual([]);
	expectReconciled(result);
}

describe('WITS reader', () => {
	it('detects both WITS headers and nothing else', () => {
		expect(detectFormat(headerOf(HS6))).toBe('wits');
		expect(detectFormat(headerOf(RAW))).toBe('wits');
		expect(detectFormat(headerOf('comtrade-legacy/comtrade_BRA_2019_annual.csv'))).toBe(
			'comtrade-legacy'
		);
	});

	it('reads every trap of the HS6 download', async () => {
		expectHs6(await readTradeFiles([fixture(HS6)], readOptions()));
	});

	it('gives the same keys through auto detection and the explicit format', async () => {
		const auto = await readTradeFiles([fixture(HS6)], readOptions());
		const explicit = await readTradeFiles([fixture(HS6)], readOptions({ format: 'wits' }));
		expectHs6(explicit);
		expect(explicit.keys).toEqual(auto.keys);
	});

	it('keeps kilogram quantities only on the net-weight basis', async () => {
		// No net-weight column: KOR 3 Kg, IRN 2 Kg and M ARG 14 000 Kg stay; items become missing.
		const result = await readTradeFiles(
			[fixture(HS6)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		const { keys } = result;
		expect(keys.units).toEqual(['kg']);
		expect(keyOf(keys, 'KOR', 854231)).toMatchObject({ qx: 3, ux: 'kg' });
		expect(keyOf(keys, 'IRN', 300490)).toMatchObject({ qm: 2, um: 'kg' });
		expect(keyOf(keys, 'ARG', 870323)).toMatchObject({ qx: NaN, ux: null, qm: 14_000, um: 'kg' });
		expect(keyOf(keys, 'USA', 10121)).toMatchObject({ qx: NaN, qm: NaN });
		expect(result.info).toMatchObject({ quantityBasis: 'net-weight', quantityUnit: 'kg' });
		expectReconciled(result);
	});

	/**
	 * Raw-data download (ISO3 codes, 2020): line 2 X USA 100 000 (10 Item, 5 000 kg), line 3 M USA
	 * 60 000 (4 Item, 2 000 kg), line 4 WLD dropped, line 5 OAS "Other Asia, nes" → '490' M 25 000
	 * (100 Item, 1 kg), line 6 EUN European Union dropped, line 7 Gross Exp. dropped.
	 */
	it('reads the raw-data download, with WITS pseudo-ISO3 codes by name', async () => {
		const result = await readTradeFiles([fixture(RAW)], readOptions());
		expect(result.keys.count).toBe(2);
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({
			x: 100_000,
			m: 60_000,
			qx: 10,
			qm: 4
		});
		expect(keyOf(result.keys, '490', 854231)).toMatchObject({ m: 25_000, qm: 100, um: 'Item' });
		expect(dropSummary(result)).toEqual({
			'world-partner': [1, 500_000, [4]],
			'aggregate-partner': [1, 7000, [6]],
			'gross-flow': [1, 105_000, [7]]
		});
		expect(result.ledger.valueUsed).toBe(185_000);
		expectReconciled(result);
		const byWeight = await readTradeFiles(
			[fixture(RAW)],
			readOptions({ quantityBasis: 'net-weight' })
		);
		expect(keyOf(byWeight.keys, 'USA', 10121)).toMatchObject({ qx: 5000, qm: 2000, ux: 'kg' });
		expect(keyOf(byWeight.keys, '490', 854231)).toMatchObject({ qm: 1, um: 'kg' });
	});

	it('keeps the chosen reporter only', async () => {
		const error = await rejection(readTradeFiles([fixture(HS6)], readOptions({ reporter: 'ARG' })));
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details).toEqual({ reporter: 'ARG', reporters: 'BRA' });
	});

	it('keeps an unknown name as written and reports it', async () => {
		const file = textFile(
			'wits.csv',
			'Reporter,TradeFlow,ProductCode,Product Description,Year,Partner,Trade Value 1000USD,Quantity,Quantity Unit\n',
			'Brazil,Export,010121,Horses,2019,Atlantis,2,1,Item\n'
		);
		const result = await readTradeFiles([file], readOptions());
		expect(keyOf(result.keys, 'Atlantis', 10121)).toMatchObject({ x: 2000, qx: 1 });
		// Line 2 is Atlantis's one row: 2 thousand USD.
		expect(result.ledger.unknownCountries).toEqual([
			{ code: 'Atlantis', id: 'Atlantis', rows: 1, value: 2000 }
		]);
	});

	it('names a missing required column', async () => {
		const header = headerOf(HS6).join(',').replace(',Trade Value 1000USD', '');
		const error = await rejection(
			readTradeFiles([textFile('wits.csv', header + '\n')], readOptions({ format: 'wits' }))
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('Trade Value 1000USD');
	});
});
