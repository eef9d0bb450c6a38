/**
 * The screened part of unclassified (METHODS 7.1) is shown once the unit-value screen is on:
 * a share column in the paper's tables, a class in the product totals; never without it.
 */
import { describe, expect, it } from 'vitest';
import type { ClassSplit } from '../../../src/lib/engine/model/types';
import { methodColumns } from '../../../src/lib/ui/tables/columns';
import { totalItems } from '../../../src/lib/ui/views/products/products-table';

const split = (outlier: number): ClassSplit => ({
	oneWay: 10,
	hiit: 20,
	viitSup: 30,
	viitInf: 0,
	unclassified: 0,
	outlier
});

describe('the outliers’ share', () => {
	it('is a column of the index and quality sets only with the screen on', () => {
		expect(methodColumns('ghm', 'index').map((c) => c.key)).not.toContain('ghm-outlier-share');
		expect(methodColumns('ghm', 'index', true).map((c) => c.key)).toContain('ghm-outlier-share');
		expect(methodColumns('ff', 'quality', true).map((c) => c.key)).toContain('ff-outlier-share');
		expect(methodColumns('ff', 'volumes', true).map((c) => c.key)).not.toContain(
			'ff-outlier-share'
		);
	});

	it('is a class of the product totals once the screen took trade out', () => {
		const totals = { exports: 40, imports: 40, trade: 80 };
		const off = totalItems({ ...totals, ghm: split(0), ff: split(0) });
		expect(off.ghm.map((item) => item.classId)).not.toContain('outlier');
		const on = totalItems({ ...totals, ghm: split(20), ff: split(0) });
		expect(on.ghm.find((item) => item.classId === 'outlier')?.value).toBe(20);
		expect(on.ff.find((item) => item.classId === 'outlier')?.value).toBe(0);
	});
});
