/**
 * Two input files that hold the same trade are refused ('duplicate-input', both files and the
 * year named): the same BACI year from two releases or twice, two copies of EXP_2022.csv, of a
 * Comext month, of a Comtrade file. Legitimate splits are read and summed: several years, one
 * year split by partner or by product, EXP + IMP, monthly files of one year, exports and imports
 * files of one Comtrade reporter. Every file here is generated in the test.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile } from '../../../src/lib/engine/read/analyze';
import type { SlicePool } from '../../../src/lib/engine/read/parallel/read-in-slices';
import { readSlice } from '../../../src/lib/engine/read/parallel/slice';
import {
	expectReconciled,
	fixtureText,
	keyOf,
	readOptions,
	rejection,
	textFile
} from './read-helpers';

const bra = readOptions({ reporter: 'BRA' });
const BACI_HEADER = 't,i,j,k,v,q\n';

/** A BACI file of BRA (76) with ARG (32) and CHN (156): rows `year,i,j,k,v,q`. */
function baci(name: string, ...rows: string[]): InputFile {
	return textFile(name, BACI_HEADER + rows.map((row) => row + '\n').join(''));
}

const Y2020 = ['2020,76,32,10121,1.5,2', '2020,32,76,10121,2.5,3', '2020,76,156,850440,4,1'];

describe('the same trade twice is refused', () => {
	it('refuses one BACI year from two releases, naming both files, the year and a key', async () => {
		const error = await rejection(
			readTradeFiles(
				[
					baci('BACI_HS92_Y2020_V202301.csv', ...Y2020),
					baci('BACI_HS92_Y2020_V202401.csv', ...Y2020)
				],
				bra
			)
		);
		expect(error.code).toBe('duplicate-input');
		expect(error.details).toEqual({
			first: 'BACI_HS92_Y2020_V202301.csv',
			second: 'BACI_HS92_Y2020_V202401.csv',
			year: '2020'
		});
		expect(error.toLine()).toBe(
			"BACI_HS92_Y2020_V202401.csv: BACI_HS92_Y2020_V202301.csv and BACI_HS92_Y2020_V202401.csv hold the same trade of 2020 (BRA's exports to ARG of 010121, for one): two copies of one download would be counted twice. Drop only one of them."
		);
	});

	it('refuses the same file dropped twice', async () => {
		const file = baci('BACI_HS92_Y2020_V202301.csv', ...Y2020);
		const error = await rejection(readTradeFiles([file, file], bra));
		expect(error.code).toBe('duplicate-input');
		expect(error.message).toMatch(
			/^BACI_HS92_Y2020_V202301\.csv is given twice: its trade of 2020/
		);
	});

	it('refuses a second copy that overlaps on one key only, wherever it is in the file', async () => {
		// The second file shares only its last row's key (BRA → CHN, 850440) with the first.
		const other = ['2020,76,32,20130,1,1', '2020,32,76,20130,1,1', '2020,76,156,850440,4,1'];
		const error = await rejection(
			readTradeFiles([baci('a.csv', ...Y2020), baci('b.csv', ...other)], bra)
		);
		expect(error.message).toContain("BRA's exports to CHN of 850440");
	});

	it('refuses a copy read after another year, and with one in between of the same year', async () => {
		const y2021 = Y2020.map((row) => row.replace('2020', '2021'));
		const late = await rejection(
			readTradeFiles(
				[baci('v1.csv', ...Y2020), baci('y2021.csv', ...y2021), baci('v2.csv', ...Y2020)],
				bra
			)
		);
		expect(late.details).toMatchObject({ first: 'v1.csv', second: 'v2.csv', year: '2020' });
	});

	it('refuses two copies of EXP_2022.csv (same months), not EXP + IMP', async () => {
		const exp = fixtureText('comex-stat/EXP_2022.csv');
		const error = await rejection(
			readTradeFiles(
				[textFile('EXP_2022.csv', exp), textFile('EXP_2022 (1).csv', exp)],
				readOptions()
			)
		);
		expect(error.code).toBe('duplicate-input');
		// Its first row is month 01 (CO_MES): the copy's first row writes the same key in the same month.
		expect(error.details).toMatchObject({
			first: 'EXP_2022.csv',
			second: 'EXP_2022 (1).csv',
			year: '2022-01'
		});
	});

	it('refuses a Comext month dropped twice, and an annual file twice', async () => {
		const monthly = fixtureText('comext/DS-045409_2022_monthly.csv');
		const error = await rejection(
			readTradeFiles(
				[textFile('jan.csv', monthly), textFile('jan-copy.csv', monthly)],
				readOptions()
			)
		);
		expect(error.code).toBe('duplicate-input');
		const annual = fixtureText('comext/DS-045409_2022_annual.csv');
		const twice = await rejection(
			readTradeFiles([textFile('a.csv', annual), textFile('b.csv', annual)], readOptions())
		);
		expect(twice.details).toMatchObject({ year: '2022' });
	});

	it('refuses a Comtrade+ annual file twice', async () => {
		const annual = fixtureText('comtrade-plus/TradeData_BRA_2022_annual.csv');
		const error = await rejection(
			readTradeFiles([textFile('a.csv', annual), textFile('b.csv', annual)], bra)
		);
		expect(error.details).toMatchObject({ first: 'a.csv', second: 'b.csv', year: '2022' });
	});

	it('refuses a Comtrade+ monthly file twice, and reads it split by month', async () => {
		const monthly = fixtureText('comtrade-plus/TradeData_BRA_2022_monthly.csv');
		const error = await rejection(
			readTradeFiles([textFile('a.csv', monthly), textFile('b.csv', monthly)], bra)
		);
		expect(error.code).toBe('duplicate-input');
		expect(error.details).toMatchObject({ first: 'a.csv', second: 'b.csv' });
		// One file per refMonth (column 5): the same keys summed over the months, nothing refused.
		const [header, ...rows] = monthly.trimEnd().split(/\r?\n/);
		const months = [...new Set(rows.map((row) => row.split(',')[4]))];
		expect(months).toEqual(['1', '2', '3']);
		const byMonth = months.map((month) =>
			textFile(
				`M${month}.csv`,
				[header, ...rows.filter((row) => row.split(',')[4] === month)].join('\n') + '\n'
			)
		);
		const whole = await readTradeFiles([textFile('all.csv', monthly)], bra);
		const split = await readTradeFiles(byMonth, bra);
		expect(split.keys.count).toBe(whole.keys.count);
		expect(split.ledger.valueUsed).toBe(whole.ledger.valueUsed);
		expectReconciled(split);
	});

	it('refuses a year written by two files in all-pairs mode at once (no key is tracked)', async () => {
		const error = await rejection(
			readTradeFiles(
				[baci('v1.csv', ...Y2020), baci('v2.csv', '2020,4,8,10121,1,1')],
				readOptions({ allPairs: true })
			)
		);
		expect(error.code).toBe('duplicate-input');
		expect(error.message).toBe(
			'v1.csv and v2.csv hold the same trade of 2020: two copies of one download would be counted twice. Drop only one of them.'
		);
	});

	it('refuses a copy of a large file read in slices', async () => {
		const rows = Array.from({ length: 400 }, (_, i) => `2020,76,32,${10121 + i},1.5,2`);
		const big = BACI_HEADER + rows.join('\n') + '\n';
		const sliced: number[] = [];
		const pool: SlicePool = {
			size: 2,
			minSliceBytes: 1,
			readAll: (requests) => {
				sliced.push(requests.length);
				return Promise.all(requests.map((request) => readSlice(request)));
			},
			cancel: () => {}
		};
		const files = [textFile('a.csv', big), textFile('b.csv', big)];
		const error = await rejection(readTradeFiles(files, bra, { slices: pool }));
		expect(error.details).toMatchObject({ first: 'a.csv', second: 'b.csv', year: '2020' });
		expect(sliced).toEqual([2, 2]); // both files were read in two slices and merged
	});
});

