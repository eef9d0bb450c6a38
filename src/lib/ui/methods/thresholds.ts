/**
 * The thresholds in use, as the Methods page states them: α, θ, the CIF/FOB factor and the
 * bands of R they imply, computed exactly as the engine bounds them (METHODS 2.1, 2.2).
 */
import { formatNumber, formatPercent, type Locale } from '../../i18n';

/** The thresholds in use, from the settings. */
export interface MethodsProps {
	/** Dispersion factor α in (0, 1). */
	alpha: number;
	/** FF overlap threshold θ in [0, 1). */
	theta: number;
	/** CIF/FOB factor dividing import values before unit values are compared; 1 = none. */
	cifFobFactor: number;
}

/** The bounds of horizontal trade: GHM [1 − α, 1 + α], FF [1/(1 + α), 1 + α]. */
export interface Bands {
	ghmLo: number;
	ghmHi: number;
	ffLo: number;
	ffHi: number;
}

/** The HIIT bands of both methods for a dispersion factor α (same arithmetic as classify.ts). */
export function bandsOf(alpha: number): Bands {
	return { ghmLo: 1 - alpha, ghmHi: 1 + alpha, ffLo: 1 / (1 + alpha), ffHi: 1 + alpha };
}

/**
 * Decimals a threshold needs to show as the user typed it (15 % → 0, 12,5 % → 1, 12,34 % → 2).
 * The settings take percentages with two decimals, so a fixed 0 would show 12,5 % as 13 %.
 */
export function percentDigits(ratio: number): number {
	const percent = Math.round(ratio * 10000) / 100;
	const isWhole = (value: number) => Math.abs(value - Math.round(value)) < 1e-9;
	if (isWhole(percent)) return 0;
	return isWhole(percent * 10) ? 1 : 2;
}

/** A threshold as a percentage with only the decimals it has. */
export function formatThreshold(locale: Locale, ratio: number): string {
	return formatPercent(locale, ratio, percentDigits(ratio));
}

/** The thresholds in use and their bands, formatted for the page's language. */
export interface ThresholdTexts {
	alpha: string;
	theta: string;
	cifFobFactor: string;
	ghmLo: string;
	ghmHi: string;
	ffLo: string;
	ffHi: string;
}

/** Formats the settings' α, θ, CIF/FOB factor and the R bands they give (bands to 4 decimals). */
export function thresholdTexts(locale: Locale, settings: MethodsProps): ThresholdTexts {
	const bands = bandsOf(settings.alpha);
	const bound = (value: number) => formatNumber(locale, value, 4);
	return {
		alpha: formatThreshold(locale, settings.alpha),
		theta: formatThreshold(locale, settings.theta),
		cifFobFactor: formatNumber(locale, settings.cifFobFactor, 4),
		ghmLo: bound(bands.ghmLo),
		ghmHi: bound(bands.ghmHi),
		ffLo: bound(bands.ffLo),
		ffHi: bound(bands.ffHi)
	};
}
