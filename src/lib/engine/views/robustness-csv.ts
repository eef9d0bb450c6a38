import { csvLine, csvSeparator, plainLineEnd, type CsvDialect } from './csv-field';
import type { RobustnessFigures, RobustnessTable } from '../classify/robustness';

/**
 * The robustness table's CSV (METHODS 7.6), the same from the app and from `npm run cli --
 * robustness`: one row per setting, labelled by the one change it makes; shares are of the
 * period's trade, `trade_per_year` in the data's currency; `no_effect` 1 where the change found
 * nothing to act on (the row repeats the paper's).
 */
export const ROBUSTNESS_CSV_HEADER = [
	'setting',
	'change',
	'trade_per_year',
	...['ghm', 'ff'].flatMap((method) =>
		[
			'iit_index',
			'oneway',
			'hiit',
			'viit_sup',
			'viit_inf',
			'unclassified',
			'unclassified_outlier'
		].map((column) => `${method}_${column}`)
	),
	'glc',
	'aquino_q',
	'no_effect'
].join(',');

const figureValues = (f: RobustnessFigures): number[] => [
	f.iitIndex,
	f.oneWay,
	f.hiit,
	f.viitSup,
	f.viitInf,
	f.unclassified,
	f.outlier
];

/** The table as CSV text, header first; undefined figures are empty fields. */
export function robustnessToCsv(table: RobustnessTable, dialect: CsvDialect = 'standard'): string {
	const end = plainLineEnd(dialect);
	const lines = [ROBUSTNESS_CSV_HEADER.replace(/,/g, csvSeparator(dialect))];
	for (const row of table.rows) {
		lines.push(
			csvLine(
				[
					row.id,
					row.change,
					row.trade,
					...figureValues(row.ghm),
					...figureValues(row.ff),
					row.glc,
					row.aquinoQ,
					row.noEffect ? 1 : 0
				],
				dialect
			)
		);
	}
	return lines.join(end) + end;
}
