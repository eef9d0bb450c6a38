/**
 * The price-range tables' models: what each row shows (shares of ranked, unranked of all), the
 * world and direction totals at the bottom, and the year named only when a pair trades in several.
 */
import { describe, expect, it } from 'vitest';
import type { PairPriceRanges, PriceRangesSummary, RangeTotals } from '../../../src/lib/engine';
import {
	exporterRangesTable,
	pairFlowsTable,
	pairSectorRangesTable,
	type RangeLabels
} from '../../../src/lib/ui/world/price-ranges-model';

const labels: RangeLabels = {
	country: (id) => `<${id}>`,
	sector: (id) => id,
	range: (range) => range.toUpperCase(),
	exporter: 'Exporter',
	exports: 'Exports',
	up: 'Up',
	middle: 'Middle',
	down: 'Down',
	unranked: 'Unranked',
	world: 'World',
	flow: 'Flow',
	directionTotal: (from, to) => `${from}>${to} total`,
	product: 'Product',
	direction: 'Direction',
	value: 'Value',
	unit: 'Unit',
	unitValue: 'UV',
	reference: 'Ref',
	ratio: 'Ratio',
	rangeColumn: 'Range'
};

/** Totals of up / middle / down / unranked, with their shares worked out here. */
function totals(up: number, middle: number, down: number, unranked: number): RangeTotals {
	const value = up + middle + down + unranked;
	const ranked = up + middle + down;
	return {
		value,
		up,
		middle,
		down,
		unranked,
		shares: {
			ofValue: {
				up: up / value,
				middle: middle / value,
				down: down / value,
				unranked: unranked / value
			},
			ofRanked: { up: up / ranked, middle: middle / ranked, down: down / ranked }
		}
	};
}

describe('exporterRangesTable', () => {
	it('shows shares of the ranked exports, the unranked share of all, and the world last', () => {
		// USA: 40 up, 200 middle, 30 unranked → up 40/240 = 1/6, unranked 30/270 = 1/9.
		const summary: PriceRangesSummary = {
			filter: { year: null, importer: null, sector: null },
			years: [2022],
			importers: ['BRA'],
			sectors: ['footwear'],
			exporters: [{ exporter: 'USA', ...totals(40, 200, 0, 30) }],
			world: totals(40, 200, 0, 30)
		};
		const model = exporterRangesTable(summary, labels);
		expect(model.columns.map((column) => column.key)).toEqual([
			'exporter',
			'value',
			'up',
			'middle',
			'down',
			'unranked'
		]);
		expect(model.rows[0]).toMatchObject({ id: 'USA', cells: { exporter: '<USA>', value: 270 } });
		expect(model.rows[0].cells.up).toBe(40 / 240);
		expect(model.rows[0].cells.unranked).toBe(30 / 270);
		expect(model.rows[1]).toMatchObject({
			id: 'world',
			summary: true,
			cells: { exporter: 'World' }
		});
		// Nothing passes the filter: no world row either.
		expect(exporterRangesTable({ ...summary, exporters: [] }, labels).rows).toEqual([]);
	});
});

describe('the pair tables', () => {
	const pair: PairPriceRanges = {
		countries: ['BRA', 'ARG'],
		alpha: 0.15,
		rows: [
			{ direction: 0, year: 2021, sector: 'footwear', ...totals(0, 10, 0, 0) },
			{ direction: 0, year: 2022, sector: 'footwear', ...totals(0, 100, 0, 0) },
			{ direction: 1, year: 2022, sector: 'footwear', ...totals(0, 0, 84, 0) }
		],
		totals: [totals(0, 110, 0, 0), totals(0, 0, 84, 0)],
		flows: [
			{
				direction: 1,
				year: 2022,
				product: 20130,
				value: 84,
				quantity: 2,
				unit: 't',
				unitValue: 42,
				reference: 50,
				range: 'down'
			}
		],
		flowCount: 3
	};

	it('names the year when the pair trades in several, and totals each direction', () => {
		const model = pairSectorRangesTable(pair, labels);
		expect(model.rows.map((row) => [row.id, row.cells.flow])).toEqual([
			['0-2021-footwear', '<BRA> → <ARG> · 2021 · footwear'],
			['0-2022-footwear', '<BRA> → <ARG> · 2022 · footwear'],
			['1-2022-footwear', '<ARG> → <BRA> · 2022 · footwear'],
			['total-0', '<BRA>><ARG> total'],
			['total-1', '<ARG>><BRA> total']
		]);
		expect(model.rows[3].cells.value).toBe(110);
		expect(model.rows[4].cells.down).toBe(1);
	});

	it('lists each flow with its HS6 code padded, its unit value against the reference', () => {
		const [row] = pairFlowsTable(pair, labels).rows;
		// 42 / 50 = 0.84 of the world reference: below 1 / 1.15 ≈ 0.8696, so down-market.
		expect(row).toMatchObject({
			id: '1-2022-020130',
			cells: {
				product: '2022 · 020130',
				direction: '<ARG> → <BRA>',
				value: 84,
				unit: 't',
				unitValue: 42,
				reference: 50,
				ratio: 0.84,
				range: 'DOWN'
			}
		});
	});
});
