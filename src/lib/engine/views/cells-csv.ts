import { csvLine, csvSeparator, plainLineEnd, type CsvDialect } from './csv-field';
import { SECTOR_IDS, type Cell, type ClassSplit } from '../model/types';

/**
 * The CLI's and the UI's download header (issue 2, item 6). The last four columns (issue 17) are
 * always present: Σ X and Σ M of the cell, and the trade the unit-value screen left unclassified
 * (0 without it), so that `*_unclassified` is only trade without comparable quantities and each
 * method's six classes add up to `trade`.
 */
export const CELLS_CSV_HEADER =
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier';

/** Orders one reporter's cells by year, partner id, then sector in SECTOR_IDS order. */
function compareRowsOfReporter(a: Cell, b: Cell): number {
	if (a.year !== b.year) return a.year - b.year;
	if (a.partner !== b.partner) return a.partner < b.partner ? -1 : 1;
	return SECTOR_IDS.indexOf(a.sector) - SECTOR_IDS.indexOf(b.sector);
}

/** The five classes in header order (numbers at full precision: the shortest text that reads back the same). */
const splitValues = (split: ClassSplit): number[] => [
	split.oneWay,
	split.hiit,
	split.viitSup,
	split.viitInf,
	split.unclassified
];

function cellLine(cell: Cell, dialect: CsvDialect): string {
	// Partner ids may be names from the file ("Korea, Rep.", or a hostile "=HYPERLINK(…)"): csvLine defuses them.
	const { year, partner, sector, trade, ghm, ff, exports, imports } = cell;
	return csvLine(
		[
			year,
			partner,
			sector,
			trade,
			...splitValues(ghm),
			...splitValues(ff),
			exports,
			imports,
			ghm.outlier,
			ff.outlier
		],
		dialect
	);
}

/** The cells CSV line by line, header first, without line terminators (for streaming writes). */
export function* cellsCsvLines(
	cells: Cell[],
	reporter: string,
	dialect: CsvDialect = 'standard'
): Generator<string> {
	yield CELLS_CSV_HEADER.replace(/,/g, csvSeparator(dialect));
	const rows = cells.filter((cell) => cell.reporter === reporter && cell.trade > 0);
	rows.sort(compareRowsOfReporter);
	for (const cell of rows) yield cellLine(cell, dialect);
}

/**
 * The cells table of one reporter as CSV: one row per year × partner × sector with trade > 0, full
 * precision. The standard dialect is byte for byte what the CLI writes (LF line ends, no BOM).
 */
export function cellsToCsv(
	cells: Cell[],
	reporter: string,
	dialect: CsvDialect = 'standard'
): string {
	const end = plainLineEnd(dialect);
	return [...cellsCsvLines(cells, reporter, dialect)].join(end) + end;
}
