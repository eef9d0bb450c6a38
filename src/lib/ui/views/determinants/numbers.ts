/** How the regression table writes its numbers, in the reader's locale (Intl). */
import { formatFixed, type Locale } from '../../../i18n';
import { DASH } from '../../tables/data-table';

/** Decimals of coefficients and standard errors, as the paper prints them. */
export const ESTIMATE_DECIMALS = 3;

/**
 * A coefficient or standard error: 3 decimals, or 3 significant digits when 3 decimals would
 * show a nonzero value as 0.000 (a tiny standard error must not read as zero).
 */
export function estimateText(locale: Locale, value: number): string {
	if (!Number.isFinite(value)) return DASH;
	if (value !== 0 && Math.abs(value) < 0.5 * 10 ** -ESTIMATE_DECIMALS) {
		return new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 }).format(value);
	}
	return formatFixed(locale, value, ESTIMATE_DECIMALS);
}

/** A p-value as the clause after "p": "= 0.123", or "< 0.001" below what 3 decimals show. */
export function pValueClause(locale: Locale, p: number): string {
	if (!Number.isFinite(p)) return DASH;
	if (p < 0.001) return `< ${formatFixed(locale, 0.001, 3)}`;
	return `= ${formatFixed(locale, p, 3)}`;
}
