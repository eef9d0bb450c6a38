/**
 * A country code that no table knows keeps its rows and is named in the ledger with its rows and
 * value, the same on every reading path: the CSV parser, the fast byte reading (with its quick
 * reading of other reporters' lines), a CRLF copy, slices read apart and merged, all pairs.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile } from '../../src/lib/engine/read/analyze';
import type { SlicePool } from '../../src/lib/engine/read/parallel/read-in-slices';
import { readSlice } from '../../src/lib/engine/read/parallel/slice';
import { ledgerToCsv } from '../../src/lib/engine/views/ledger-csv';
import { ledgerReport } from '../../src/cli/ledger-report';
import { expectReconciled, keyOf, readOptions } from './read/read-helpers';

/**
 * Brazil (76) with two codes no table knows, 999 and 1234, between other reporters' rows
 * (32 → 842, which the quick reading takes). v is thousand USD. Per round r = 0 … 29:
 *   2022,32,842,10121,1.5,1          other-reporter (5 a round)
 *   2022,76,999,{10121 + r},2.5,1    export to 999: 2 500 USD
 *   2022,999,76,10121,4,1            import from 999: 4 000 USD (rounds 0–9 only)
 *   2022,76,1234,20130,1,1           export to 1234: 1 000 USD (rounds 0–4 only)
 *   2022,76,842,10121,3,1            export to USA: 3 000 USD
 * 999: 30 + 10 = 40 rows, 30 × 2 500 + 10 × 4 000 = 115 000 USD.
 * 1234: 5 rows, 5 000 USD. USA: 30 rows, 90 000 USD.
 */
function baciText(): string {
	const lines = ['t,i,j,k,v,q'];
	for (let r = 0; r < 30; r++) {
		for (let o = 0; o < 5; o++) lines.push('2022,32,842,10121,1.5,1');
		lines.push(`2022,76,999,${10121 + r},2.5,1`);
		if (r < 10) lines.push('2022,999,76,10121,4,1');
		if (r < 5) lines.push('2022,76,1234,20130,1,1');
		lines.push('2022,76,842,10121,3,1');
	}
	return lines.join('\n') + '\n';
}

const UNKNOWN = [
	{ code: '999', id: '999', rows: 40, value: 115_000 },
	{ code: '1234', id: '1234', rows: 5, value: 5000 }
];

const file = (text: string): InputFile => ({
	name: 'BACI_HS17_Y2022_V202401.csv',
	blob: new Blob([text])
});
const asBrazil = readOptions({ reporter: 'BRA', quantityBasis: 'auto' });

/** A pool whose "threads" are calls in this thread (as in parallel.test.ts). */
function inThreadPool(size: number): SlicePool & { slices: number[] } {
	const pool = {
		size,
		minSliceBytes: 1,
		slices: [] as number[],
		readAll: async (requests: Parameters<SlicePool['readAll']>[0]) => {
			pool.slices.push(requests.length);
			return Promise.all(requests.map((request) => readSlice(request)));
		},
		cancel: () => {}
	};
	return pool;
}

