/**
 * The paper's equation (5) as a panel (METHODS 4): one row per partner j and year t,
 * ln VIIT_ijt on ln GDP_it, ln GDP_jt, ln DIST_ij and ln DIF_ijt = ln |GDPpc_it − GDPpc_jt|.
 * Observations that cannot be logged or lack a covariate are dropped and counted by reason.
 */
import type { PanelInput } from '../panel';
import type { Cell } from '../model/types';
import { inFilter, type Method, type ViewFilter } from '../views/tables';
import { countryYearKey } from './covariate-records';
import { capitalDistanceKm } from './distance';
import type { Covariates, ObservationDropReason } from './types';

/** Name of the dependent variable. */
export const IIT_MODEL_Y = 'log(VIIT)';

/** Regressor names, in the order they enter every model (R's naming). */
export const IIT_MODEL_TERMS = ['log(GDP_i)', 'log(GDP_j)', 'log(DIST)', 'log(DIF)'] as const;

/** VIIT (sup + inf) of the reporter with one partner in one year, summed over sectors. */
export interface PartnerYearViit {
	partner: string;
	year: number;
	viit: number;
}

/** The regression panel of one method and what was left out of it. */
export interface IitPanel {
	input: PanelInput;
	/** Partner × year pairs with trade in the selection. */
	candidates: number;
	/** Candidates left out, by reason; candidates − Σ dropped = input rows. */
	dropped: Partial<Record<ObservationDropReason, number>>;
	/** Rows whose distance came from the covariates file, and from the built-in table. */
	distancesFromFile: number;
	distancesBuiltIn: number;
}

/**
 * VIIT per partner × year over the cells in the filter (the views' `inFilter`: reporter, years,
 * partner set), ordered by partner then year. Cells are expected already limited to the products
 * of the selection (the worker classifies with its scope).
 */
export function viitByPartnerYear(
	cells: readonly Cell[],
	filter: ViewFilter,
	method: Method
): PartnerYearViit[] {
	const sums = new Map<string, PartnerYearViit>();
	for (const cell of cells) {
		if (!inFilter(cell, filter)) continue;
		const key = `${cell.partner}|${cell.year}`;
		let sum = sums.get(key);
		if (!sum) sums.set(key, (sum = { partner: cell.partner, year: cell.year, viit: 0 }));
		sum.viit += cell[method].viitSup + cell[method].viitInf;
	}
	return [...sums.values()].sort((a, b) =>
		a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : a.year - b.year
	);
}

/**
 * The panel input of equation (5) for one method: entity = partner, time = year. A candidate is
 * dropped for the first reason that applies, in OBSERVATION_DROP_REASONS order. The distance is
 * the file's for the partner when it gives one, else the built-in capital-to-capital distance.
 */
export function buildIitPanel(
	cells: readonly Cell[],
	covariates: Pick<Covariates, 'countryYears' | 'distances'>,
	filter: ViewFilter,
	method: Method
): IitPanel {
	const reporter = filter.reporter;
	const candidates = viitByPartnerYear(cells, filter, method);
	const entity: string[] = [];
	const time: number[] = [];
	const y: number[] = [];
	const columns: number[][] = IIT_MODEL_TERMS.map(() => []);
	const dropped: Partial<Record<ObservationDropReason, number>> = {};
	const drop = (reason: ObservationDropReason) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
	let distancesFromFile = 0;

	for (const { partner, year, viit } of candidates) {
		const own = covariates.countryYears[countryYearKey(reporter, year)];
		const other = covariates.countryYears[countryYearKey(partner, year)];
		const fileDistance = Object.hasOwn(covariates.distances, partner)
			? covariates.distances[partner]
			: null;
		const distance = fileDistance ?? capitalDistanceKm(reporter, partner);
		if (!(viit > 0)) drop('zero-viit');
		else if (!own) drop('missing-reporter-covariates');
		else if (!other) drop('missing-partner-covariates');
		else if (own.gdpPerCapita === other.gdpPerCapita) drop('zero-dif');
		else if (distance === null || !(distance > 0)) drop('no-distance');
		else {
			entity.push(partner);
			time.push(year);
			y.push(Math.log(viit));
			const row = [
				Math.log(own.gdp),
				Math.log(other.gdp),
				Math.log(distance),
				Math.log(Math.abs(own.gdpPerCapita - other.gdpPerCapita))
			];
			row.forEach((value, term) => columns[term].push(value));
			if (fileDistance !== null) distancesFromFile++;
		}
	}
	return {
		input: {
			entity,
			time,
			yName: IIT_MODEL_Y,
			y,
			regressors: IIT_MODEL_TERMS.map((name, term) => ({ name, values: columns[term] }))
		},
		candidates: candidates.length,
		dropped,
		distancesFromFile,
		distancesBuiltIn: y.length - distancesFromFile
	};
}
