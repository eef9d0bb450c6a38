import { describe, expect, it } from 'vitest';
import { COLUMN_SETS, methodColumns, volumeScale } from '../../src/lib/ui/tables/columns';

describe('table columns', () => {
	it('split the paper’s Tables 1–3 into three sets of one method’s columns', () => {
		expect(methodColumns('ghm', 'volumes').map((c) => c.key)).toEqual([
			'ghm-iit',
			'ghm-hiit',
			'ghm-viit'
		]);
		expect(methodColumns('ff', 'index').map((c) => c.key)).toEqual([
			'ff-iit-index',
			'ff-hiit-share',
			'ff-viit-share',
			'ff-unclassified-share'
		]);
		expect(methodColumns('ghm', 'quality').map((c) => c.key)).toEqual([
			'ghm-viit-inf-share',
			'ghm-viit-sup-share',
			'ghm-unclassified-share'
		]);
		expect(COLUMN_SETS).toEqual(['volumes', 'index', 'quality']);
	});

	it('pick the volume unit from the largest figure', () => {
		expect(volumeScale(9_999_999)).toBe(1);
		expect(volumeScale(10_000_000)).toBe(1e3);
		expect(volumeScale(9_999_999_999)).toBe(1e3);
		expect(volumeScale(235_279_774_725)).toBe(1e6);
	});
});
