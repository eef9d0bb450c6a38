/**
 * The map view's data: the quick check's markets as regions of the world map, coloured by the IIT
 * index, the VIIT-sup share of two-way trade or the price premium, the partners without a shape
 * listed, the reporter kept apart; on hand-made cells of one year (reporter BRA, 2020).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Cell, ClassSplit } from '../../../../src/lib/engine/model/types';
import { quickCheck } from '../../../../src/lib/engine/views/quick-check';
import type { ViewFilter } from '../../../../src/lib/engine/views/tables';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import {
	mapChartHeight,
	mapOption,
	NO_DATA_COLOR,
	REPORTER_COLOR
} from '../../../../src/lib/ui/charts/map';
import {
	mapChartData,
	mapColumns,
	mapData,
	mapRows,
	premiumHalfRange,
	unmappedText
} from '../../../../src/lib/ui/views/map/map-model';

/** A cell whose two-way keys (weight = their trade) have one unit-value ratio R. */
function cell(partner: string, parts: Partial<ClassSplit>, r: number | null): Cell {
	const s: ClassSplit = {
		oneWay: 0,
		hiit: 0,
		viitSup: 0,
		viitInf: 0,
		unclassified: 0,
		outlier: 0,
		...parts
	};
	const trade = s.oneWay + s.hiit + s.viitSup + s.viitInf;
	const weight = r === null ? 0 : s.hiit + s.viitSup + s.viitInf;
	const lnR = r === null ? 0 : Math.log(r);
	return {
		year: 2020,
		reporter: 'BRA',
		partner,
		sector: 'footwear',
		trade,
		ghm: s,
		ff: { ...s },
		quality: { weight, sum: weight * lnR, sumSq: weight * lnR * lnR },
		exports: 0,
		imports: 0
	};
}

/*
 * One year, so the IIT index is IIT / T; VIIT-sup share = sup / two-way; premium = R − 1.
 * DEU T 100, two-way 100 (sup 60), R 1.5 → index 100 %, sup 60 %, premium +50 %.
 * USA T 100, two-way 40 (sup 10, inf 30), R 0.8 → index 40 %, sup 25 %, premium −20 %.
 * HKG T 40, two-way 10 (sup 10), R 2 → index 25 %, sup 100 %, premium +100 %: no shape at 1:110m.
 * CHN T 30, one-way → index 0 %, sup and premium undefined (grey).
 * A cell of another reporter (ARG → DEU) is outside the filter.
 */
const CELLS: Cell[] = [
	cell('DEU', { hiit: 20, viitSup: 60, viitInf: 20 }, 1.5),
	cell('USA', { oneWay: 60, viitSup: 10, viitInf: 30 }, 0.8),
	cell('HKG', { oneWay: 30, viitSup: 10 }, 2),
	cell('CHN', { oneWay: 30 }, null),
	{ ...cell('DEU', { viitSup: 500 }, 3), reporter: 'ARG' }
];
const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2020 };
const CHECK = quickCheck(CELLS, FILTER, 'ghm');
const SHAPES = new Set(['BRA', 'DEU', 'USA', 'CHN', 'FRA']);

afterEach(() => {
	i18n.locale = 'en';
});
i18n.locale = 'en';

const values = (metric: 'iitIndex' | 'viitSup' | 'premium') =>
	Object.fromEntries(
		mapData(CHECK, metric, 'BRA', SHAPES, 'USD').regions.map((r) => [r.id, r.value])
	);

describe('the map data', () => {
	it('colours the partners with a shape by the IIT index, largest trade first', () => {
		const data = mapData(CHECK, 'iitIndex', 'BRA', SHAPES, 'USD');
		// DEU and USA tie at 100 and go by id.
		expect(data.regions.map((r) => r.id)).toEqual(['DEU', 'USA', 'CHN']);
		expect(data.regions.map((r) => r.trade)).toEqual([100, 100, 30]);
		const index = values('iitIndex');
		expect(index.DEU).toBeCloseTo(1, 12);
		expect(index.USA).toBeCloseTo(0.4, 12);
		expect(index.CHN).toBe(0);
		expect([data.min, data.max]).toEqual([0, 1]);
		expect(data.reporter).toBe('BRA');
	});

	it('takes the VIIT-sup share of two-way trade; undefined without two-way trade', () => {
		const sup = values('viitSup');
		expect(sup.DEU).toBeCloseTo(0.6, 12);
		expect(sup.USA).toBeCloseTo(0.25, 12);
		expect(sup.CHN).toBeNull();
	});

	it('takes the quadrant premium, on a scale symmetric about 0 from the mapped partners', () => {
		const data = mapData(CHECK, 'premium', 'BRA', SHAPES, 'USD');
		const premium = values('premium');
		expect(premium.DEU).toBeCloseTo(0.5, 12);
		expect(premium.USA).toBeCloseTo(-0.2, 12);
		expect(premium.CHN).toBeNull();
		// HKG's +100 % is off the map, so the scale ends at ±50 %.
		expect(data.min).toBeCloseTo(-0.5, 12);
		expect(data.max).toBeCloseTo(0.5, 12);
	});

	it('lists the partners that have data but no shape, so none is lost', () => {
		const data = mapData(CHECK, 'iitIndex', 'BRA', SHAPES, 'USD');
		expect(data.unmapped).toEqual([{ id: 'HKG', name: i18n.country('HKG'), trade: 40 }]);
		expect(unmappedText(data.unmapped)).toBe(`${i18n.country('HKG')} (HKG)`);
		expect(unmappedText([{ id: '899', name: '899', trade: 1 }])).toBe('899');
		// Every partner is either on the map or in the list.
		const shown = [...data.regions.map((r) => r.id), ...data.unmapped.map((u) => u.id)];
		expect(shown.sort()).toEqual(CHECK.markets.map((m) => m.id).sort());
	});

	it('never colours the reporter as a partner, and draws it only when it has a shape', () => {
		const asReporter = mapData(CHECK, 'iitIndex', 'DEU', SHAPES, 'USD');
		expect(asReporter.regions.map((r) => r.id)).toEqual(['USA', 'CHN']);
		expect(asReporter.reporter).toBe('DEU');
		expect(mapData(CHECK, 'iitIndex', 'EUN', SHAPES, 'USD').reporter).toBeNull();
	});

	it('says each region in words, with the trade', () => {
		const data = mapData(CHECK, 'premium', 'BRA', SHAPES, 'USD');
		expect(data.regions[1].label).toBe('United States: Price premium -20%, trade $100.0 a year');
		expect(data.regions[2].label).toBe('China: Price premium undefined, trade $30.0 a year');
		i18n.locale = 'pt-BR';
		const pt = mapData(CHECK, 'iitIndex', 'BRA', SHAPES, 'USD');
		expect(pt.regions[0].label).toMatch(/^Alemanha: Índice CII 100\s?%, comércio /);
	});
});

