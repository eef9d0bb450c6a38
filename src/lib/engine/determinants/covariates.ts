/**
 * Reads the covariates files a user drops (the app's template, CEPII's dist_cepii, World Bank
 * WDI downloads, in any number) into one Covariates contract: each file's kind detected from its
 * header, its rows read by that kind's reader, then merged by (ISO3, year). Every data row is
 * used or counted as dropped with a reason and its first line numbers; a file that cannot be
 * read at all throws a TradeFileError naming it.
 */
import { covariatesTable, covariatesText } from './covariate-table';
import { detectHeader } from './covariate-kinds';
import type { FileReading } from './covariate-records';
import { isBlank } from './covariate-table';
import { readDistCepii } from './dist-cepii';
import { mergeReadings } from './merge-covariates';
import { readTemplateRows } from './template-rows';
import { TradeFileError } from '../model/errors';
import type { Covariates, CovariatesFile, DistanceMeasure } from './types';
import { readWdi } from './wdi';

export { COVARIATE_DROP_REASONS, type CovariateDropReason } from './covariate-ledger';
export { MAX_COVARIATES_BYTES } from './covariate-table';
export { countryYearKey } from './covariate-records';

/** What reading needs beyond the files: whose distances, in which measure. */
export interface CovariatesOptions {
	/** The reporter: dist_cepii gives its distance to each partner. */
	reporter: string;
	/** The dist_cepii column read (CEPII's `dist` by default). */
	distanceMeasure: DistanceMeasure;
}

/** Reads the dropped files (UTF-8, or windows-1252 when not UTF-8) and merges them. */
export async function readCovariateFiles(
	files: readonly CovariatesFile[],
	options: CovariatesOptions
): Promise<Covariates> {
	const texts: { text: string; name: string }[] = [];
	for (const { blob, name } of files) texts.push({ text: await covariatesText(blob, name), name });
	return parseCovariateTexts(texts, options);
}

/** The texts of covariates files, read and merged (files in the order given). */
export function parseCovariateTexts(
	texts: readonly { text: string; name: string }[],
	options: CovariatesOptions
): Covariates {
	if (texts.length === 0) {
		throw new TradeFileError('empty-file', 'No covariates file was given.', '');
	}
	const readings = texts.map(({ text, name }) => readingOf(text, name, options));
	return mergeReadings(readings, options.distanceMeasure);
}

/** One file's rows, read by the reader of the kind its header announces. */
function readingOf(text: string, file: string, options: CovariatesOptions): FileReading {
	const table = covariatesTable(text, file);
	const { kind, headerIndex } = detectHeader(table.rows, file);
	if (table.rows.slice(headerIndex + 1).every(isBlank)) {
		throw new TradeFileError('empty-file', 'The covariates file has no data rows.', file);
	}
	switch (kind) {
		case 'template':
			return readTemplateRows(table, headerIndex, file);
		case 'dist-cepii':
			return readDistCepii(table, headerIndex, file, options.reporter, options.distanceMeasure);
		default:
			return readWdi(table, headerIndex, file, kind);
	}
}
