import { describe, expect, it } from 'vitest';
import { cellsFileName } from '../../src/lib/state/classify-options';

const PAPER = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

describe('the cells CSV file name', () => {
	it('names the paper settings as before, and each option only when on', () => {
		expect(cellsFileName('BRA', PAPER)).toBe('iit-cells-BRA-alpha0.15-theta0.1');
		expect(
			cellsFileName('THA', {
				...PAPER,
				alpha: 0.25,
				cifFobFactor: 1.05,
				uvScreen: { rule: 'quantile', p: 0.05 },
				level: 'hs4',
				fobWhereReported: true,
				hsEditions: 'off'
			})
		).toBe('iit-cells-THA-alpha0.25-theta0.1-cif1.05-uv-quantile0.05-hs4-fob-hs-as-read');
		expect(cellsFileName('BRA', { ...PAPER, uvScreen: { rule: 'mean', k: 5 }, level: 'hs6' })).toBe(
			'iit-cells-BRA-alpha0.15-theta0.1-uv-mean5'
		);
	});
});
