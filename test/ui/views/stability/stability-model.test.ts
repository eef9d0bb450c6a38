/** The class stability view's data: shares, totals and the CSV of a hand-made result. */
import { describe, expect, it } from 'vitest';
import type {
	ClassStabilityResult,
	ClassTransitions
} from '../../../../src/lib/engine/classify/class-stability';
import {
	STABILITY_CSV_HEADER,
	stabilityCsv,
	transitionTable,
	yearPairsText
} from '../../../../src/lib/ui/views/stability/stability-model';

// GHM over two classes for brevity: HIIT→HIIT 300, HIIT→sup 100, sup→HIIT 100; total 500.
const GHM: ClassTransitions = {
	classes: ['hiit', 'viit-sup'],
	weights: [
		[300, 100],
		[100, 0]
	],
	weight: 500,
	stableShare: 0.6,
	keyPairs: 3
};
const EMPTY: ClassTransitions = {
	classes: ['hiit', 'one-way'],
	weights: [
		[0, 0],
		[0, 0]
	],
	weight: 0,
	stableShare: NaN,
	keyPairs: 0
};
const RESULT: ClassStabilityResult = {
	ghm: GHM,
	ff: EMPTY,
	yearPairs: [
		{ from: 2018, to: 2019 },
		{ from: 2019, to: 2020 }
	]
};

describe('transitionTable', () => {
	it('gives every cell its share of the total, with the diagonal marked', () => {
		const table = transitionTable(GHM);
		expect(table.rows.map((row) => row.cells.map((cell) => cell.share))).toEqual([
			[0.6, 0.2],
			[0.2, 0]
		]);
		expect(table.rows[0].cells.map((cell) => cell.stable)).toEqual([true, false]);
		expect(table.rows[1].cells.map((cell) => cell.stable)).toEqual([false, true]);
	});

	it('sums rows (class in t) and columns (class in t+1)', () => {
		const table = transitionTable(GHM);
		expect(table.rows.map((row) => [row.from, row.weight, row.share])).toEqual([
			['hiit', 400, 0.8],
			['viit-sup', 100, 0.2]
		]);
		expect(table.columnTotals).toEqual([
			{ to: 'hiit', weight: 400, share: 0.8 },
			{ to: 'viit-sup', weight: 100, share: 0.2 }
		]);
		expect([table.weight, table.stableShare, table.keyPairs]).toEqual([500, 0.6, 3]);
	});

	it('has no shares without weight', () => {
		const table = transitionTable(EMPTY);
		expect(table.rows.every((row) => Number.isNaN(row.share))).toBe(true);
		expect(table.rows[0].cells.every((cell) => Number.isNaN(cell.share))).toBe(true);
	});
});

describe('the stability CSV', () => {
	it('writes each method’s matrix in long form, with the year pairs', () => {
		const lines = stabilityCsv(RESULT, ['ghm', 'ff'], 'standard').trimEnd().split('\r\n');
		expect(lines[0]).toBe(STABILITY_CSV_HEADER.join(','));
		expect(lines.slice(1)).toEqual([
			'GHM,hiit,hiit,300,0.6,3,2018-2019 2019-2020',
			'GHM,hiit,viit-sup,100,0.2,3,2018-2019 2019-2020',
			'GHM,viit-sup,hiit,100,0.2,3,2018-2019 2019-2020',
			'GHM,viit-sup,viit-sup,0,0,3,2018-2019 2019-2020',
			// No weight: the shares are empty fields.
			'FF,hiit,hiit,0,,0,2018-2019 2019-2020',
			'FF,hiit,one-way,0,,0,2018-2019 2019-2020',
			'FF,one-way,hiit,0,,0,2018-2019 2019-2020',
			'FF,one-way,one-way,0,,0,2018-2019 2019-2020'
		]);
	});

	it('writes only the methods shown, with decimal commas in Excel’s dialect', () => {
		const lines = stabilityCsv(RESULT, ['ghm'], 'excel').trimEnd().split('\r\n');
		expect(lines).toHaveLength(5);
		expect(lines[1]).toBe('GHM;hiit;hiit;300;0,6;3;2018-2019 2019-2020');
	});

	it('names the year pairs for the sentence', () => {
		expect(yearPairsText(RESULT.yearPairs)).toBe('2018–2019, 2019–2020');
	});
});
