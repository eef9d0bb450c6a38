/**
 * The ledger of a covariates file: why a data row was set aside, counted with its first line
 * numbers. Every data row of every file ends up used or under one of these reasons.
 */
import type { CovariatesFileKind, CovariatesLedger } from './types';

/** Why a covariates row was set aside. */
export const COVARIATE_DROP_REASONS = [
	'empty-value', // country, year, GDP or GDP per capita empty (or `..`, `NA`)
	'bad-year', // a year that is not a whole number between 1900 and 2100
	'not-a-number', // GDP or GDP per capita that is not a number
	'non-positive-gdp', // GDP or GDP per capita ≤ 0: its logarithm is undefined
	'bad-distance', // a distance that is negative or not a number
	'unknown-country', // neither an ISO3 code nor a country name the app knows
	'duplicate-country-year', // the same country and year again (the first row is kept)
	'aggregate', // a World Bank region or income group (WLD, EUU, HIC…): not a country
	'footer', // DataBank's notes under the table ("Data from database: …", "Last Updated: …")
	'unused-series', // a World Bank series not used: another GDP measure than the one chosen, population not needed, any other indicator
	'other-origin', // a dist_cepii pair whose origin is not the reporter
	'self-pair', // the dist_cepii pair of the reporter with itself (its internal distance)
	'missing-distance', // a dist_cepii pair whose chosen measure is `.` (missing)
	'duplicate-distance' // a partner's distance given again (the first one is kept)
] as const;
export type CovariateDropReason = (typeof COVARIATE_DROP_REASONS)[number];

/** Line numbers kept per drop reason. */
const FIRST_LINES = 5;

/** A ledger with nothing read yet. */
export function emptyLedger(file: string, kind: CovariatesFileKind): CovariatesLedger {
	return { file, kind, rowsRead: 0, rowsUsed: 0, dropped: {} };
}

/** Counts one row dropped for `reason` at `line`. */
export function countDrop(
	ledger: CovariatesLedger,
	reason: CovariateDropReason,
	line: number
): void {
	const tally = (ledger.dropped[reason] ??= { rows: 0, firstLines: [] });
	tally.rows++;
	if (tally.firstLines.length < FIRST_LINES) tally.firstLines.push(line);
}
