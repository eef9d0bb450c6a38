/** What the covariates template is filled with: the reporter, the partners and the years of the analysis. */
import { type Cell, inFilter, type Selection } from '../../../engine';

/** The arguments of `covariatesTemplate`: who and when the regression will need covariates for. */
export interface TemplateInput {
	reporter: string;
	/** Partners with trade in the selection, sorted by code. */
	partners: string[];
	/** Every year of the selected range, ascending. */
	years: number[];
}

/** The reporter, the partners the selection trades with, and the selected years. */
export function templateInput(cells: readonly Cell[], selection: Selection): TemplateInput {
	const partners = new Set<string>();
	for (const cell of cells) {
		if (cell.trade > 0 && inFilter(cell, selection)) partners.add(cell.partner);
	}
	const years: number[] = [];
	for (let year = selection.yearFrom; year <= selection.yearTo; year++) years.push(year);
	return { reporter: selection.reporter, partners: [...partners].sort(), years };
}
