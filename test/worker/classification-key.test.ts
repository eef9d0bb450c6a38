/**
 * The worker keeps recent classifications by a key of what they depend on: every field of the
 * ClassifySettings. A setting left out of the key (the unit-value screen, the level, "FOB where
 * reported") would hand back cells classified under other settings.
 */
import { describe, expect, it } from 'vitest';
import { ALL_PRODUCTS } from '../../src/lib/engine/model/selection';
import type { ClassifySettings } from '../../src/lib/engine/model/types';
import { classificationKey, createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';
import { PLUS_TEXT } from '../engine/read/fob-fixtures';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

describe('classificationKey', () => {
	it('tells apart settings that differ in any field', () => {
		const variants: ClassifySettings[] = [
			PAPER,
			{ ...PAPER, uvScreen: { rule: 'mean', k: 5 } },
			{ ...PAPER, uvScreen: { rule: 'quantile', p: 0.05 } },
			{ ...PAPER, level: 'hs4' },
			{ ...PAPER, fobWhereReported: true },
			{ ...PAPER, cifFobFactor: 1.1 }
		];
		const keys = new Set(variants.map((settings) => classificationKey(settings, ALL_PRODUCTS)));
		expect(keys.size).toBe(variants.length);
	});

	it('does not depend on the order the fields were written in', () => {
		const reordered: ClassifySettings = { cifFobFactor: 1, theta: 0.1, alpha: 0.15 };
		expect(classificationKey(reordered, ALL_PRODUCTS)).toBe(classificationKey(PAPER, ALL_PRODUCTS));
	});

	it('the worker reclassifies when only "FOB where reported" changes', async () => {
		const api = createAnalysisApi();
		const file = { name: 'TradeData_THA_2022.csv', blob: new Blob([PLUS_TEXT]) };
		const options = {
			format: 'auto' as const,
			reporter: null,
			quantityBasis: 'reported' as const,
			includeReExports: false
		};
		unwrapOutcome(await api.read([file], options));
		const trade = async (settings: ClassifySettings) =>
			unwrapOutcome(await api.classify(settings)).reduce((sum, cell) => sum + cell.trade, 0);
		// 5 000 as read; 5 000 − 3 000 + 2 900 with the FOB values (fob-fixtures.ts).
		expect(await trade(PAPER)).toBe(5000);
		expect(await trade({ ...PAPER, fobWhereReported: true })).toBe(4900);
		expect(await trade(PAPER)).toBe(5000);
	});
});
