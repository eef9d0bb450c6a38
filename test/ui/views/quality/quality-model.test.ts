/**
 * The relative quality view's model: the signed premium, the tables, the premium chart and the
 * one-sentence summary, on cells whose quality sums are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { qualityTable, type QualityRow } from '../../../../src/lib/engine/views/quality';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import {
	premiumChartData,
	qualityColumns,
	qualitySummary,
	qualityTableRows,
	signedPercent
} from '../../../../src/lib/ui/views/quality/quality-model';
import { FILTER, cell } from '../cells-fixture';

i18n.locale = 'en';

/** Quality sums of `weight` dollars of keys that all have the unit-value ratio `r`. */
const sums = (weight: number, r: number) => ({
	weight,
	sum: weight * Math.log(r),
	sumSq: weight * Math.log(r) ** 2
});

/**
 * DEU: R = 1.5 on 60 + 40 of its 200 → coverage 0.5, premium exactly +50 %, spread 0.
 * USA: R = 0.8 on 50 of its 100 → coverage 0.5, premium −20 %.
 * Total: weights 100 and 50, so exp(mean ln R) = 1.5^(2/3) · 0.8^(1/3) = (2.25 · 0.8)^(1/3)
 * = 1.8^(1/3) = 1.21644…: premium +21.6 %, coverage 150 / 300 = 0.5; spread
 * |ln 1.5 − ln 0.8| · √(⅔ · ⅓) = ln 1.875 · √2 / 3 = 0.29633…
 */
const CELLS = [
	cell(2020, 'DEU', 'machinery', { oneWay: 40, hiit: 60 }, {}, sums(60, 1.5)),
	cell(2021, 'DEU', 'machinery', { oneWay: 60, hiit: 40 }, {}, sums(40, 1.5)),
	cell(2021, 'USA', 'chemicals', { oneWay: 50, viitInf: 50 }, {}, sums(50, 0.8))
];
const TABLE = qualityTable(CELLS, FILTER, { kind: 'partner' });

function total(premium: number, coverage = 0.5): QualityRow {
	return { id: 'total', weight: 1, coverage, meanLnR: Math.log1p(premium), sd: 0, premium };
}

describe('signed premium', () => {
	it('shows the sign that says dearer or cheaper, none when it rounds to zero', () => {
		expect(signedPercent(0.34)).toBe('+34%');
		expect(signedPercent(-0.12)).toBe('-12%');
		expect(signedPercent(0.004)).toBe('0%');
		expect(signedPercent(0.5, 1)).toBe('+50.0%');
		expect(signedPercent(NaN)).toBe('–');
	});

	it('follows the locale', () => {
		i18n.locale = 'es';
		try {
			expect(signedPercent(0.34)).toBe('+34\u00a0%'); // a no-break space before %
		} finally {
			i18n.locale = 'en';
		}
	});
});

describe('tables', () => {
	it('lists rows by trade covered with the whole selection last', () => {
		const rows = qualityTableRows(TABLE);
		expect(rows.map((row) => [row.id, row.cells.name, row.summary])).toEqual([
			['DEU', 'Germany', undefined],
			['USA', 'United States', undefined],
			['total', 'Total', true]
		]);
		const [deu, usa, all] = rows.map((row) => row.cells);
		expect(deu.weight).toBeCloseTo(100, 9);
		expect(deu.coverage).toBeCloseTo(0.5, 12);
		expect(deu.meanLnR).toBeCloseTo(Math.log(1.5), 12);
		expect(deu.sd).toBeCloseTo(0, 6);
		expect(deu.premium).toBeCloseTo(0.5, 12);
		expect(usa.premium).toBeCloseTo(-0.2, 12);
		expect(all.weight).toBeCloseTo(150, 9);
		expect(all.premium).toBeCloseTo(Math.cbrt(1.8) - 1, 12);
		expect(all.sd).toBeCloseTo((Math.log(1.875) * Math.SQRT2) / 3, 12);
	});

	it('has its columns in order, the name column named after the dimension', () => {
		const columns = qualityColumns({ kind: 'sector' });
		expect(columns.map((column) => [column.key, column.kind])).toEqual([
			['name', 'text'],
			['weight', 'money'],
			['coverage', 'percent'],
			['meanLnR', 'ratio'],
			['sd', 'ratio'],
			['premium', 'signedPercent']
		]);
		expect(columns[0].label).toBe('Sector');
	});

	it('leaves undefined figures empty (null), never zero', () => {
		const rows = qualityTableRows({ rows: [], total: total(NaN, NaN) });
		expect(rows[0].cells).toMatchObject({ coverage: null, meanLnR: null, premium: null });
	});
});

describe('chart', () => {
	it('draws one bar per row, negative for cheaper exports, up to the limit', () => {
		const data = premiumChartData(TABLE, 5);
		expect(data.categories).toEqual(['Germany', 'United States']);
		expect(data.series).toHaveLength(1);
		expect(data.series[0].values[0]).toBeCloseTo(0.5, 12);
		expect(data.series[0].values[1]).toBeCloseTo(-0.2, 12);
		expect(data.format(-0.2)).toBe('-20%');
		expect(data.description).toBe(
			'Price premium of exports over imports: Germany +50%; United States -20%.'
		);
		expect(premiumChartData(TABLE, 1).categories).toEqual(['Germany']);
	});
});

describe('summary sentence', () => {
	it('states the premium of the whole selection in plain words', () => {
		expect(qualitySummary(TABLE.total, 'BRA', undefined)).toBe(
			'Brazil — in trade with all partners, exports are priced 22% above imports of the same ' +
				'products on average (value-weighted; 50% of trade covered).'
		);
	});

	it('says "below" for a negative premium and names the partners kept', () => {
		expect(qualitySummary(total(-0.2), 'BRA', { kind: 'country', id: 'DEU' })).toBe(
			'Brazil — in trade with Germany, exports are priced 20% below imports of the same ' +
				'products on average (value-weighted; 50% of trade covered).'
		);
		expect(qualitySummary(total(-0.2), 'BRA', { kind: 'group', id: 'oecd' })).toContain(
			'in trade with OECD,'
		);
	});

	it('says "on a par" when the premium rounds to 0 %, and why there is no index', () => {
		expect(qualitySummary(total(0.004), 'BRA', { kind: 'all' })).toContain(
			'exports are priced on a par with imports'
		);
		expect(qualitySummary(total(NaN, NaN), 'BRA', undefined)).toBe(
			'Brazil — in trade with all partners, no product has both export and import unit values: ' +
				'the index cannot be computed.'
		);
	});
});
