/**
 * A small hand-made cells table shared by the cell-view tests. Reporter BRA, 2020–2021; every
 * figure below is worked out by hand in the comments, so the tests can check the views against it.
 */
import type { Cell, ClassSplit, QualitySums, SectorId } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';

/** A class split; omitted classes are 0. */
export function split(parts: Partial<ClassSplit>): ClassSplit {
	return { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0, ...parts };
}

const NO_QUALITY: QualitySums = { weight: 0, sum: 0, sumSq: 0 };

/** A cell of BRA; `trade` is the sum of the GHM split (the tests keep FF consistent with it). */
export function cell(
	year: number,
	partner: string,
	sector: SectorId,
	ghm: Partial<ClassSplit>,
	ff: Partial<ClassSplit>,
	quality: QualitySums = NO_QUALITY
): Cell {
	const g = split(ghm);
	const trade = g.oneWay + g.hiit + g.viitSup + g.viitInf + g.unclassified;
	return {
		year,
		reporter: 'BRA',
		partner,
		sector,
		trade,
		ghm: g,
		ff: split(ff),
		quality,
		exports: 0,
		imports: 0
	};
}

/**
 * GHM IIT (hiit + viitSup + viitInf + unclassified) per year:
 *   DEU machinery: 2020 60 of T 100, 2021 100 of T 200 → annual average 80
 *   USA chemicals: 2020  0 of T  50, 2021  80 of T 100 → annual average 40
 * So DEU ranks before USA, machinery before chemicals.
 * FF IIT: DEU 2020 100, 2021 0; USA 2020 0, 2021 100.
 */
export const CELLS: Cell[] = [
	cell(
		2020,
		'DEU',
		'machinery',
		{ oneWay: 40, hiit: 20, viitSup: 30, viitInf: 10 },
		{ hiit: 50, viitSup: 50 }
	),
	cell(
		2021,
		'DEU',
		'machinery',
		{ oneWay: 100, viitSup: 20, viitInf: 60, unclassified: 20 },
		{ oneWay: 200 }
	),
	cell(2020, 'USA', 'chemicals', { oneWay: 50 }, { oneWay: 50 }),
	cell(2021, 'USA', 'chemicals', { oneWay: 20, hiit: 40, viitInf: 40 }, { viitInf: 100 })
];

export const FILTER: ViewFilter = { reporter: 'BRA', yearFrom: 2020, yearTo: 2021 };
