/**
 * Table 5's model: pairs grouped by sector in the engine's order, the line naming the sectors
 * where the reporter never dominates, and the CSV (raw shares, ids beside names). Also the CSV
 * writer the cell views share.
 */
import { describe, expect, it } from 'vitest';
import type { DominanceRow, DominanceTable } from '../../../../src/lib/engine/views/dominance';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import { csvLines } from '../../../../src/lib/engine/views/csv-field';
import {
	dominanceCsv,
	dominanceSectors,
	sectorsWithoutText
} from '../../../../src/lib/ui/views/dominance/dominance-model';

i18n.locale = 'en';

function pair(sector: DominanceRow['sector'], id: string, shareA: number, shareB: number) {
	return {
		sector,
		id,
		shareA,
		shareB,
		viitA: 1000,
		viitB: 900,
		dominantA: shareA > 0.5,
		dominantB: shareB > 0.5
	};
}

/** The first rows of the paper's Table 5 (Spain, Norway, Mexico, Japan), sectors by best share. */
const TABLE: DominanceTable = {
	method: 'ghm',
	alphas: [0.15, 0.25],
	rows: [
		pair('transport', 'ESP', 0.84, 0.8),
		pair('transport', 'MEX', 0.67, 0.69),
		pair('chemicals', 'NOR', 0.9, 0.9),
		pair('foodstuffs', 'MEX', 0.51, 0.47)
	],
	sectors: [
		{ sector: 'transport', dominantA: 2, dominantB: 2 },
		{ sector: 'chemicals', dominantA: 1, dominantB: 1 },
		{ sector: 'foodstuffs', dominantA: 1, dominantB: 0 }
	],
	sectorsWithout: ['textiles', 'metals']
};

describe('grouping', () => {
	it('groups pairs by sector in the order they come, with names', () => {
		const groups = dominanceSectors(TABLE);
		expect(groups.map((group) => [group.name, group.rows.map((row) => row.name)])).toEqual([
			['Transportation', ['Spain', 'Mexico']],
			['Chemicals', ['Norway']],
			['Foodstuffs', ['Mexico']]
		]);
	});

	it('keeps the flags that mark a share not dominant at one α (0.47 ≤ 0.5 at α₂)', () => {
		const food = dominanceSectors(TABLE)[2].rows[0];
		expect([food.dominantA, food.dominantB]).toEqual([true, false]);
	});

	it('is empty for an empty table', () => {
		expect(dominanceSectors({ ...TABLE, rows: [], sectors: [] })).toEqual([]);
	});
});

describe('sectors without dominance', () => {
	it('names them in one line', () => {
		expect(sectorsWithoutText(TABLE)).toBe(
			'Sectors with vertical trade where superior VIIT prevails with no partner: Textiles; Metals.'
		);
	});

	it('says so when every sector has a partner', () => {
		expect(sectorsWithoutText({ ...TABLE, sectorsWithout: [] })).toBe(
			'In every sector with vertical trade, superior VIIT prevails with at least one partner.'
		);
	});
});

describe('CSV', () => {
	it('writes one line per pair with raw ratios and the α in the header', () => {
		const lines = dominanceCsv(TABLE).split('\r\n');
		expect(lines[0]).toBe(
			'sector,sector_name,partner,partner_name,viit_sup_share_alpha_0.15,viit_sup_share_alpha_0.25,' +
				'viit_alpha_0.15,viit_alpha_0.25,dominant_alpha_0.15,dominant_alpha_0.25'
		);
		expect(lines[1]).toBe('transport,Transportation,ESP,Spain,0.84,0.8,1000,900,true,true');
		expect(lines[4]).toBe('foodstuffs,Foodstuffs,MEX,Mexico,0.51,0.47,1000,900,true,false');
		expect(lines).toHaveLength(6); // header, 4 pairs, the final CRLF
	});

	it('writes the Excel dialect (pt-BR, es): ; between fields and decimal commas', () => {
		const lines = dominanceCsv(TABLE, 'excel').split('\r\n');
		expect(lines[0].split(';')).toHaveLength(10);
		expect(lines[1]).toBe('transport;Transportation;ESP;Spain;0,84;0,8;1000;900;true;true');
		expect(lines).toHaveLength(6);
	});

	it('quotes text with commas, defuses formulas and leaves undefined numbers empty', () => {
		expect(csvLines([['Plastics, rubber', '=SUM(A1)', NaN, -0.5, null]])).toBe(
			`"Plastics, rubber",'=SUM(A1),,-0.5,\r\n`
		);
	});
});
