/** The covariates files' drop reasons in words (the engine's codes, translated). */
import type { CovariateDropReason } from '../../../engine';
import type { MessageKey } from '../../../i18n';

const REASON_KEYS: Record<CovariateDropReason, MessageKey> = {
	'empty-value': 'determinants.covDrop.empty-value',
	'bad-year': 'determinants.covDrop.bad-year',
	'not-a-number': 'determinants.covDrop.not-a-number',
	'non-positive-gdp': 'determinants.covDrop.non-positive-gdp',
	'bad-distance': 'determinants.covDrop.bad-distance',
	'unknown-country': 'determinants.covDrop.unknown-country',
	'duplicate-country-year': 'determinants.covDrop.duplicate-country-year',
	aggregate: 'determinants.covDrop.aggregate',
	footer: 'determinants.covDrop.footer',
	'unused-series': 'determinants.covDrop.unused-series',
	'other-origin': 'determinants.covDrop.other-origin',
	'self-pair': 'determinants.covDrop.self-pair',
	'missing-distance': 'determinants.covDrop.missing-distance',
	'duplicate-distance': 'determinants.covDrop.duplicate-distance'
};

/** The message key of a drop reason, or null for a code this version does not know (shown as is). */
export function covariateDropKey(reason: string): MessageKey | null {
	return Object.hasOwn(REASON_KEYS, reason) ? REASON_KEYS[reason as CovariateDropReason] : null;
}