describe('legitimate splits are read', () => {
	it('reads several BACI years', async () => {
		const y2021 = Y2020.map((row) => row.replace('2020', '2021'));
		const result = await readTradeFiles(
			[baci('y2020.csv', ...Y2020), baci('y2021.csv', ...y2021)],
			bra
		);
		// Each year: BRA→ARG 1.5, ARG→BRA 2.5, BRA→CHN 4 thousand USD.
		expect(keyOf(result.keys, 'ARG', 10121, 2021)).toMatchObject({ x: 1500, m: 2500 });
		expect(result.ledger.valueUsed).toBe(2 * 8000);
		expectReconciled(result);
	});

	it('reads one BACI year split by partner and by product, in any order', async () => {
		const byPartner = [baci('arg.csv', Y2020[0], Y2020[1]), baci('chn.csv', Y2020[2])];
		const byProduct = [
			baci('ch01.csv', '2020,76,32,10121,1.5,2'),
			baci('ch85.csv', '2020,76,32,850440,4,1'),
			baci('ch01-imports.csv', '2020,32,76,10121,2.5,3')
		];
		const split = await readTradeFiles(byPartner, bra);
		expect(keyOf(split.keys, 'ARG', 10121)).toMatchObject({ x: 1500, m: 2500 });
		expect(keyOf(split.keys, 'CHN', 850440)).toMatchObject({ x: 4000 });
		const products = await readTradeFiles(byProduct, bra);
		// The imports file writes the key (ARG, 010121) the first wrote, in the other direction.
		expect(keyOf(products.keys, 'ARG', 10121)).toMatchObject({ x: 1500, m: 2500 });
		expect(keyOf(products.keys, 'ARG', 850440)).toMatchObject({ x: 4000 });
		expectReconciled(products);
	});

	it('reads EXP + IMP of one year, and one year split into months by CO_MES', async () => {
		const exp = fixtureText('comex-stat/EXP_2022.csv');
		const [header, ...rows] = exp.trimEnd().split(/\r?\n/);
		const month = (row: string) => Number(row.split(';')[1].replaceAll('"', ''));
		// A July row of a key the first half has in January and February (USA, 020130).
		const pais = textFile('PAIS.csv', fixtureText('comex-stat/PAIS.csv'));
		const july = '"2022";"07";"02013000";"10";"249";"SP";"01";"0817800";500;500;2500';
		const halves = await readTradeFiles(
			[
				textFile('EXP_2022_H1.csv', [header, ...rows.filter((r) => month(r) <= 6)].join('\n')),
				textFile('EXP_2022_H2.csv', [header, ...rows.filter((r) => month(r) > 6), july].join('\n')),
				textFile('IMP_2022.csv', fixtureText('comex-stat/IMP_2022.csv')),
				pais
			],
			readOptions()
		);
		const whole = await readTradeFiles([textFile('EXP_2022.csv', exp), pais], readOptions());
		// 5000 (January) + 9000 (February) in the whole file; + 2500 (July) in the halves.
		expect(keyOf(whole.keys, 'USA', 20130).x).toBe(14000);
		expect(keyOf(halves.keys, 'USA', 20130).x).toBe(16500);
		expect(halves.ledger.rowsRead).toBe(whole.ledger.rowsRead + 1 + 10); // July, IMP_2022.csv's 10
		expectReconciled(halves);
	});

	it('refuses two halves of a year that both hold January', async () => {
		const exp = fixtureText('comex-stat/EXP_2022.csv');
		const [header, ...rows] = exp.trimEnd().split(/\r?\n/);
		// rows[0] is January (USA, 020130); the second file repeats it beside the later months.
		const error = await rejection(
			readTradeFiles(
				[
					textFile('EXP_2022_a.csv', [header, rows[0], rows[1]].join('\n')),
					textFile('EXP_2022_b.csv', [header, ...rows.slice(6), rows[0]].join('\n'))
				],
				readOptions()
			)
		);
		expect(error.details).toMatchObject({ first: 'EXP_2022_a.csv', year: '2022-01' });
	});

	it('reads Comext monthly files of one year, one per month', async () => {
		const monthly = fixtureText('comext/DS-045409_2022_monthly.csv');
		const [header, ...rows] = monthly.trimEnd().split(/\r?\n/);
		const periods = [...new Set(rows.map((row) => row.split(',')[13]))];
		expect(periods.length).toBeGreaterThan(1);
		const files = periods.map((period) =>
			textFile(
				`full${period}.csv`,
				[header, ...rows.filter((row) => row.split(',')[13] === period)].join('\n') + '\n'
			)
		);
		const whole = await readTradeFiles([textFile('all.csv', monthly)], readOptions());
		const split = await readTradeFiles(files, readOptions());
		expect(split.keys.count).toBe(whole.keys.count);
		expect(split.ledger.valueUsed).toBe(whole.ledger.valueUsed);
		expectReconciled(split);
	});

	it('reads a Comtrade+ reporter-year split into an exports and an imports file', async () => {
		const annual = fixtureText('comtrade-plus/TradeData_BRA_2022_annual.csv');
		const [header, ...rows] = annual.trimEnd().split(/\r?\n/);
		const flow = (row: string) => row.split(',')[9];
		const whole = await readTradeFiles([textFile('all.csv', annual)], bra);
		const split = await readTradeFiles(
			[
				textFile('X.csv', [header, ...rows.filter((row) => flow(row) !== 'M')].join('\n') + '\n'),
				textFile('M.csv', [header, ...rows.filter((row) => flow(row) === 'M')].join('\n') + '\n')
			],
			bra
		);
		expect(split.keys.count).toBe(whole.keys.count);
		expect(split.ledger.valueUsed).toBe(whole.ledger.valueUsed);
	});

	it('reads two BACI years in all-pairs mode', async () => {
		const y2021 = Y2020.map((row) => row.replace('2020', '2021'));
		const result = await readTradeFiles(
			[baci('y2020.csv', ...Y2020), baci('y2021.csv', ...y2021)],
			readOptions({ allPairs: true })
		);
		expect(result.ledger.rowsUsed).toBe(6);
	});
});