describe('a BACI code no table knows', () => {
	it('keeps its rows as a partner of its own and is named with its rows and value', async () => {
		const result = await readTradeFiles([file(baciText())], asBrazil);
		expect(result.ledger.unknownCountries).toEqual(UNKNOWN);
		// Nothing lost: 999's trade is in the keys (export 2 500 for product 010121, round 0).
		expect(keyOf(result.keys, '999', 10121)).toMatchObject({ x: 2500, m: 40_000 });
		expect(keyOf(result.keys, '1234', 20130)).toMatchObject({ x: 5000 });
		expect(result.info.partners).toEqual(['1234', '999', 'USA']);
		// used 30 + 10 + 5 + 30 = 75 rows: 115 000 + 5 000 + 90 000 = 210 000 USD.
		expect(result.ledger.rowsUsed).toBe(75);
		expect(result.ledger.valueUsed).toBe(210_000);
		expect(result.info.missingCompanions).toEqual(['baci-country-codes']);
		expectReconciled(result);
	});

	it('is counted the same by the parser, the fast reading, a CRLF copy and slices', async () => {
		const text = baciText();
		const general = await readTradeFiles([file(text)], asBrazil, { fast: false });
		expect(general.ledger.unknownCountries).toEqual(UNKNOWN);
		const crlf = await readTradeFiles([file(text.replace(/\n/g, '\r\n'))], asBrazil);
		expect(crlf.ledger.unknownCountries).toEqual(UNKNOWN);
		for (const parts of [2, 3, 7]) {
			const pool = inThreadPool(parts);
			const sliced = await readTradeFiles([file(text)], asBrazil, { slices: pool });
			expect(pool.slices).toEqual([parts]);
			expect(sliced.ledger.unknownCountries).toEqual(UNKNOWN);
		}
	});

	it('is counted in all-pairs mode too, from either side', async () => {
		const world = await readTradeFiles([file(baciText())], { ...asBrazil, allPairs: true });
		expect(world.ledger.unknownCountries).toEqual(UNKNOWN);
	});

	it('is said once the table names it: a dropped country table wins', async () => {
		const table = new Blob([
			'country_code,country_name,country_iso2,country_iso3\n999,Kosovo,XK,XKX\n'
		]);
		const result = await readTradeFiles(
			[file(baciText()), { name: 'country_codes_V202401.csv', blob: table }],
			asBrazil
		);
		expect(result.ledger.unknownCountries).toEqual([UNKNOWN[1]]);
		expect(keyOf(result.keys, 'XKX', 10121)).toMatchObject({ x: 2500, m: 40_000 });
		expect(result.info.missingCompanions).toEqual([]); // the table was dropped: nothing to ask
		// A table that lists 1234 without an ISO3 (a newer group): known, kept as '1234', named.
		const newer = new Blob([
			'country_code,country_name,country_iso2,country_iso3\n1234,Newer group,,R99\n'
		]);
		const named = await readTradeFiles(
			[file(baciText()), { name: 'country_codes_V202501.csv', blob: newer }],
			asBrazil
		);
		expect(named.ledger.unknownCountries).toEqual([UNKNOWN[0]]);
		expect(named.info.countryNames).toEqual({ '1234': 'Newer group' });
	});

	it('goes to the ledger exports and the CLI print', async () => {
		const { ledger, info } = await readTradeFiles([file(baciText())], asBrazil);
		const csv = ledgerToCsv(ledger).trimEnd().split('\n');
		expect(csv.slice(-2)).toEqual([
			'unknown-country,40,115000,,999',
			'unknown-country,5,5000,,1234'
		]);
		expect(JSON.parse(JSON.stringify({ ledger })).ledger.unknownCountries).toEqual(UNKNOWN);
		const report = ledgerReport(ledger, info);
		expect(report).toContain(
			'warning: country codes no table knows, kept as countries of their own and in no group: ' +
				'999 (40 rows, 115,000 USD), 1234 (5 rows, 5,000 USD)'
		);
		expect(report).toContain(
			"missing baci-country-codes: some country codes are not in the built-in table; add the release's country_codes_V*.csv"
		);
	});
});

describe('other unknown codes', () => {
	it('a Comtrade+ partner code in no list, without an ISO3: kept and named', async () => {
		// One row: Brazil exports 700 USD of 010121 to partner 9999 (no partnerISO).
		const header =
			'typeCode,freqCode,refYear,refMonth,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,partner2Code,cmdCode,aggrLevel,isLeaf,customsCode,motCode,qtyUnitCode,qtyUnitAbbr,qty,netWgt,primaryValue';
		const row = 'C,A,2022,52,2022,76,BRA,X,9999,,0,010121,6,true,C00,0,8,kg,10,10,700';
		const result = await readTradeFiles(
			[{ name: 'TradeData_x.csv', blob: new Blob([`${header}\n${row}\n`]) }],
			readOptions()
		);
		expect(result.ledger.unknownCountries).toEqual([
			{ code: '9999', id: '9999', rows: 1, value: 700 }
		]);
		expectReconciled(result);
	});
});
