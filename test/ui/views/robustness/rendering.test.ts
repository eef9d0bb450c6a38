/**
 * The robustness table as the view and the printed report draw it (server-rendered), from the
 * four keys of the e2e fixture baci-small.csv (reporter BRA), worked by hand:
 *
 *   2020 USA 640399  X 200 000 (10 t)  M 100 000 (10 t)  R = 2        overlap 200 000  T 300 000
 *   2020 USA 847130  X  50 000 (1 t)   M  60 000 (1 t)   R = 5/6      overlap 100 000  T 110 000
 *   2020 DEU 020130  X  30 000 (3 t)   M   2 000 (no q)  R undefined  overlap   4 000  T  32 000
 *   2021 DEU 847130  X  40 000 (2 t)   M  40 000 (2 t)   R = 1        overlap  80 000  T  80 000
 *   Σ T = 522 000.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { robustnessTable } from '../../../../src/lib/engine/classify/robustness';
import { ALL_PARTNERS, ALL_PRODUCTS } from '../../../../src/lib/engine/model/selection';
import { translate } from '../../../../src/lib/i18n';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import RobustnessTable from '../../../../src/lib/ui/views/robustness/RobustnessTable.svelte';
import { makeKeys } from '../../../engine/helpers/make-keys';

const keys = makeKeys([
	{
		year: 2020,
		reporter: 'BRA',
		partner: 'USA',
		product: 640399,
		x: 200_000,
		qx: 10,
		m: 100_000,
		qm: 10,
		unitX: 't',
		unitM: 't'
	},
	{
		year: 2020,
		reporter: 'BRA',
		partner: 'USA',
		product: 847130,
		x: 50_000,
		qx: 1,
		m: 60_000,
		qm: 1,
		unitX: 't',
		unitM: 't'
	},
	{
		year: 2020,
		reporter: 'BRA',
		partner: 'DEU',
		product: 20130,
		x: 30_000,
		qx: 3,
		m: 2_000,
		unitX: 't',
		unitM: null
	},
	{
		year: 2021,
		reporter: 'BRA',
		partner: 'DEU',
		product: 847130,
		x: 40_000,
		qx: 2,
		m: 40_000,
		qm: 2,
		unitX: 't',
		unitM: 't'
	}
]);
const TABLE = robustnessTable(keys, {
	reporter: 'BRA',
	yearFrom: 2020,
	yearTo: 2021,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
});
const T = 522_000;

afterAll(() => {
	i18n.locale = 'pt-BR';
});

function html(): string {
	return render(RobustnessTable, {
		props: { table: TABLE, methods: ['ghm', 'ff'], caption: 'The caption' }
	})
		.body.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+"/g, '"')
		.replace(/<!--[^>]*-->/g, '');
}

/** The row of setting `id`. */
function rowOf(body: string, id: string): string {
	return new RegExp(`<tr data-row="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(body)?.[1] ?? '';
}

/** The raw number and the text of column `col` in a row. */
function cell(row: string, col: string): { value: number; text: string } {
	const match = new RegExp(
		`<td[^>]*data-col="${col}" data-value="([^"]*)"[^>]*>([\\s\\S]*?)</td>`
	).exec(row);
	return { value: Number(match?.[1]), text: (match?.[2] ?? '').replace(/\s+/g, ' ').trim() };
}

// Aquino's Q of 2020 (a = T / 2X_S, b = T / 2M_S over X_S 280 000, M_S 162 000); 2021 is balanced: 1.
const a = 442_000 / (2 * 280_000);
const b = 442_000 / (2 * 162_000);
const gap2020 =
	Math.abs(a * 200_000 - b * 100_000) +
	Math.abs(a * 50_000 - b * 60_000) +
	Math.abs(a * 30_000 - b * 2_000);
const Q = (1 - gap2020 / 442_000 + 1) / 2;

describe('RobustnessTable', () => {
	it('draws every setting with the shares worked by hand', () => {
		i18n.locale = 'en';
		const body = html();
		expect(body).toContain('<caption>The caption</caption>');
		expect(body.match(/<tr data-row=/g)).toHaveLength(9);
		const paper = rowOf(body, 'paper');
		expect(paper).toContain(translate('en', 'robustness.row.paper'));
		// GHM: HIIT DEU 847130's 80 000, VIIT-sup USA 640399's 200 000, VIIT-inf USA 847130's
		// 100 000 (R = 5/6 < 0.85), unclassified DEU 020130's 4 000.
		expect(cell(paper, 'ghm-hiit').value).toBeCloseTo(80_000 / T, 15);
		expect(cell(paper, 'ghm-hiit').text).toBe('15.3%');
		expect(cell(paper, 'ghm-viitSup').value).toBeCloseTo(200_000 / T, 15);
		expect(cell(paper, 'ghm-viitSup').text).toBe('38.3%');
		expect(cell(paper, 'ghm-viitInf').value).toBeCloseTo(100_000 / T, 15);
		expect(cell(paper, 'ghm-unclassified').value).toBeCloseTo(4_000 / T, 15);
		expect(cell(paper, 'ghm-outlier').text).toBe('0.0%');
		// The index is the mean of 2020's 304 000 / 442 000 and 2021's 1.
		expect(cell(paper, 'ghm-iitIndex').value).toBeCloseTo((304_000 / 442_000 + 1) / 2, 15);
		expect(cell(paper, 'ghm-iitIndex').text).toBe('84.4%');
		// FF: DEU 020130 is one-way (2 000 / 30 000 ≤ θ); the two-way keys take their whole T.
		expect(cell(paper, 'ff-viitSup').value).toBeCloseTo(300_000 / T, 15);
		expect(cell(paper, 'ff-viitInf').value).toBeCloseTo(110_000 / T, 15);
		expect(cell(paper, 'ff-iitIndex').value).toBeCloseTo((410_000 / 442_000 + 1) / 2, 15);
		// GLC: 2020 304 000 / (442 000 − 118 000), 2021 1.
		expect(cell(paper, 'glc').value).toBeCloseTo((304_000 / 324_000 + 1) / 2, 15);
		expect(cell(paper, 'glc').text).toBe('96.9%');
		expect(cell(paper, 'aquinoQ').value).toBeCloseTo(Q, 15);
		expect(cell(paper, 'aquinoQ').text).toBe('90.4%');
	});

	it('shows each change’s effect, and says which found nothing to act on', () => {
		i18n.locale = 'en';
		const body = html();
		// α 25 %: R = 5/6 is within [0.75, 1.25] and [0.8, 1.25]: USA 847130 becomes horizontal.
		const alpha = rowOf(body, 'alpha-25');
		expect(cell(alpha, 'ghm-hiit').value).toBeCloseTo(180_000 / T, 15);
		expect(cell(alpha, 'ghm-hiit').text).toBe('34.5%');
		expect(cell(alpha, 'ff-hiit').value).toBeCloseTo(190_000 / T, 15);
		// No FOB import value and one HS edition: those rows repeat the paper's, marked.
		for (const id of ['fob-where-reported', 'hs-editions']) {
			expect(rowOf(body, id)).toContain(`(${translate('en', 'robustness.noEffect')})`);
		}
		expect(rowOf(body, 'alpha-25')).not.toContain(translate('en', 'robustness.noEffect'));
	});

	it('speaks pt-BR', () => {
		i18n.locale = 'pt-BR';
		const body = html();
		expect(body).toContain(translate('pt-BR', 'robustness.row.paper'));
		expect(cell(rowOf(body, 'paper'), 'ghm-viitSup').text).toMatch(/^38,3\s?%$/);
	});
});
