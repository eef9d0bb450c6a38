/**
 * The regression table as HTML (server-rendered): a real table with caption and header scopes,
 * each coefficient with its stars over its SE in parentheses, "—" with a note mark for missing
 * cells, the statistics rows and the Hausman verdict, in each language.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import { determinantsTable } from '../../../../src/lib/ui/views/determinants/determinants-model';
import type { ViewQueries } from '../../../../src/lib/state/view-queries';
import DeterminantsTable from '../../../../src/lib/ui/views/determinants/DeterminantsTable.svelte';
import DeterminantsView from '../../../../src/lib/ui/views/determinants/DeterminantsView.svelte';
import { cell } from '../cells-fixture';
import { answer } from './fixture';

/** Queries that record what they are asked and answer the fixture. */
function stubQueries(asked: unknown[]): ViewQueries {
	const refuse = () => Promise.reject(new Error('not asked in this test'));
	return {
		products: refuse,
		sensitivity: refuse,
		robustness: refuse,
		aquinoQ: refuse,
		screenTally: refuse,
		stability: refuse,
		marginal: refuse,
		cellsAt: refuse,
		determinants: async (query) => {
			asked.push(query);
			return answer();
		}
	};
}

afterAll(() => {
	i18n.locale = 'pt-BR';
});

/** The rendered table, without Svelte's scoping classes and markers. */
function html(standardErrors: 'classical' | 'cluster' = 'classical', timeEffects = true): string {
	return render(DeterminantsTable, {
		props: {
			table: determinantsTable(answer(), standardErrors),
			caption: 'The caption',
			reporterName: 'Brazil',
			standardErrors,
			timeEffects
		}
	})
		.body.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+"/g, '"')
		.replace(/<!--[^>]*-->/g, '');
}

/** The first group `selector` captures, tags removed, `<` decoded and spaces squeezed. */
function textOf(body: string, selector: RegExp): string {
	const match = selector.exec(body);
	if (!match) throw new Error(`nothing matches ${selector}`);
	return match[1]
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/\s+/g, ' ')
		.trim();
}
const cellText = (body: string, term: string, column: string) =>
	textOf(
		body,
		new RegExp(
			`<tr data-term="${term.replace(/[()]/g, '\\$&')}">[\\s\\S]*?data-col="${column}"[^>]*>([\\s\\S]*?)</td>`
		)
	);

describe('DeterminantsTable', () => {
	it('is a table with a caption and scoped headers', () => {
		i18n.locale = 'en';
		const body = html();
		expect(body).toContain('<caption>The caption</caption>');
		expect(body).toContain('scope="colgroup" colspan="3"');
		expect(body.match(/<th scope="row"/g)).toHaveLength(5 + 5); // 5 terms, 5 statistics rows
		expect(body).toContain('ln GDP_i (Brazil)');
		expect(body).toContain('GHM method');
		expect(body).toContain('Fixed effects');
	});

	it('shows the coefficient with its stars over the SE in parentheses', () => {
		i18n.locale = 'en';
		expect(cellText(html(), 'log(GDP_j)', 'ghm-pooling')).toBe('1.349*** (0.022)');
		// Cluster-robust: SE 0.03, p 0.0002.
		expect(cellText(html('cluster'), 'log(GDP_j)', 'ghm-pooling')).toBe('1.349*** (0.030)');
		i18n.locale = 'pt-BR';
		expect(cellText(html(), 'log(DIST)', 'ghm-pooling')).toBe('-2,493** (0,090)');
	});

	it('marks missing cells with a dash and the letter of their note', () => {
		i18n.locale = 'en';
		const body = html();
		expect(cellText(body, 'log(DIST)', 'ghm-within')).toBe('— d');
		expect(cellText(body, '(Intercept)', 'ghm-within')).toBe('— e');
		expect(body).toContain(
			'<sup class="mark">d</sup> Dropped: does not vary within any partner and is absorbed by the fixed effects (as distance is).'
		);
		expect(body).toContain('Model not estimated: no variable varies within partners');
	});

	it('gives the statistics, the Hausman test with its verdict, and explains the stars', () => {
		i18n.locale = 'en';
		const body = html('cluster');
		expect(textOf(body, /data-row="nobs">([\s\S]*?)<\/tr>/)).toBe(
			'Observations 6,198 6,198 6,198 5,657 — —'
		);
		expect(textOf(body, /data-row="r2">([\s\S]*?)<\/tr>/)).toBe('R² 0.373 0.395 0.479 0.330 — —');
		expect(textOf(body, /data-row="year-effects">([\s\S]*?)<\/tr>/)).toBe(
			'Year effects no yes yes no — —'
		);
		// χ² = 18.36 with 3 df, p = 0.00037 < 0.05: fixed effects preferred.
		expect(textOf(body, /data-row="hausman">([\s\S]*?)<\/tr>/)).toBe(
			'Hausman test χ²(3) = 18.36, p < 0.001 — p < 0.05: fixed effects preferred not computed: one of the models failed'
		);
		expect(body).toContain(
			'In parentheses, cluster-robust by partner (Arellano, HC1) standard errors.'
		);
		expect(body).toContain('The year intercepts a_t were estimated');
		expect(html('classical', false)).not.toContain('The year intercepts a_t');
	});

	it('speaks Spanish', () => {
		i18n.locale = 'es';
		const body = html();
		expect(body).toContain('Efectos aleatorios');
		expect(body).toContain('Signo esperado');
		expect(cellText(body, 'log(DIF)', 'ghm-pooling')).toBe('-0,111* (0,033)');
	});
});

describe('DeterminantsView before a file is chosen', () => {
	it('labels the file input, offers the template for the selection’s partners and years, states α', () => {
		i18n.locale = 'en';
		const asked: unknown[] = [];
		const body = render(DeterminantsView, {
			props: {
				selection: {
					reporter: 'BRA',
					yearFrom: 2020,
					yearTo: 2021,
					partners: { kind: 'all' },
					scope: { sectors: null, chapters: null }
				},
				// USA and DEU trade in 2020–2021; CHN only in 2018, outside the range.
				cells: [
					cell(2020, 'USA', 'machinery', { hiit: 10 }, { hiit: 10 }),
					cell(2021, 'DEU', 'chemicals', { viitSup: 5 }, { viitSup: 5 }),
					cell(2018, 'CHN', 'machinery', { hiit: 4 }, { hiit: 4 })
				],
				queries: stubQueries(asked),
				classify: { alpha: 0.25, theta: 0.1, cifFobFactor: 1 }
			}
		}).body;
		expect(body).toMatch(
			/<label for="covariates-file"[^>]*>Covariates files \(CSV, one or several\)<\/label>/
		);
		expect(body).toContain('id="covariates-file"');
		expect(body).toMatch(/<input id="covariates-file"[^>]*multiple/);
		// No dist_cepii file yet: no measure to choose.
		expect(body).not.toContain('data-testid="distance-measure"');
		expect(body).toContain('aria-describedby="covariates-hint"');
		expect(body).toContain('the 2 partners and the years 2020–2021');
		expect(body).toContain(
			'Dispersion factor in use: α = 25%; GHM and FF side by side (FF with θ = 10%).'
		);
		expect(body).toContain('Choose one or more covariates files to estimate the model.');
		expect(body).toMatch(/type="checkbox"[^>]*checked/);
		expect(asked).toEqual([]); // nothing is asked before a file is chosen
	});
});
