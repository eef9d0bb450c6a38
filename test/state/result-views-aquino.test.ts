/**
 * The partner and sector tables get Aquino's Q from the worker (METHODS 7.3): NaN until the
 * answer comes, then the answer's Q on each row, asked once per selection, dimension and cells.
 */
import { describe, expect, it } from 'vitest';
import type { AquinoQByRow, Dimension, Selection } from '../../src/lib/engine';
import { classifyKeys } from '../../src/lib/engine/classify/classify';
import { ResultViews } from '../../src/lib/state/result-views.svelte';
import type { AnalysisSession } from '../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import { makeKeys } from '../engine/helpers/make-keys';

const keys = makeKeys([
	{ year: 2019, reporter: 'BRA', partner: 'USA', product: 640399, x: 60, m: 10 },
	{ year: 2019, reporter: 'BRA', partner: 'ARG', product: 20110, x: 5, m: 15 }
]);
const cells = classifyKeys(keys, { alpha: 0.15, theta: 0.1, cifFobFactor: 1 });

function setup(answer: AquinoQByRow) {
	const asked: [Selection, Dimension][] = [];
	const session = {
		cells,
		info: { years: [2019] },
		queries: {
			aquinoQ: async (selection: Selection, dimension: Dimension) => {
				asked.push([selection, dimension]);
				return answer;
			}
		}
	} as unknown as AnalysisSession;
	const settings = new AnalysisSettings();
	settings.reporter = 'BRA';
	return { views: new ResultViews(session, settings), asked };
}

const row = (views: ResultViews, id: string) =>
	views.partners?.table?.rows.find((candidate) => candidate.id === id);

describe('ResultViews: Aquino’s Q joined to the tables', () => {
	it('shows NaN until the worker answers, then its Q, and asks only once', async () => {
		const { views, asked } = setup({ USA: 0.75, ARG: 0.5, total: 0.25 });
		expect(row(views, 'USA')?.aquinoQ).toBeNaN();
		// One key each: GLC = 1 for both rows (a single item is balanced by the adjustment).
		expect(row(views, 'USA')?.glc).toBe(1);
		views.askAquinoQ('partner');
		await Promise.resolve();
		await Promise.resolve();
		expect(row(views, 'USA')?.aquinoQ).toBe(0.75);
		expect(row(views, 'ARG')?.aquinoQ).toBe(0.5);
		expect(views.partners?.table?.total.aquinoQ).toBe(0.25);
		expect(views.partners?.table?.mean.aquinoQ).toBeCloseTo(0.625, 14);
		expect(views.askAquinoQ('partner')).toBeUndefined();
		expect(asked).toHaveLength(1);
		expect(asked[0][0]).toMatchObject({ reporter: 'BRA', yearFrom: 2019, yearTo: 2019 });
		expect(asked[0][1]).toEqual({ kind: 'partner' });
	});

	it('asks for the sectors with the sector dimension, and drops an answer cleaned up', async () => {
		const { views, asked } = setup({ footwear: 0.75, total: 0.25 });
		const cleanup = views.askAquinoQ('sector');
		cleanup?.();
		await Promise.resolve();
		await Promise.resolve();
		expect(asked[0][1]).toEqual({ kind: 'sector' });
		expect(views.sectors?.table?.rows.every((r) => Number.isNaN(r.aquinoQ))).toBe(true);
		views.askAquinoQ('sector');
		await Promise.resolve();
		await Promise.resolve();
		const footwear = views.sectors?.table?.rows.find((r) => r.id === 'footwear');
		expect(footwear?.aquinoQ).toBe(0.75);
	});
});
