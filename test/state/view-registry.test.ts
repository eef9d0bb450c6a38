/** The registry of views: the tab order links and tabs rely on, labels, and what shared results show. */
import { describe, expect, it } from 'vitest';
import { LOCALES, translate } from '../../src/lib/i18n';
import { VIEW_IDS, VIEWS, shownOnSharedResults } from '../../src/lib/state/view-registry';

describe('the registry of views', () => {
	it('lists the views in the order of the tabs', () => {
		expect(VIEW_IDS).toEqual([
			'partners',
			'sectors',
			'quickcheck',
			'map',
			'dominance',
			'series',
			'heatmap',
			'quality',
			'sensitivity',
			'robustness',
			'stability',
			'marginal',
			'determinants',
			'products',
			'ledger'
		]);
	});

	it.each(LOCALES)('gives every tab its own label in %s', (locale) => {
		const labels = VIEW_IDS.map((id) => translate(locale, VIEWS[id].label));
		for (const [index, label] of labels.entries())
			expect(label).not.toBe(VIEWS[VIEW_IDS[index]].label);
		expect(new Set(labels).size).toBe(VIEW_IDS.length);
	});

	it('shows on shared results what the cells answer, product rows only when the link has them', () => {
		const shown = (hasRows: boolean) => VIEW_IDS.filter((id) => shownOnSharedResults(id, hasRows));
		const fromCells = [
			'partners',
			'sectors',
			'quickcheck',
			'map',
			'dominance',
			'series',
			'heatmap',
			'quality',
			'ledger'
		];
		expect(shown(false)).toEqual(fromCells);
		expect(shown(true)).toEqual([
			...fromCells.slice(0, 8),
			'sensitivity',
			'robustness',
			'stability',
			'marginal',
			'products',
			'ledger'
		]);
	});
});
