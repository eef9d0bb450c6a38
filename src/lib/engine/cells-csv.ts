import { csvTextField } from './ledger-csv';
import { SECTOR_IDS, type Cell, type ClassSplit } from './types';

/** The CLI's and the UI's download header (issue 2, item 6). */
export const CELLS_CSV_HEADER =
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified';

/** Orders one reporter's cells by year, partner id, then sector in SECTOR_IDS order. */
function compareRowsOfReporter(a: Cell, b: Cell): number {
	if (a.year !== b.year) return a.year - b.year;
	if (a.partner !== b.partner) return a.partner < b.partner ? -1 : 1;
	return SECTOR_IDS.indexOf(a.sector) - SECTOR_IDS.indexOf(b.sector);
}

/** The five classes in header order; String() is the shortest text that reads back to the same double. */
function splitFields(split: ClassSplit): string {
	return `${split.oneWay},${split.hiit},${split.viitSup},${split.viitInf},${split.unclassified}`;
}

function cellLine(cell: Cell): string {
	// Partner ids may be names from the file ("Korea, Rep.", or a hostile "=HYPERLINK(…)").
	return `${cell.year},${csvTextField(cell.partner)},${cell.sector},${cell.trade},${splitFields(cell.ghm)},${splitFields(cell.ff)}`;
}

/** The cells CSV line by line, header first, without line terminators (for streaming writes). */
export function* cellsCsvLines(cells: Cell[], reporter: string): Generator<string> {
	yield CELLS_CSV_HEADER;
	const rows = cells.filter((cell) => cell.reporter === reporter && cell.trade > 0);
	rows.sort(compareRowsOfReporter);
	for (const cell of rows) yield cellLine(cell);
}

/** The cells table of one reporter as CSV: one row per year × partner × sector with trade > 0, full precision. */
export function cellsToCsv(cells: Cell[], reporter: string): string {
	return [...cellsCsvLines(cells, reporter)].join('\n') + '\n';
}
