/**
 * The determinants regression of both methods (the paper's Tables 6–7): build each method's
 * panel from the cells and covariates, then estimate pooling, within and random effects.
 */
import { estimatePanel } from '../panel';
import type { Cell } from '../model/types';
import type { Method } from '../views/tables';
import { buildIitPanel, type IitPanel } from './iit-model';
import type {
	Covariates,
	DeterminantsFit,
	DeterminantsQuery,
	DeterminantsResult,
	DistanceSource
} from './types';

/** What the run needs of a query: the selection and whether to add year effects. */
export type DeterminantsOptions = Pick<DeterminantsQuery, 'selection' | 'timeEffects'>;

/**
 * Regresses ln VIIT on the covariates for GHM and FF over the cells of the selection (reporter,
 * years, partners; cells already limited to its products). A method left with no observation
 * has `estimates: null`.
 */
export function runDeterminants(
	cells: readonly Cell[],
	covariates: Covariates,
	{ selection, timeEffects }: DeterminantsOptions
): DeterminantsResult {
	const filter = {
		reporter: selection.reporter,
		yearFrom: selection.yearFrom,
		yearTo: selection.yearTo,
		partners: selection.partners
	};
	const panelOf = (method: Method) => buildIitPanel(cells, covariates, filter, method);
	const ghm = panelOf('ghm');
	const ff = panelOf('ff');
	// The files' ledgers and sources only: the lookup tables stay behind.
	const { countryYears: _countryYears, distances: _distances, ...ledgers } = covariates;
	return {
		covariates: ledgers,
		distanceSource: distanceSource([ghm, ff], Object.keys(covariates.distances).length > 0),
		ghm: fitOf('ghm', ghm, timeEffects),
		ff: fitOf('ff', ff, timeEffects)
	};
}

function fitOf(method: Method, panel: IitPanel, timeEffects: boolean): DeterminantsFit {
	return {
		method,
		candidates: panel.candidates,
		dropped: panel.dropped,
		estimates:
			panel.input.y.length === 0
				? null
				: estimatePanel(panel.input, { timeEffects, timeName: 'year' })
	};
}

/** Where the distances of the observations used came from (the file's column when nothing was used). */
function distanceSource(panels: IitPanel[], fileHasDistances: boolean): DistanceSource {
	const fromFile = panels.reduce((sum, panel) => sum + panel.distancesFromFile, 0);
	const builtIn = panels.reduce((sum, panel) => sum + panel.distancesBuiltIn, 0);
	if (fromFile > 0 && builtIn > 0) return 'both';
	if (fromFile > 0) return 'file';
	if (builtIn > 0) return 'built-in';
	return fileHasDistances ? 'file' : 'built-in';
}
