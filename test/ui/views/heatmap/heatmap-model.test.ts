/**
 * The heatmap's model: values per cell with null for "no trade" and for an undefined share, the
 * colour scale, the screen-reader description and the table, checked on the hand-made cells
 * (through the engine's matrix) and on a made-up matrix.
 */
import { describe, expect, it } from 'vitest';
import { partnerSectorMatrix, type SectorMatrix } from '../../../../src/lib/engine/views/heatmap';
import type { GroupRow, MethodFigures } from '../../../../src/lib/engine/views/tables';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import {
	heatmapChartData,
	heatmapDescription,
	heatmapScale,
	heatmapTable,
	matrixValues
} from '../../../../src/lib/ui/views/heatmap/heatmap-model';
import { CELLS, FILTER, split } from '../cells-fixture';

i18n.locale = 'en';

/** Figures with only the two measures the heatmap reads; the rest never matter here. */
function figures(iitIndex: number, viitSupShare: number): MethodFigures {
	return {
		volume: split({}),
		iit: 0,
		hiit: 0,
		viit: 0,
		iitIndex,
		hiitShare: NaN,
		viitShare: NaN,
		unclassifiedShare: NaN,
		outlierShare: NaN,
		viitSupShare,
		viitInfShare: NaN,
		hiitShareClassified: NaN,
		viitShareClassified: NaN
	};
}

function row(id: string, ghm: [number, number], ff: [number, number]): GroupRow {
	return { id, trade: 1, ghm: figures(...ghm), ff: figures(...ff), glc: NaN, aquinoQ: NaN };
}

/** JPN trades in both sectors (FF: no VIIT in metals); MEX only in transport. */
const MATRIX: SectorMatrix = {
	rows: ['JPN', 'MEX'],
	sectors: ['metals', 'transport'],
	cells: [
		[row('JPN', [0.3, 0.2], [0.5, NaN]), row('JPN', [0.1, 0.9], [0.2, 0.7])],
		[null, row('MEX', [0.25, 0.5], [0, NaN])]
	]
};

describe('values', () => {
	it('reads the chosen method and measure, null for no trade and for an undefined share', () => {
		expect(matrixValues(MATRIX, 'ghm', 'iitIndex')).toEqual([
			[0.3, 0.1],
			[null, 0.25]
		]);
		expect(matrixValues(MATRIX, 'ff', 'viitSupShare')).toEqual([
			[null, 0.7],
			[null, null]
		]);
	});

	it('matches the engine matrix of the hand-made cells', () => {
		const matrix = partnerSectorMatrix(CELLS, FILTER, { kind: 'partner' });
		expect(matrix.rows).toEqual(['DEU', 'USA']);
		expect(matrix.sectors).toEqual(['chemicals', 'machinery']);
		// GHM index, mean over years: DEU machinery (60/100 + 100/200)/2 = 0.55; USA chemicals (0/50 + 80/100)/2 = 0.4.
		const index = matrixValues(matrix, 'ghm', 'iitIndex');
		expect(index[0][0]).toBeNull();
		expect(index[0][1]).toBeCloseTo(0.55, 12);
		expect(index[1][0]).toBeCloseTo(0.4, 12);
		expect(index[1][1]).toBeNull();
		// GHM VIIT-sup share over the period: DEU (30 + 20)/(40 + 80) = 5/12; USA 0/40.
		const share = matrixValues(matrix, 'ghm', 'viitSupShare');
		expect(share[0][1]).toBeCloseTo(5 / 12, 12);
		expect(share[1][0]).toBe(0);
	});
});

describe('colour scale', () => {
	it('runs the IIT index from 0 to the largest value shown', () => {
		expect(heatmapScale(matrixValues(MATRIX, 'ghm', 'iitIndex'), 'iitIndex')).toEqual({
			min: 0,
			max: 0.3
		});
	});

	it('fixes the VIIT-sup share to 0–1 so that 50 % always has the same colour', () => {
		expect(heatmapScale([[0.2, 0.9]], 'viitSupShare')).toEqual({ min: 0, max: 1 });
	});

	it('falls back to 0–1 when no value is above 0', () => {
		expect(heatmapScale([[null, 0]], 'iitIndex')).toEqual({ min: 0, max: 1 });
		expect(heatmapScale([], 'iitIndex')).toEqual({ min: 0, max: 1 });
	});
});

describe('chart and description', () => {
	it('names rows and sectors and describes the extremes', () => {
		const data = heatmapChartData(MATRIX, 'ghm', 'iitIndex');
		expect(data.rows).toEqual(['Japan', 'Mexico']);
		expect(data.columns).toEqual(['Metals', 'Transportation']);
		expect([data.min, data.max]).toEqual([0, 0.3]);
		expect(data.format(0.25)).toBe('25.0%');
		expect(data.description).toBe(
			'IIT index (GHM) across 2 rows and 2 sectors. Highest: 30.0% (Japan, Metals). ' +
				'Lowest: 10.0% (Japan, Transportation). Cells without data: 1 of 4.'
		);
	});

	it('says so when no cell has a value', () => {
		const values = matrixValues(MATRIX, 'ff', 'viitSupShare').map((r) => r.map(() => null));
		expect(heatmapDescription(MATRIX, values, 'ff', 'viitSupShare')).toBe(
			'Superior VIIT / VIIT (FF): no cell has data.'
		);
	});
});

describe('table', () => {
	it('keeps pairs with trade but no value as drill-down targets', () => {
		const table = heatmapTable(MATRIX, 'ff', 'viitSupShare');
		expect(table).toEqual([
			{
				id: 'JPN',
				name: 'Japan',
				cells: [
					{ sector: 'metals', value: null, traded: true },
					{ sector: 'transport', value: 0.7, traded: true }
				]
			},
			{
				id: 'MEX',
				name: 'Mexico',
				cells: [
					{ sector: 'metals', value: null, traded: false },
					{ sector: 'transport', value: null, traded: true }
				]
			}
		]);
	});
});
