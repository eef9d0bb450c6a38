import type { Cell } from './types';

/** The CLI's and the UI's download header (issue 2, item 6). */
export const CELLS_CSV_HEADER =
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified';

/** The cells table of one reporter as CSV: one row per year × partner × sector with trade > 0, full precision. */
export function cellsToCsv(_cells: Cell[], _reporter: string): string {
	throw new Error('TODO(H1)');
}
