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

const FIXTURE = 'baci/BACI_HS17_Y2020_V202201.csv';
const asBrazil = readOptions({ reporter: 'BRA' });

/**
 * The fixture, by hand (Brazil = 76; v is thousand USD; q metric tons):
 *  line 2  76→842 010121 v 100.5 q 2.5    export USA   100 500, 2.5 t
 *  line 3  842→76 010121 v 50 q NA        import USA    50 000, q missing
 *  line 4  76→251 020130 v 10 q blank     export FRA    10 000, q missing
 *  line 5  251→76 020130 v 20 q spaces    import FRA    20 000, q missing
 *  line 6  76→699 300490 v 1.234 q 0.5    export IND     1 234, 0.5 t
 *  line 7  757→76 300490 v 3 q 1          import CHE     3 000, 1 t
 *  line 8  76→579 300490 v 2 q 1.5        export NOR     2 000, 1.5 t
 *  line 9  490→76 854231 v 7 q 0.01       import '490'   7 000, 0.01 t
 *  line 10 76→999 854231 v 1 q 1          export '999'   1 000, 1 t (code unknown to the table)
 *  line 11 76→842 9999AA v 5              not-hs-product   5 000
 *  line 12 842→251 v 999                  other-reporter 999 000
 *  line 13 76→76 v 4                      self-trade       4 000
 *  line 14 76→842 010121 v 0.5 q 0.5      export USA: same key as line 2 → X 101 000, qX 3 t
 *  line 15 76→697 v 8                     aggregate-partner 8 000 (Europe EFTA nes)
 * Keys 7; used 10 rows = 101 000 + 50 000 + 10 000 + 20 000 + 1 234 + 3 000 + 2 000 + 7 000 + 1 000
 * = 195 234 USD; dropped 4 rows = 1 016 000; read 14 rows = 1 211 234 USD.
 */
function expectFixtureResult(result: ReadResult): void {
	const { keys, ledger, info } = result;
	expect(keys.count).toBe(7);
	expect(ledger.rowsRead).toBe(14);
	expect(ledger.rowsUsed).toBe(10);
	expect(ledger.valueUsed).toBeCloseTo(195_234, 6);
	expect(ledger.valueRead).toBeCloseTo(1_211_234, 6);
	expect(dropSummary(result)).toEqual({
		'not-hs-product': [1, 5000, [11]],
		'other-reporter': [1, 999_000, [12]],
		'self-trade': [1, 4000, [13]],
		'aggregate-partner': [1, 8000, [15]]
	});
	const usa = keyOf(keys, 'USA', 10121);
	expect(usa).toEqual({ x: 101_000, m: 50_000, qx: 3, qm: NaN, ux: 't', um: null });
	expect(keyOf(keys, 'FRA', 20130)).toEqual({
		x: 10_000,
		m: 20_000,
		qx: NaN,
		qm: NaN,
		ux: null,
		um: null
	});
	expect(keyOf(keys, 'IND', 300490).x).toBeCloseTo(1234, 9);
	expect(keyOf(keys, 'IND', 300490).qx).toBe(0.5);
	expect(keyOf(keys, 'CHE', 300490)).toMatchObject({ x: 0, m: 3000, qm: 1 });
	expect(keyOf(keys, 'NOR', 300490)).toMatchObject({ x: 2000, qx: 1.5 });
	expect(keyOf(keys, '490', 854231)).toMatchObject({ m: 7000, qm: 0.01 });
	expect(keyOf(keys, '999', 854231)).toMatchObject({ x: 1000, qx: 1 });
	// The copies' names state other editions or none: each test checks its own.
	const { yearEditions: _editions, ...facts } = info;
	expect(facts).toEqual({
		format: 'baci',
		importValuation: 'FOB',
		currency: 'USD',
		valueUnitInFile: '1000 USD',
		quantityBasis: 'net-weight',
		quantityUnit: 't',
		// 999 is in no table: the release's country table would name it.
		missingCompanions: ['baci-country-codes'],
		notes: [],
		countryNames: {},
		reporters: ['BRA'],
		partners: ['490', '999', 'CHE', 'FRA', 'IND', 'NOR', 'USA'],
		years: [2020],
		keys: 7
	});
	// Line 10 is 999's only row: 1 × 1 000 USD, kept as partner '999' and named in the ledger.
	expect(ledger.unknownCountries).toEqual([{ code: '999', id: '999', rows: 1, value: 1000 }]);
	expectReconciled(result);
}

