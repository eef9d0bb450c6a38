/**
 * The annual series view's model against the hand-made cells of fixture.ts: which lines can be
 * followed, the chart series (GHM solid, FF dashed, one colour per line), the screen-reader
 * description and the years × lines table.
 */
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import {
	defaultPicks,
	followedLines,
	pickKey,
	seriesCandidates,
	seriesChartData,
	seriesDescription,
	seriesTable,
	type SeriesPick
} from '../../../../src/lib/ui/views/series/series-model';
import { CELLS, FILTER } from '../cells-fixture';

const PARTNERS = { kind: 'partner' } as const;
const TOTAL: SeriesPick = { axis: 'row', id: 'total' };
const DEU: SeriesPick = { axis: 'row', id: 'DEU' };

// Names and numbers are checked in English; set before the describe blocks build their data.
i18n.locale = 'en';

describe('lines to follow', () => {
	it('offers rows and sectors ranked by GHM IIT volume (DEU 80 > USA 40 a year)', () => {
		expect(seriesCandidates(CELLS, FILTER, PARTNERS)).toEqual({
			rows: ['DEU', 'USA'],
			sectors: ['machinery', 'chemicals']
		});
	});

	it('offers no separate sector list when the rows are sectors', () => {
		expect(seriesCandidates(CELLS, FILTER, { kind: 'sector' })).toEqual({
			rows: ['machinery', 'chemicals'],
			sectors: []
		});
	});

	it('starts with the whole selection and the top three rows (only two here)', () => {
		const picks = defaultPicks({ rows: ['DEU', 'USA'], sectors: ['machinery'] });
		expect(picks.map(pickKey)).toEqual(['row-total', 'row-DEU', 'row-USA']);
	});

	it('keeps the order picked and mixes partners with sectors', () => {
		const { years, lines } = followedLines(CELLS, FILTER, PARTNERS, [
			{ axis: 'sector', id: 'chemicals' },
			TOTAL
		]);
		expect(years).toEqual([2020, 2021]);
		expect(lines.map((line) => [line.name, line.line.id])).toEqual([
			['Chemicals', 'chemicals'],
			['Total', 'total']
		]);
		// Chemicals is USA's trade: GHM IIT 0 of 50 in 2020, 80 of 100 in 2021.
		expect(lines[0].line.ghm.map((point) => point.iitIndex)).toEqual([0, 0.8]);
	});
});

describe('chart data', () => {
	const { years, lines } = followedLines(CELLS, FILTER, PARTNERS, [TOTAL, DEU]);

	it('draws the IIT index per line and method: GHM solid, FF dashed, one colour per line', () => {
		const data = seriesChartData(years, lines, ['ghm', 'ff'], 'iitIndex', 'USD');
		expect(data.x).toEqual([2020, 2021]);
		expect(data.series.map((s) => [s.name, s.dashed, s.colorIndex])).toEqual([
			['Total (GHM)', false, 0],
			['Total (FF)', true, 0],
			['Germany (GHM)', false, 1],
			['Germany (FF)', true, 1]
		]);
		const values = data.series.map((s) => s.values);
		// Total GHM: 60/150, 180/300. Total FF: 100/150, 100/300.
		expect(values[0]).toEqual([0.4, 0.6]);
		expect(values[1][0]).toBeCloseTo(2 / 3, 12);
		expect(values[1][1]).toBeCloseTo(1 / 3, 12);
		// DEU GHM: 60/100, 100/200. DEU FF: 100/100, 0/200.
		expect(values[2]).toEqual([0.6, 0.5]);
		expect(values[3]).toEqual([1, 0]);
		expect(data.yMin).toBe(0);
		expect(data.yMax).toBe(1);
		expect(data.format(0.4)).toBe('40.0%');
	});

	it('leaves a gap (null) where a share is undefined: DEU has no FF VIIT in 2021', () => {
		const data = seriesChartData(years, lines, ['ff'], 'viitSupShare', 'USD');
		// Total FF: sup 50 of VIIT 50 in 2020, sup 0 of 100 in 2021. DEU FF: 50/50, no VIIT.
		expect(data.series.map((s) => s.values)).toEqual([
			[1, 0],
			[1, null]
		]);
	});

	it('shows IIT volumes in the data currency, without a fixed top', () => {
		const data = seriesChartData(years, lines, ['ghm'], 'iit', 'EUR');
		expect(data.series[0].values).toEqual([60, 180]);
		expect(data.yMax).toBeUndefined();
		expect(data.yName).toBe('IIT volume (EUR)');
		expect(data.format(1500)).toBe('€1.5K');
	});

	it('describes each line by its first and last values', () => {
		expect(seriesDescription(years, lines, ['ghm', 'ff'], 'iitIndex', 'USD')).toBe(
			'IIT index, 2020–2021. ' +
				'Total (GHM): from 40.0% in 2020 to 60.0% in 2021; ' +
				'Total (FF): from 66.7% in 2020 to 33.3% in 2021; ' +
				'Germany (GHM): from 60.0% in 2020 to 50.0% in 2021; ' +
				'Germany (FF): from 100.0% in 2020 to 0.0% in 2021.'
		);
	});

	it('skips undefined years in the description and says when a line has no data', () => {
		const followed = followedLines(CELLS, FILTER, PARTNERS, [
			{ axis: 'row', id: 'USA' },
			{ axis: 'sector', id: 'textiles' }
		]);
		// USA GHM VIIT-sup share: no VIIT in 2020, 0 of 40 in 2021. Textiles: no trade at all.
		expect(seriesDescription(followed.years, followed.lines, ['ghm'], 'viitSupShare', 'USD')).toBe(
			'Superior VIIT / VIIT, 2020–2021. ' +
				'United States (GHM): from 0.0% in 2021 to 0.0% in 2021; Textiles (GHM): no data.'
		);
	});
});

describe('table', () => {
	it('has one row per year and one column per line and method, raw ratios', () => {
		const { years, lines } = followedLines(CELLS, FILTER, PARTNERS, [DEU]);
		const table = seriesTable(years, lines, ['ghm', 'ff'], 'viitSupShare');
		expect(table.columns).toEqual([
			{ key: 'year', label: 'Year', kind: 'text' },
			{ key: 'row-DEU-ghm', label: 'Germany (GHM)', kind: 'percent' },
			{ key: 'row-DEU-ff', label: 'Germany (FF)', kind: 'percent' }
		]);
		// DEU GHM share: 30/(30+10), 20/(20+60); FF: 50/50, none.
		expect(table.rows).toEqual([
			{ id: '2020', cells: { year: '2020', 'row-DEU-ghm': 0.75, 'row-DEU-ff': 1 } },
			{ id: '2021', cells: { year: '2021', 'row-DEU-ghm': 0.25, 'row-DEU-ff': null } }
		]);
	});

	it('uses money columns for the IIT volume', () => {
		const { years, lines } = followedLines(CELLS, FILTER, PARTNERS, [TOTAL]);
		const table = seriesTable(years, lines, ['ghm'], 'iit');
		expect(table.columns[1].kind).toBe('money');
		expect(table.rows.map((row) => row.cells['row-total-ghm'])).toEqual([60, 180]);
	});
});
