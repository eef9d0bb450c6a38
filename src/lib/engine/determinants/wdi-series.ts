/**
 * The World Bank WDI series the regression reads, and which one wins when a file holds several
 * measures of the same figure. The rule: constant US$ before current US$ before PPP, because
 * equation (5) compares market sizes across years and countries in one currency, and constant
 * prices keep US inflation out of ln GDP (year effects would absorb it, pooled OLS without them
 * would not). Local-currency series (…KN, …CN) and growth rates are not comparable across
 * countries and are never read as GDP.
 */
import type { Figure } from './covariate-records';

/** Series codes per figure, the preferred first. */
export const WDI_SERIES: Record<Figure, readonly string[]> = {
	gdp: ['NY.GDP.MKTP.KD', 'NY.GDP.MKTP.CD', 'NY.GDP.MKTP.PP.KD', 'NY.GDP.MKTP.PP.CD'],
	gdpPerCapita: ['NY.GDP.PCAP.KD', 'NY.GDP.PCAP.CD', 'NY.GDP.PCAP.PP.KD', 'NY.GDP.PCAP.PP.CD'],
	// Only to derive GDP per capita as GDP / population where the files give none.
	population: ['SP.POP.TOTL']
};

/** The figure a series code measures, or null for a series the regression does not read. */
export function figureOfSeries(code: string): Figure | null {
	const text = code.trim().toUpperCase();
	for (const figure of Object.keys(WDI_SERIES) as Figure[]) {
		if (WDI_SERIES[figure].includes(text)) return figure;
	}
	return null;
}

/** The preferred series of `figure` among those present; null when none is. */
export function preferredSeries(present: ReadonlySet<string>, figure: Figure): string | null {
	return WDI_SERIES[figure].find((code) => present.has(code)) ?? null;
}
