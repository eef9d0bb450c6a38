/** The sentence under the table: how many observations a method used and why the others were dropped. */
import type { MessageKey, MessageParams } from '../../../i18n';
import type { ObservationSummary } from './determinants-model';

type Translate = (key: MessageKey, params?: MessageParams) => string;

const METHOD_NAMES = { ghm: 'GHM', ff: 'FF' } as const;

/** "GHM: 40 of 48 partner × year observations used; 6 without VIIT dropped, 2 without covariates." */
export function observationLine(
	summary: ObservationSummary,
	t: Translate,
	count: (value: number) => string
): string {
	const parts: [MessageKey, number][] = [
		['determinants.drop.zeroViit', summary.zeroViit],
		['determinants.drop.missingCovariates', summary.missingCovariates],
		['determinants.drop.zeroDif', summary.zeroDif],
		['determinants.drop.noDistance', summary.noDistance]
	];
	const drops = parts
		.filter(([, rows]) => rows > 0)
		.map(([key, rows]) => t(key, { count: count(rows) }))
		.join(', ');
	return t('determinants.obsLine', {
		method: METHOD_NAMES[summary.method],
		used: count(summary.used),
		candidates: count(summary.candidates),
		drops: drops || t('determinants.drop.none')
	});
}
