/** Helpers the cell views share: the row dimension of partner × sector views, names and numbers. */
import type { Dimension, PartnerDimension, PartnerSet } from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import { partnerSetName } from '../../results/names';

/**
 * The partner-side dimension of a view whose columns are sectors (Table 5, the heatmap): with
 * sectors chosen as rows, partners stand in (a sector × sector table means nothing).
 */
export function partnerDimensionOf(dimension: Dimension): PartnerDimension {
	return dimension.kind === 'sector' ? { kind: 'partner' } : dimension;
}

/** A number for a chart or a table cell: null where it is undefined (a share of nothing). */
export function finiteOrNull(value: number): number | null {
	return Number.isFinite(value) ? value : null;
}

/** What the rows of a dimension are called in running text ("por parceiro", "por setor"). */
export function dimensionNoun(dimension: Dimension): string {
	return i18n.t(`cellViews.dim.${dimension.kind}`);
}

/** The header of the name column of a dimension's table. */
export function dimensionColumn(dimension: Dimension): string {
	return i18n.t(`cellViews.col.${dimension.kind}`);
}

/** The partners a filter keeps, named for a sentence: "todos os parceiros", "Alemanha", "OCDE". */
export function partnersPhrase(partners: PartnerSet | undefined): string {
	return partnerSetName(partners, i18n.t('cellViews.allPartners'));
}

/** The methods' short names, as the paper writes them. */
export const METHOD_NAMES = { ghm: 'GHM', ff: 'FF' } as const;
