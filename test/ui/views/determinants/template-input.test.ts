/** What the covariates template lists: the partners traded with in the selection and its years. */
import { describe, expect, it } from 'vitest';
import type { Selection } from '../../../../src/lib/engine/model/selection';
import { templateInput } from '../../../../src/lib/ui/views/determinants/template-input';
import { cell } from '../cells-fixture';

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2019,
	yearTo: 2021,
	partners: { kind: 'all' },
	scope: { sectors: null, chapters: null }
};

// USA 2020, DEU 2021 and ARG 2020 trade; CHN only in 2018 (out of range); JPN has no trade.
const CELLS = [
	cell(2020, 'USA', 'machinery', { hiit: 10 }, { hiit: 10 }),
	cell(2021, 'DEU', 'chemicals', { oneWay: 5 }, { oneWay: 5 }),
	cell(2020, 'ARG', 'footwear', { viitSup: 3 }, { viitSup: 3 }),
	cell(2018, 'CHN', 'machinery', { hiit: 4 }, { hiit: 4 }),
	cell(2020, 'JPN', 'machinery', {}, {}),
	{ ...cell(2020, 'ITA', 'machinery', { hiit: 4 }, { hiit: 4 }), reporter: 'ARG' }
];

describe('templateInput', () => {
	it('lists the reporter, the partners with trade in the selection (sorted), every selected year', () => {
		expect(templateInput(CELLS, SELECTION)).toEqual({
			reporter: 'BRA',
			partners: ['ARG', 'DEU', 'USA'],
			years: [2019, 2020, 2021]
		});
	});

	it('follows the partner filter', () => {
		const one: Selection = { ...SELECTION, partners: { kind: 'country', id: 'DEU' } };
		expect(templateInput(CELLS, one).partners).toEqual(['DEU']);
	});
});