describe('BACI reader', () => {
	it('reads every trap of the fixture', async () => {
		const result = await readTradeFiles([fixture(FIXTURE)], asBrazil);
		expectFixtureResult(result);
		// BACI_HS17_…: the file name states HS2017 (H5).
		expect(result.info.yearEditions).toEqual([{ year: 2020, edition: 'H5', stated: true }]);
	});

	it('reads the same from a CRLF copy with a BOM, cut into small chunks', async () => {
		const text = '\uFEFF' + fixtureText(FIXTURE).replace(/\n/g, '\r\n');
		const parts = text.match(/[\s\S]{1,7}/g) ?? [];
		const result = await readTradeFiles([textFile('crlf.csv', ...parts)], asBrazil);
		expectFixtureResult(result);
		// No edition in the name: the one in force in 2020 (HS2017).
		expect(result.info.yearEditions).toEqual([{ year: 2020, edition: 'H5', stated: false }]);
	});

	it('reads a release before 2018 (`baci92_YYYY.csv`: t,hs6,i,j,v,q) like a current one', async () => {
		// The fixture's columns reordered as the old releases wrote them: every number the same.
		const [header, ...rows] = fixtureText(FIXTURE).trimEnd().split('\n');
		const order = ['t', 'k', 'i', 'j', 'v', 'q'].map((name) => header.split(',').indexOf(name));
		const old = [
			't,hs6,i,j,v,q',
			...rows.map((row) => {
				const fields = row.split(',');
				return order.map((c) => fields[c] ?? '').join(',');
			})
		];
		const result = await readTradeFiles(
			[textFile('baci92_2020.csv', old.join('\n') + '\n')],
			asBrazil
		);
		expectFixtureResult(result);
		// The old naming states the edition too: baci92 is HS1992 (H0).
		expect(result.info.yearEditions).toEqual([{ year: 2020, edition: 'H0', stated: true }]);
	});

	it('pads k to six digits: 10121 is HS6 010121', async () => {
		const { keys } = await readTradeFiles([fixture(FIXTURE)], asBrazil);
		expect(String(keys.product[0]).padStart(6, '0')).toBe('010121');
	});

	it('reads the reporter from the other side too (USA: 842)', async () => {
		// USA's rows: lines 2, 3, 11 (9999AA), 12 (842→251 export to FRA 999 000), 14.
		const result = await readTradeFiles([fixture(FIXTURE)], readOptions({ reporter: 'USA' }));
		expect(keyOf(result.keys, 'BRA', 10121)).toMatchObject({ x: 50_000, m: 101_000 });
		expect(keyOf(result.keys, 'FRA', 10121)).toMatchObject({ x: 999_000, m: 0 });
		expect(result.ledger.rowsUsed).toBe(4);
		expectReconciled(result);
	});

	it('counts short, non-numeric, negative and zero rows, and analyses the rest', async () => {
		const file = textFile(
			'bad.csv',
			't,i,j,k,v,q\n',
			'2020,76,842,10121,1,1\n', // line 2: used, 1 000
			'2020,76,842,10121,abc,1\n', // line 3: invalid-value
			'2020,76,842,10121,-2,1\n', // line 4: negative-value −2 000
			'2020,76,842,10121,0,1\n', // line 5: zero-value
			'2020,76,842,10121,,1\n', // line 6: invalid-value (empty)
			'20x0,76,842,10121,1,1\n', // line 7: invalid-year, 1 000
			'2020,76,,10121,1,1\n', // line 8: invalid-country, 1 000
			'2020,76,842,1012\n' // line 9: a short row (ended by a line break) → malformed-row
		);
		const result = await readTradeFiles([file], asBrazil);
		expect(dropSummary(result)).toEqual({
			'malformed-row': [1, 0, [9]],
			'invalid-year': [1, 1000, [7]],
			'invalid-value': [2, 0, [3, 6]],
			'negative-value': [1, -2000, [4]],
			'zero-value': [1, 0, [5]],
			'invalid-country': [1, 1000, [8]]
		});
		expect(result.ledger.rowsUsed).toBe(1);
		expect(result.ledger.valueRead).toBe(1000 - 2000 + 1000 + 1000);
		expectReconciled(result);
	});

	it('tolerates a trailing empty column', async () => {
		const result = await readTradeFiles(
			[textFile('trailing.csv', 't,i,j,k,v,q,\n2020,76,842,10121,1,1,\n2020,76,842,10121,1,1\n')],
			asBrazil
		);
		expect(result.ledger.rowsUsed).toBe(2);
	});

	it('needs a known reporter', async () => {
		const noReporter = await rejection(readTradeFiles([fixture(FIXTURE)], readOptions()));
		expect(noReporter.code).toBe('reporter-required');
		expect(noReporter.toLine()).toContain('BACI_HS17_Y2020_V202201.csv');
		const unknown = await rejection(
			readTradeFiles([fixture(FIXTURE)], readOptions({ reporter: 'ATL' }))
		);
		expect(unknown.code).toBe('unknown-reporter');
	});

	it('names a missing column', async () => {
		const error = await rejection(
			readTradeFiles([textFile('noq.csv', 't,i,j,k,v\n2020,76,842,10121,1\n')], asBrazil)
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('q');
		expect(error.toLine()).toBe(
			'noq.csv, line 1, column q: The required column "q" is missing from the header.'
		);
	});
});
