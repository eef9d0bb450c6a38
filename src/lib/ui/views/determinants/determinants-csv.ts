/**
 * The regression results as a CSV table, in long form (one line per method × model × item) with
 * every number at full precision, both kinds of standard errors, every year dummy, the dropped
 * terms and failures by code, the Hausman test and the observation counts. R's term and model
 * names are kept so the file compares line by line with `plm`.
 */
import {
	type DeterminantsFit,
	type DeterminantsResult,
	OBSERVATION_DROP_REASONS,
	type PanelResult
} from '../../../engine';
import type { CellValue, DataColumn, DataRow, DataTableModel } from '../../tables/data-table';
import { DETERMINANT_METHODS, MODEL_NAMES, type DeterminantsMethod } from './determinants-model';

/** The CSV's columns, in order. */
export const CSV_COLUMN_KEYS = [
	'method',
	'model',
	'item',
	'value',
	'se',
	'p',
	'seCluster',
	'pCluster',
	'note'
] as const;
/** A column of the CSV. */
export type CsvColumnKey = (typeof CSV_COLUMN_KEYS)[number];

const METHOD_NAMES: Record<DeterminantsMethod, string> = { ghm: 'GHM', ff: 'FF' };

type Line = Partial<Record<CsvColumnKey, CellValue>>;

function modelLines(result: PanelResult): Line[] {
	const lines: Line[] = [];
	if (result.ok) {
		result.terms.forEach((term, index) =>
			lines.push({
				item: term,
				value: result.coef[index],
				se: result.se[index],
				p: result.p[index],
				seCluster: result.seCluster[index],
				pCluster: result.pCluster[index]
			})
		);
	} else {
		lines.push({ item: 'failed', note: result.code });
	}
	for (const { term, reason } of result.dropped)
		lines.push({ item: term, note: `dropped: ${reason}` });
	if (result.ok) {
		lines.push({ item: 'nobs', value: result.nobs });
		lines.push({ item: 'entities', value: result.entities });
		lines.push({ item: 'r2', value: result.r2 });
	}
	return lines;
}

function methodLines(fit: DeterminantsFit): Line[] {
	const lines: Line[] = [
		{ model: 'observations', item: 'candidates', value: fit.candidates },
		...OBSERVATION_DROP_REASONS.map((reason) => ({
			model: 'observations',
			item: `dropped: ${reason}`,
			value: fit.dropped[reason] ?? 0
		}))
	];
	const estimates = fit.estimates;
	if (!estimates) return [...lines, { item: 'failed', note: 'no-observations' }];
	for (const model of MODEL_NAMES) {
		lines.push(...modelLines(estimates[model]).map((line) => ({ model, ...line })));
	}
	const hausman = estimates.hausman;
	if (hausman.ok) {
		lines.push({ model: 'hausman', item: 'chisq', value: hausman.chisq });
		lines.push({ model: 'hausman', item: 'df', value: hausman.df });
		lines.push({ model: 'hausman', item: 'p', value: hausman.p });
	} else {
		lines.push({ model: 'hausman', item: 'failed', note: hausman.code });
	}
	return lines;
}

/** The CSV table of both methods; `label` names the columns in the reader's language. */
export function determinantsCsv(
	result: DeterminantsResult,
	label: (key: CsvColumnKey) => string
): DataTableModel {
	const columns: DataColumn[] = CSV_COLUMN_KEYS.map((key) => ({
		key,
		label: label(key),
		kind: ['method', 'model', 'item', 'note'].includes(key) ? 'text' : 'number'
	}));
	const rows: DataRow[] = DETERMINANT_METHODS.flatMap((method) =>
		methodLines(result[method]).map((line, index) => ({
			id: `${method}-${index}`,
			cells: { method: METHOD_NAMES[method], model: '', ...line }
		}))
	);
	return { columns, rows };
}
