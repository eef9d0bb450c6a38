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

/** The kinds of covariates file read (detected from the header; covariate-kinds.ts). */
export const COVARIATES_FILE_KINDS = [
	'template', // the app's template: iso3, year, gdp, gdp_per_capita, distance_km
	'dist-cepii', // CEPII GeoDist dist_cepii: iso_o, iso_d, …, dist, distcap, distw, distwces
	'wdi-long', // World Bank DataBank, long: Series Code, Country Code, Time, Value
	'wdi-wide-api', // World Bank API / data.worldbank.org CSV: Country Code, Indicator Code, 1960, 1961, …
	'wdi-wide-databank' // World Bank DataBank, wide: Country Code, Series Code, 2000 [YR2000], …
] as const;
export type CovariatesFileKind = (typeof COVARIATES_FILE_KINDS)[number];

/** CEPII's bilateral distance measures (Mayer & Zignago 2011): main city, capital, population-weighted. */
export const DISTANCE_MEASURES = ['dist', 'distcap', 'distw'] as const;
export type DistanceMeasure = (typeof DISTANCE_MEASURES)[number];

/** One covariates file as the user dropped it. */
export interface CovariatesFile {
	blob: Blob;
	name: string;
}

/** What became of one file's data rows: every row used or counted as dropped. */
export interface CovariatesLedger {
	file: string;
	kind: CovariatesFileKind;
	rowsRead: number;
	rowsUsed: number;
	/** Rows set aside, by reason (empty values, non-positive GDP, …), with the first line numbers. */
	dropped: Record<string, { rows: number; firstLines: number[] }>;
}

/**
 * Where one figure came from: a World Bank series (its code and name), the template's column
 * (`template`), or GDP over population (`NY.GDP.MKTP.KD/SP.POP.TOTL`), and for how many of the
 * country-years kept.
 */
export interface FigureSource {
	series: string;
	name: string | null;
	countryYears: number;
}

/** The covariates files, read, checked and merged by (ISO3, year). */
export interface Covariates {
	/** Each file's ledger, in the order the files were given. */
	files: CovariatesLedger[];
	/** `${ISO3}|${year}` → the country's GDP figures (only country-years with both). */
	countryYears: Record<string, CountryYear>;
	/** Partner ISO3 → distance to the reporter in km (dist_cepii, or the template's column). */
	distances: Record<string, number>;
	/** The sources of each figure over the country-years kept. */
	sources: { gdp: FigureSource[]; gdpPerCapita: FigureSource[] };
	/** The dist_cepii measure read; null when no dist_cepii file was given. */
	distanceMeasure: DistanceMeasure | null;
	/** Country-years with GDP but no GDP per capita, and the reverse: left out of countryYears. */
	unpaired: { gdpOnly: number; gdpPerCapitaOnly: number };
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
	/** The covariates files as the user dropped them (read and merged in the worker). */
	covariates: CovariatesFile[];
	/** Which dist_cepii distance to read (ignored without a dist_cepii file). */
	distanceMeasure: DistanceMeasure;
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
