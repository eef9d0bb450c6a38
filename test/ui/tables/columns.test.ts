import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/engine/model/types';
import { partnerTable } from '../../../src/lib/engine/views/tables';
import {
	COLUMN_SETS,
	groupTableModel,
	methodColumns,
	volumeScale
} from '../../../src/lib/ui/tables/columns';
import { tableToCsv } from '../../../src/lib/ui/tables/data-table';

const split = (
	oneWay: number,
	hiit: number,
	viitSup: number,
	viitInf: number,
	unclassified: number
) => ({
	oneWay,
	hiit,
	viitSup,
	viitInf,
	unclassified,
	outlier: 0
});
const quality = { weight: 0, sum: 0, sumSq: 0 };
/** Two partners in one year: USA T 100 (GHM IIT 60), ARG T 40 (GHM IIT 10). */
const CELLS: Cell[] = [
	{
		year: 2020,
		reporter: 'BRA',
		partner: 'USA',
		sector: 'footwear',
		trade: 100,
		ghm: split(40, 20, 30, 10, 0),
		ff: split(20, 30, 40, 10, 0),
		quality,
		exports: 0,
		imports: 0
	},
	{
		year: 2020,
		reporter: 'BRA',
		partner: 'ARG',
		sector: 'animal',
		trade: 40,
		ghm: split(30, 0, 0, 0, 10),
		ff: split(40, 0, 0, 0, 0),
		quality,
		exports: 0,
		imports: 0
	}
];

describe('table columns', () => {
	it('split the paper’s Tables 1–3 into three sets of one method’s columns', () => {
		expect(methodColumns('ghm', 'volumes').map((c) => c.key)).toEqual([
			'ghm-iit',
			'ghm-hiit',
			'ghm-viit'
		]);
		expect(methodColumns('ff', 'index').map((c) => c.key)).toEqual([
			'ff-iit-index',
			'ff-hiit-share',
			'ff-viit-share',
			'ff-unclassified-share'
		]);
		expect(methodColumns('ghm', 'quality').map((c) => c.key)).toEqual([
			'ghm-viit-inf-share',
			'ghm-viit-sup-share',
			'ghm-unclassified-share'
		]);
		expect(COLUMN_SETS).toEqual(['volumes', 'index', 'quality']);
	});

	it('pick the volume unit from the largest figure', () => {
		expect(volumeScale(9_999_999)).toBe(1);
		expect(volumeScale(10_000_000)).toBe(1e3);
		expect(volumeScale(9_999_999_999)).toBe(1e3);
		expect(volumeScale(235_279_774_725)).toBe(1e6);
	});

	it('export every column of the table to CSV, summary rows last, numbers unrounded', () => {
		const table = partnerTable(CELLS, { reporter: 'BRA', yearFrom: 2020, yearTo: 2020 }, 1);
		const model = groupTableModel(
			table,
			['ghm'],
			(c) => c.key,
			(id) => `name-${id}`,
			'Partner'
		);
		// trade + 3 volumes + 4 index columns + 2 quality shares (unclassified share once).
		expect(model.columns.map((c) => c.key)).toEqual([
			'name',
			'trade',
			'ghm-iit',
			'ghm-hiit',
			'ghm-viit',
			'ghm-iit-index',
			'ghm-hiit-share',
			'ghm-viit-share',
			'ghm-unclassified-share',
			'ghm-viit-inf-share',
			'ghm-viit-sup-share',
			'glc',
			'aquino_q'
		]);
		expect(model.rows.map((row) => [row.id, row.summary])).toEqual([
			['USA', undefined],
			['others', true],
			['others-mean', true],
			['mean', true],
			['total', true]
		]);
		const usa = model.rows[0].cells;
		// USA: IIT 60 of 100; HIIT 20 / 60; VIIT-sup 30 / 40.
		expect(usa['ghm-iit']).toBe(60);
		expect(usa['ghm-iit-index']).toBe(0.6);
		expect(usa['ghm-hiit-share']).toBe(20 / 60);
		expect(usa['ghm-viit-sup-share']).toBe(0.75);
		// Others is ARG alone: IIT 10, all unclassified.
		expect(model.rows[1].cells['ghm-unclassified-share']).toBe(1);
		// The paper's "others", the mean of one left-out row, is that row.
		expect(model.rows[2].cells).toEqual({ ...model.rows[1].cells, name: 'name-others-mean' });
		expect(model.rows[4].cells.trade).toBe(140);
		const csv = tableToCsv(model).split('\r\n');
		expect(csv[0]).toBe(
			'Partner,trade,ghm-iit,ghm-hiit,ghm-viit,ghm-iit-index,ghm-hiit-share,ghm-viit-share,ghm-unclassified-share,ghm-viit-inf-share,ghm-viit-sup-share,glc,aquino_q'
		);
		// With the data's currency, every header names its unit: money in it, shares as fractions.
		const withUnits = tableToCsv(model, 'standard', 'EUR').split('\r\n')[0].split(',');
		expect(withUnits.slice(0, 4)).toEqual([
			'Partner',
			'trade (EUR)',
			'ghm-iit (EUR)',
			'ghm-hiit (EUR)'
		]);
		expect(withUnits).toContain('ghm-iit-index (0–1)');
		// These cells have no X and M (as a version 1 link), and no Q was joined: both blank.
		expect(csv[1]).toBe(`name-USA,100,60,20,40,0.6,${20 / 60},${40 / 60},0,0.25,0.75,,`);
	});

	it('exports GLC and Q last, as computed by hand and as joined from the worker', () => {
		// USA: X 65, M 35, GHM overlap 60: GLC = 60 / (100 − |65 − 35|) = 6/7.
		// ARG: X 10, M 30, overlap 10: GLC = 10 / (40 − 20) = 1/2. Total: X 75, M 65: 70 / 130 = 7/13.
		const withFlows: Cell[] = [
			{ ...CELLS[0], exports: 65, imports: 35 },
			{ ...CELLS[1], exports: 10, imports: 30 }
		];
		const table = partnerTable(
			withFlows,
			{ reporter: 'BRA', yearFrom: 2020, yearTo: 2020 },
			Infinity,
			{ USA: 0.5, ARG: 0.25, total: 0.4 }
		);
		const model = groupTableModel(
			table,
			['ghm'],
			(c) => c.key,
			(id) => id,
			'Partner'
		);
		const csv = tableToCsv(model).split('\r\n');
		const header = csv[0].split(',');
		expect(header.slice(-2)).toEqual(['glc', 'aquino_q']);
		const last2 = (line: string) => line.split(',').slice(-2).map(Number);
		const [usa, arg, mean, total] = [1, 2, 3, 4].map((i) => last2(csv[i]));
		expect(usa[0]).toBeCloseTo(6 / 7, 14);
		expect(usa[1]).toBe(0.5);
		expect(arg[0]).toBeCloseTo(1 / 2, 14);
		expect(arg[1]).toBe(0.25);
		expect(mean[0]).toBeCloseTo((6 / 7 + 1 / 2) / 2, 14);
		expect(mean[1]).toBeCloseTo(0.375, 14);
		expect(total[0]).toBeCloseTo(7 / 13, 14);
		expect(total[1]).toBe(0.4);
	});
});
