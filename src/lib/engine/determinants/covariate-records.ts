/**
 * What a covariates reader hands to the merge: per data row kept so far, the values it offers.
 * Whether a value is used (or loses to another series, an earlier file, …) is the merge's call.
 */
import type { CovariateDropReason } from './covariate-ledger';
import type { CovariatesFileKind } from './types';

/** The `countryYears` key of a country in a year. */
export function countryYearKey(iso3: string, year: number): string {
	return `${iso3}|${year}`;
}

/** A country-level figure; population only serves to derive GDP per capita. */
export type Figure = 'gdp' | 'gdpPerCapita' | 'population';

/** The series of the template's own columns (World Bank values carry their series code). */
export const TEMPLATE_SERIES = 'template';

/** A figure of one country in one year, from one series. */
export interface FigureValue {
	kind: 'figure';
	figure: Figure;
	/** The World Bank series code, or TEMPLATE_SERIES. */
	series: string;
	/** The series' name as the file writes it (null for the template). */
	seriesName: string | null;
	iso3: string;
	year: number;
	value: number;
}

/** The distance of a partner to the reporter, in km. */
export interface DistanceValue {
	kind: 'distance';
	partner: string;
	km: number;
}

/** A data row that passed its reader's checks, with the line it came from. */
export interface CovariateRecord {
	line: number;
	values: (FigureValue | DistanceValue)[];
}

/** A data row its reader set aside. */
export interface RowDrop {
	line: number;
	reason: CovariateDropReason;
}

/** One file read: its data rows, each either dropped by the reader or left for the merge. */
export interface FileReading {
	file: string;
	kind: CovariatesFileKind;
	rowsRead: number;
	drops: RowDrop[];
	records: CovariateRecord[];
}
