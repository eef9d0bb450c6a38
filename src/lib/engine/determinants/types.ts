/**
 * The contract of the "Determinants" view (METHODS 4; the paper's Tables 6–7): the covariates a
 * user drops, what the worker is asked, and what comes back. Plain data: it crosses the worker
 * boundary as is.
 */
import type { PanelEstimates } from '../panel';
import type { Selection } from '../model/selection';
import type { ClassifySettings } from '../model/types';

/** GDP and GDP per capita of one country in one year (the dataset's currency is not assumed). */
export interface CountryYear {
	gdp: number;
	gdpPerCapita: number;
}

/** A covariates file, read and checked (every row used or counted as dropped). */
export interface Covariates {
	file: string;
	/** `${ISO3}|${year}` → the country's GDP figures. */
	countryYears: Record<string, CountryYear>;
	/** Partner ISO3 → distance to the reporter in km, from the file's optional distance column. */
	distances: Record<string, number>;
	rowsRead: number;
	rowsUsed: number;
	/** Rows set aside, by reason (empty values, non-positive GDP, …), with the first line numbers. */
	dropped: Record<string, { rows: number; firstLines: number[] }>;
}

/** Why an observation (partner × year) did not enter the regression. */
export const OBSERVATION_DROP_REASONS = [
	'zero-viit', // VIIT = 0 cannot be logged (METHODS 4)
	'missing-reporter-covariates', // no GDP for the reporter that year
	'missing-partner-covariates', // no GDP for the partner that year
	'zero-dif', // GDPpc equal: ln |GDPpc_i − GDPpc_j| undefined
	'no-distance' // neither the file nor the built-in table has the pair's distance
] as const;
export type ObservationDropReason = (typeof OBSERVATION_DROP_REASONS)[number];

/** Where the distances came from. */
export type DistanceSource = 'file' | 'built-in' | 'both';

/** The regression for one method (GHM or FF): its panel and its estimates. */
export interface DeterminantsFit {
	method: 'ghm' | 'ff';
	/** Partner × year pairs with trade in the selection, before any drop (zero VIIT included). */
	candidates: number;
	/** Observations dropped, by reason; candidates − Σ dropped = observations used. */
	dropped: Partial<Record<ObservationDropReason, number>>;
	/** null when no observation was left. */
	estimates: PanelEstimates | null;
}

/** What the view asks the worker. */
export interface DeterminantsQuery {
	settings: ClassifySettings;
	selection: Selection;
	/** The covariates file as the user dropped it (parsed in the worker). */
	covariates: Blob;
	covariatesName: string;
	/** Add year effects a_t, as the paper's equation (5). */
	timeEffects: boolean;
}

/** The answer: both methods side by side, at the α in `settings`. */
export interface DeterminantsResult {
	covariates: Omit<Covariates, 'countryYears' | 'distances'>;
	distanceSource: DistanceSource;
	ghm: DeterminantsFit;
	ff: DeterminantsFit;
}
