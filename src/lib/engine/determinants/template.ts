/**
 * The covariates template the user downloads: one row per country and year of the analysis,
 * GDP columns left empty to fill in, distances to the reporter filled from the built-in table.
 */
import { COVARIATE_COLUMNS, COVARIATE_HEADER } from './covariates-fields';
import { capitalDistanceKm } from './distance';

/** Digits kept of a prefilled distance (metres: far below any effect on ln DIST). */
const DISTANCE_DECIMALS = 3;

/**
 * The template as CSV text (comma-delimited, `\n` line ends): header
 * `iso3,year,gdp,gdp_per_capita,distance_km`, then the reporter and each partner (in the order
 * given, repeats and the reporter itself left out), each for every year in ascending order.
 * The reporter's distance, and a pair the built-in table cannot measure, are left empty.
 */
export function covariatesTemplate(
	reporter: string,
	partners: readonly string[],
	years: readonly number[]
): string {
	const countries = [reporter, ...new Set(partners.filter((partner) => partner !== reporter))];
	const sortedYears = [...new Set(years)].sort((a, b) => a - b);
	const lines = [COVARIATE_COLUMNS.map((column) => COVARIATE_HEADER[column]).join(',')];
	for (const country of countries) {
		const distance = country === reporter ? null : capitalDistanceKm(reporter, country);
		const distanceText = distance === null ? '' : distance.toFixed(DISTANCE_DECIMALS);
		for (const year of sortedYears) lines.push([country, year, '', '', distanceText].join(','));
	}
	return `${lines.join('\n')}\n`;
}