describe('the premium scale', () => {
	it('ends at the largest |premium| rounded up to 5 %, at least 5 %', () => {
		expect(premiumHalfRange([0.5, -0.2])).toBeCloseTo(0.5, 12);
		expect(premiumHalfRange([0.51])).toBeCloseTo(0.55, 12);
		expect(premiumHalfRange([-0.3, 0.1])).toBeCloseTo(0.3, 12);
		expect(premiumHalfRange([0.01])).toBeCloseTo(0.05, 12);
		expect(premiumHalfRange([])).toBeCloseTo(0.05, 12);
	});
});

describe('the table under the map', () => {
	it('holds every partner with data, on the map or off it, with the metric and trade', () => {
		const data = mapData(CHECK, 'viitSup', 'BRA', SHAPES, 'USD');
		const rows = mapRows(data, CHECK);
		expect(rows.map((row) => row.id)).toEqual(['DEU', 'USA', 'HKG', 'CHN']);
		expect(rows[0].cells.value).toBeCloseTo(0.6, 12);
		expect(rows[2].cells.value).toBeCloseTo(1, 12);
		expect(rows[3].cells.value).toBeNull();
		expect(rows.map((row) => row.cells.trade)).toEqual([100, 100, 40, 30]);
		expect(mapColumns('viitSup').map((c) => c.kind)).toEqual(['text', 'percent', 'money']);
		expect(mapColumns('premium')[1]).toMatchObject({
			label: 'Price premium',
			kind: 'signedPercent'
		});
	});
});

describe('the map chart', () => {
	const chart = mapChartData(mapData(CHECK, 'premium', 'BRA', SHAPES, 'USD'), 'BRA');
	const option = mapOption(chart);
	const series = (
		option.series as { data: { name: string; value: number; itemStyle?: object }[] }[]
	)[0];

	it('gives ECharts the partners by shape name, NaN (grey) where undefined, the reporter hatched', () => {
		const byName = Object.fromEntries(series.data.map((item) => [item.name, item]));
		expect(byName.DEU.value).toBeCloseTo(0.5, 12);
		expect(byName.USA.value).toBeCloseTo(-0.2, 12);
		expect(byName.CHN.value).toBeNaN();
		expect(byName.HKG).toBeUndefined();
		expect(byName.BRA.itemStyle).toMatchObject({ areaColor: REPORTER_COLOR });
		expect(byName.BRA.itemStyle).toHaveProperty('decal');
		expect(option.series).toMatchObject([{ itemStyle: { areaColor: NO_DATA_COLOR } }]);
		expect(option.visualMap).toMatchObject({ min: chart.min, max: chart.max });
	});

	it('names every country in its tooltip, escaped, and labels the scale with the metric', () => {
		const tooltip = option.tooltip as { formatter: (params: { name: string }) => string };
		expect(tooltip.formatter({ name: 'DEU' })).toBe(
			'Germany: Price premium +50%, trade $100.0 a year'
		);
		expect(tooltip.formatter({ name: 'BRA' })).toBe('Brazil (reporter)');
		expect(tooltip.formatter({ name: 'FRA' })).toBe('France: no data');
		expect(chart.format(-0.5)).toBe('-50%');
		expect(chart.description).toContain(
			'World map of the partners of Brazil coloured by Price premium.'
		);
		expect(chart.description).toContain('United States: Price premium -20%');
	});

	it('is as tall as the map at its width, plus the scale: 140° of latitude for 360° of longitude', () => {
		// (1040 − 40) · 139.5 / 360 = 387.5 → 388, + 56 for the scale and margins.
		expect(mapChartHeight(1040)).toBe(444);
		// A phone's 342 px: 117 + 56 = 173, raised to the 200 px floor; a wide screen stops at 480.
		expect(mapChartHeight(342)).toBe(200);
		expect(mapChartHeight(2000)).toBe(480);
	});
});
