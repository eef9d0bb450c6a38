/** The partner table as HTML (server-rendered): the GLC and Aquino's Q columns beside the GL index. */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/engine/model/types';
import { partnerTable } from '../../../src/lib/engine/views/tables';
import { i18n } from '../../../src/lib/state/locale.svelte';
import GroupTableView from '../../../src/lib/ui/tables/GroupTableView.svelte';

const split = (oneWay: number, hiit: number, viitSup: number, viitInf: number) => ({
	oneWay,
	hiit,
	viitSup,
	viitInf,
	unclassified: 0,
	outlier: 0
});
const quality = { weight: 0, sum: 0, sumSq: 0 };
const base = { year: 2020, reporter: 'BRA', sector: 'footwear' as const, quality };
/**
 * USA: T 100, X 65, M 35, GHM overlap 60: GLC = 60 / (100 − 30) = 6/7 ≈ 85.7 %.
 * ARG: T 40, X 10, M 30, overlap 10: GLC = 10 / (40 − 20) = 50.0 %.
 * Total: T 140, X 75, M 65, overlap 70: GLC = 70 / (140 − 10) = 7/13 ≈ 53.8 %.
 * Q as the worker would answer: USA 0.5, ARG 0.25, total 0.4; Others (ARG folded) has none.
 */
const CELLS: Cell[] = [
	{
		...base,
		partner: 'USA',
		trade: 100,
		exports: 65,
		imports: 35,
		ghm: split(40, 20, 30, 10),
		ff: split(40, 20, 30, 10)
	},
	{
		...base,
		partner: 'ARG',
		trade: 40,
		exports: 10,
		imports: 30,
		ghm: split(30, 10, 0, 0),
		ff: split(30, 10, 0, 0)
	}
];
const FILTER = { reporter: 'BRA', yearFrom: 2020, yearTo: 2020 };

afterAll(() => {
	i18n.locale = 'pt-BR';
});

function html(topN: number): string {
	const table = partnerTable(CELLS, FILTER, topN, { USA: 0.5, ARG: 0.25, total: 0.4 });
	return render(GroupTableView, {
		props: {
			table,
			kind: 'partner',
			methods: ['ghm'],
			caption: 'The caption',
			methodLabel: () => 'GHM',
			nameOf: (id: string) => id,
			currency: 'USD',
			testid: 'partner-table',
			filename: 'x'
		}
	})
		.body.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+"/g, '"')
		.replace(/<!--[^>]*-->/g, '');
}

/** The text of column `col` in the row whose opening tag contains `row`. */
function cellText(body: string, row: string, col: string): string {
	const tr = new RegExp(`<tr ${row}[^>]*>([\\s\\S]*?)</tr>`).exec(body)?.[1] ?? '';
	const td = new RegExp(`<td data-col="${col}"[^>]*>([\\s\\S]*?)</td>`).exec(tr)?.[1] ?? '';
	return td.replace(/\s+/g, ' ').trim();
}

describe('GroupTableView: the imbalance-adjusted indices (METHODS 7.3)', () => {
	it('heads a column group with GLC and Q, each with its explanation as tooltip', () => {
		i18n.locale = 'en';
		const body = html(Infinity);
		expect(body).toContain('Adjusted for imbalance');
		expect(body).toMatch(
			/<th scope="col"[^>]*title="Grubel–Lloyd adjusted[^"]*"[^>]*data-col="glc"[^>]*>GLC<\/th>/
		);
		expect(body).toMatch(
			/<th scope="col"[^>]*title="Aquino's Q \(1978\)[^"]*"[^>]*data-col="aquino_q"[^>]*>Aquino's Q<\/th>/
		);
	});

	it('shows each row’s GLC and Q as percentages, Q blank for Others', () => {
		i18n.locale = 'en';
		const all = html(Infinity);
		expect(cellText(all, 'data-partner="USA"', 'glc')).toBe('85.7%');
		expect(cellText(all, 'data-partner="USA"', 'aquino_q')).toBe('50.0%');
		expect(cellText(all, 'data-partner="ARG"', 'glc')).toBe('50.0%');
		expect(cellText(all, 'data-partner="ARG"', 'aquino_q')).toBe('25.0%');
		expect(cellText(all, 'data-summary="total"', 'glc')).toBe('53.8%');
		expect(cellText(all, 'data-summary="total"', 'aquino_q')).toBe('40.0%');
		// The mean row: (6/7 + 1/2)/2 ≈ 67.9 % and (0.5 + 0.25)/2 = 37.5 %.
		expect(cellText(all, 'data-summary="mean"', 'glc')).toBe('67.9%');
		expect(cellText(all, 'data-summary="mean"', 'aquino_q')).toBe('37.5%');
		const top1 = html(1);
		expect(cellText(top1, 'data-summary="others"', 'glc')).toBe('50.0%');
		expect(cellText(top1, 'data-summary="others"', 'aquino_q')).toBe('–'); // the app's dash for an undefined figure
	});

	it('labels the columns in Portuguese and Spanish', () => {
		i18n.locale = 'pt-BR';
		expect(html(Infinity)).toContain('Ajustados ao desequilíbrio');
		expect(html(Infinity)).toContain('>Q de Aquino</th>');
		i18n.locale = 'es';
		expect(html(Infinity)).toContain('Ajustados por el desequilibrio');
	});
});
