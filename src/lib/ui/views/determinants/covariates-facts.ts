/**
 * The lines beside the results about the covariates: per file its kind and rows used, the rows
 * set aside by reason, which series gave GDP and GDP per capita, the dist_cepii measure read,
 * and the country-years left with one figure only.
 */
import type { DeterminantsResult, FigureSource } from '../../../engine';
import type { MessageKey, MessageParams } from '../../../i18n';
import { covariateDropKey } from './covariate-drops';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The template's column, as the engine names its source. */
const TEMPLATE_SERIES = 'template';

/** "GDP (constant 2010 US$) [NY.GDP.MKTP.KD]", "the template", "GDP ÷ population (…/SP.POP.TOTL)". */
function seriesText(source: FigureSource, t: Translate): string {
	if (source.series === TEMPLATE_SERIES) return t('determinants.source.template');
	if (source.series.includes('/')) {
		return t('determinants.source.derived', { series: source.series });
	}
	return source.name ? `${source.name} [${source.series}]` : source.series;
}

/** The facts, one sentence each, in display order. */
export function covariatesFacts(
	covariates: DeterminantsResult['covariates'],
	t: Translate,
	count: (value: number) => string
): string[] {
	const lines: string[] = [];
	for (const ledger of covariates.files) {
		lines.push(
			t('determinants.covariatesLine', {
				file: ledger.file,
				kind: t(`determinants.kind.${ledger.kind}`),
				used: count(ledger.rowsUsed),
				read: count(ledger.rowsRead)
			})
		);
		for (const [reason, drop] of Object.entries(ledger.dropped)) {
			const key = covariateDropKey(reason);
			lines.push(
				t('determinants.covariatesDropped', {
					rows: count(drop.rows),
					reason: key ? t(key) : reason,
					lines: drop.firstLines.join(', ')
				})
			);
		}
	}
	for (const figure of ['gdp', 'gdpPerCapita'] as const) {
		const sources = covariates.sources[figure];
		if (sources.length === 0) continue;
		const list = sources
			.map((source) =>
				t('determinants.source', {
					series: seriesText(source, t),
					count: count(source.countryYears)
				})
			)
			.join('; ');
		lines.push(t(`determinants.sources.${figure}`, { sources: list }));
	}
	if (covariates.distanceMeasure) {
		const measure = t(`determinants.measure.${covariates.distanceMeasure}`);
		lines.push(t('determinants.measureUsed', { measure }));
	}
	const { gdpOnly, gdpPerCapitaOnly } = covariates.unpaired;
	if (gdpOnly > 0 || gdpPerCapitaOnly > 0) {
		lines.push(
			t('determinants.unpaired', {
				gdpOnly: count(gdpOnly),
				perCapitaOnly: count(gdpPerCapitaOnly)
			})
		);
	}
	return lines;
}
