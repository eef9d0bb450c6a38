/** The regression table's numbers and sentences in the reader's locale. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../src/lib/i18n';
import { estimateText, pValueClause } from '../../../../src/lib/ui/views/determinants/numbers';
import { observationLine } from '../../../../src/lib/ui/views/determinants/observation-line';

describe('estimateText', () => {
	it('writes 3 decimals in the locale, as the paper does', () => {
		expect(estimateText('en', 1.3494)).toBe('1.349');
		expect(estimateText('pt-BR', -2.4926)).toBe('-2,493');
		expect(estimateText('es', 0.0005)).toBe('0,001'); // 0.0005 rounds to 0.001: still readable
		expect(estimateText('en', 0)).toBe('0.000');
	});

	it('keeps 3 significant digits where 3 decimals would print zero', () => {
		expect(estimateText('en', 0.000123456)).toBe('0.000123');
		expect(estimateText('pt-BR', -0.0004567)).toBe('-0,000457');
		expect(estimateText('en', Number.NaN)).toBe('–');
	});
});

describe('pValueClause', () => {
	it('writes "= p" with 3 decimals, or "< 0.001" below that', () => {
		expect(pValueClause('en', 0.04567)).toBe('= 0.046');
		expect(pValueClause('pt-BR', 0.0004)).toBe('< 0,001');
		expect(pValueClause('en', 0.001)).toBe('= 0.001');
	});
});

describe('observationLine', () => {
	const count = (value: number) => new Intl.NumberFormat('en').format(value);
	const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate('en', key, params);

	it('lists the used observations and each nonzero reason for dropping the others', () => {
		const line = observationLine(
			{
				method: 'ghm',
				candidates: 6300,
				used: 6198,
				zeroViit: 90,
				missingCovariates: 10,
				zeroDif: 0,
				noDistance: 2
			},
			t,
			count
		);
		expect(line).toBe(
			'GHM: 6,198 of 6,300 partner × year observations used; 90 without VIIT dropped, 10 without covariates, 2 without a distance.'
		);
	});

	it('says none were dropped', () => {
		const summary = {
			method: 'ff' as const,
			candidates: 12,
			used: 12,
			zeroViit: 0,
			missingCovariates: 0,
			zeroDif: 0,
			noDistance: 0
		};
		expect(observationLine(summary, t, count)).toBe(
			'FF: 12 of 12 partner × year observations used; none dropped.'
		);
	});
});
