/**
 * One covariates text read through the whole route (kind detection, reader, merge), shaped as
 * the single-file tests expect it: the merged tables with the file's own ledger beside them.
 */
import {
	parseCovariateTexts,
	readCovariateFiles,
	type CovariatesOptions
} from '../../../src/lib/engine/determinants/covariates';
import type { Covariates, CovariatesLedger } from '../../../src/lib/engine/determinants/types';

/** Reporter BRA, CEPII's `dist`: what the tests assume unless they say otherwise. */
export const OPTIONS: CovariatesOptions = { reporter: 'BRA', distanceMeasure: 'dist' };

export type OneFile = Covariates & CovariatesLedger;

/** The covariates of one text, with its ledger's fields at the top. */
export function parseCovariates(text: string, file: string, options = OPTIONS): OneFile {
	const covariates = parseCovariateTexts([{ text, name: file }], options);
	return { ...covariates, ...covariates.files[0] };
}

/** The covariates of one Blob (decoded as the worker decodes it). */
export async function readCovariates(
	blob: Blob,
	file: string,
	options = OPTIONS
): Promise<OneFile> {
	const covariates = await readCovariateFiles([{ blob, name: file }], options);
	return { ...covariates, ...covariates.files[0] };
}
