/**
 * The quick check's short-link cells (engine reduce.ts), worked by hand on one partner over two
 * years: summed over sectors, one method only, VIIT-sup and VIIT-inf pooled into the earliest
 * years' two-way trade, relative quality moved into the first year, and the view's figures unchanged.
 */
import { describe, expect, it } from 'vitest';
import { cellsForView } from '../../../src/lib/engine/share/reduce';
import { quickCheck } from '../../../src/lib/engine/views/quick-check';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';
import { cell, split } from '../../ui/views/cells-fixture';

const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2021 };

/**
 * DEU, GHM. 2020: machinery two-way 4 + 3 + 3 = 10 (T 30), footwear none (T 5);
 * 2021: footwear two-way 1 + 4 + 1 + 4 unclassified = 10 (T 10). VIIT-sup over the period 7, VIIT-inf 4.
 */
const CELLS = [
	cell(
		2020,
		'DEU',
		'machinery',
		{ oneWay: 20, hiit: 4, viitSup: 3, viitInf: 3 },
		{ hiit: 30 },
		{
			weight: 10,
			sum: 2,
			sumSq: 9
		}
	),
	cell(2020, 'DEU', 'footwear', { oneWay: 5 }, { oneWay: 5 }),
	cell(
		2021,
		'DEU',
		'footwear',
		{ hiit: 1, viitSup: 4, viitInf: 1, unclassified: 4 },
		{},
		{
			weight: 6,
			sum: -1,
			sumSq: 4
		}
	)
];

describe('the quick check link’s cells', () => {
	it('pool VIIT-sup, then VIIT-inf, into the first years, keeping each year’s two-way trade', () => {
		const cells = cellsForView(CELLS, {
			view: 'quickcheck',
			filter: FILTER,
			dimension: { kind: 'partner' },
			method: 'ghm'
		});
		const [first, second] = [...cells].sort((a, b) => a.year - b.year);
		expect(cells).toHaveLength(2);
		// 2020: two-way 10 takes all 7 of VIIT-sup and 3 of VIIT-inf; 2021: the last 1 of VIIT-inf,
		// and HIIT 10 − 1 = 9 (the unclassified 4 count as HIIT: the quick check reads IIT only).
		expect(first).toMatchObject({ year: 2020, trade: 35, exports: 0, imports: 0 });
		expect(first.ghm).toEqual(split({ hiit: 0, viitSup: 7, viitInf: 3 }));
		expect(second).toMatchObject({ year: 2021, trade: 10 });
		expect(second.ghm).toEqual(split({ hiit: 9, viitSup: 0, viitInf: 1 }));
		// FF is not in a GHM link; quality sits in the first year, without Σ ln² R.
		expect([first.ff, second.ff]).toEqual([split({}), split({})]);
		expect(first.quality).toEqual({ weight: 16, sum: 1, sumSq: 0 });
		expect(second.quality).toEqual({ weight: 0, sum: 0, sumSq: 0 });
		expect(quickCheck(cells, FILTER, 'ghm')).toStrictEqual(quickCheck(CELLS, FILTER, 'ghm'));
	});

	it('keep FF’s figures in an FF link', () => {
		const cells = cellsForView(CELLS, {
			view: 'quickcheck',
			filter: FILTER,
			dimension: { kind: 'partner' },
			method: 'ff'
		});
		expect(cells.every((c) => c.ghm.hiit + c.ghm.viitSup + c.ghm.viitInf === 0)).toBe(true);
		expect(quickCheck(cells, FILTER, 'ff')).toStrictEqual(quickCheck(CELLS, FILTER, 'ff'));
	});
});
