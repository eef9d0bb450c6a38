/**
 * Merges the files read into one Covariates by (ISO3, year). Which value wins:
 * - one World Bank series per figure over all files (wdi-series.ts), the others are unused;
 * - a dedicated source before the template's columns: World Bank GDP figures before the
 *   template's, dist_cepii's distances before the template's distance_km (the template comes
 *   prefilled with capital-to-capital distances);
 * - otherwise the first file given, and within a file the first row.
 * GDP per capita missing where GDP and population (SP.POP.TOTL) are given is GDP / population.
 * A row is used when one of its values enters; else it is counted with why it did not.
 */
import { TradeFileError } from '../model/errors';
import { countDrop, emptyLedger, type CovariateDropReason } from './covariate-ledger';
import {
	countryYearKey,
	TEMPLATE_SERIES,
	type Figure,
	type FileReading
} from './covariate-records';
import type { Covariates, CovariatesLedger, DistanceMeasure, FigureSource } from './types';
import { preferredSeries } from './wdi-series';

/** The fate of one record: used, or the first reason one of its values was turned away. */
interface RecordFate {
	line: number;
	used: boolean;
	loss: CovariateDropReason | null;
}

/** A figure kept for a country-year, with where it came from. */
interface Kept {
	value: number;
	series: string;
	name: string | null;
	fate: RecordFate;
}

/** Merges the readings; `distanceMeasure` is the measure dist_cepii files were read in. */
export function mergeReadings(
	readings: readonly FileReading[],
	distanceMeasure: DistanceMeasure
): Covariates {
	const chosen = chooseSeries(readings);
	requireFigures(readings, chosen);
	const kept: Record<Figure, Map<string, Kept>> = {
		gdp: new Map(),
		gdpPerCapita: new Map(),
		population: new Map()
	};
	const distances = new Map<string, number>();
	const fates = new Map<FileReading, RecordFate[]>();
	// Dedicated sources first; sort is stable, so files of one rank keep their order.
	const ordered = [...readings].sort((a, b) => rank(a) - rank(b));
	for (const reading of ordered) {
		const fileFates: RecordFate[] = [];
		fates.set(reading, fileFates);
		for (const record of reading.records) {
			const fate: RecordFate = { line: record.line, used: false, loss: null };
			fileFates.push(fate);
			const lose = (reason: CovariateDropReason) => (fate.loss ??= reason);
			for (const value of record.values) {
				if (value.kind === 'distance') {
					if (distances.has(value.partner)) lose('duplicate-distance');
					else {
						distances.set(value.partner, value.km);
						fate.used = true;
					}
					continue;
				}
				if (value.series !== TEMPLATE_SERIES && value.series !== chosen[value.figure]) {
					lose('unused-series');
					continue;
				}
				const table = kept[value.figure];
				const key = countryYearKey(value.iso3, value.year);
				if (table.has(key)) {
					lose('duplicate-country-year');
					continue;
				}
				table.set(key, { value: value.value, series: value.series, name: value.seriesName, fate });
				// Population is used only if it turns into a GDP per capita (below).
				if (value.figure !== 'population') fate.used = true;
			}
		}
	}
	derivePerCapita(kept);
	return {
		files: readings.map((reading) => ledgerOf(reading, fates.get(reading) ?? [])),
		...countryYearsOf(kept),
		distances: Object.fromEntries(distances),
		distanceMeasure: readings.some((r) => r.kind === 'dist-cepii') ? distanceMeasure : null
	};
}

/** dist_cepii and World Bank files before the template. */
function rank(reading: FileReading): number {
	return reading.kind === 'template' ? 1 : 0;
}

/** The World Bank series read for each figure: the preferred one present in any file. */
function chooseSeries(readings: readonly FileReading[]): Record<Figure, string | null> {
	const present = new Set<string>();
	for (const reading of readings) {
		for (const record of reading.records) {
			for (const value of record.values) if (value.kind === 'figure') present.add(value.series);
		}
	}
	return {
		gdp: preferredSeries(present, 'gdp'),
		gdpPerCapita: preferredSeries(present, 'gdpPerCapita'),
		population: preferredSeries(present, 'population')
	};
}

/** Refuses files that cannot give both figures (only dist_cepii, only a GDP series, …). */
function requireFigures(readings: readonly FileReading[], chosen: Record<Figure, string | null>) {
	const template = readings.some((reading) => reading.kind === 'template');
	const gdp = template || chosen.gdp !== null;
	const perCapita = template || chosen.gdpPerCapita !== null || (gdp && chosen.population !== null);
	if (gdp && perCapita) return;
	const lacking = [gdp ? null : 'gdp', perCapita ? null : 'gdp_per_capita'].filter(Boolean);
	throw new TradeFileError(
		'covariates-no-gdp',
		`The covariates files give no ${lacking.join(' and ')}.`,
		readings.map((reading) => reading.file).join(', '),
		undefined,
		undefined,
		{ lacking: lacking.join(', ') }
	);
}

/** GDP / population where a country-year has both but no GDP per capita. */
function derivePerCapita(kept: Record<Figure, Map<string, Kept>>): void {
	for (const [key, gdp] of kept.gdp) {
		const population = kept.population.get(key);
		if (kept.gdpPerCapita.has(key) || !population) continue;
		kept.gdpPerCapita.set(key, {
			value: gdp.value / population.value,
			series: `${gdp.series}/${population.series}`,
			name: null,
			fate: gdp.fate
		});
		population.fate.used = true;
	}
}

/** The country-years with both figures, the sources they came from, and the unpaired ones. */
function countryYearsOf(
	kept: Record<Figure, Map<string, Kept>>
): Pick<Covariates, 'countryYears' | 'sources' | 'unpaired'> {
	const countryYears: Covariates['countryYears'] = {};
	const tally = {
		gdp: new Map<string, FigureSource>(),
		gdpPerCapita: new Map<string, FigureSource>()
	};
	const count = (figure: 'gdp' | 'gdpPerCapita', entry: Kept) => {
		const source = tally[figure].get(entry.series);
		if (source) source.countryYears++;
		else
			tally[figure].set(entry.series, { series: entry.series, name: entry.name, countryYears: 1 });
	};
	for (const [key, gdp] of kept.gdp) {
		const perCapita = kept.gdpPerCapita.get(key);
		if (!perCapita) continue;
		countryYears[key] = { gdp: gdp.value, gdpPerCapita: perCapita.value };
		count('gdp', gdp);
		count('gdpPerCapita', perCapita);
	}
	const complete = Object.keys(countryYears).length;
	const bySize = (map: Map<string, FigureSource>) =>
		[...map.values()].sort((a, b) => b.countryYears - a.countryYears);
	return {
		countryYears,
		sources: { gdp: bySize(tally.gdp), gdpPerCapita: bySize(tally.gdpPerCapita) },
		unpaired: {
			gdpOnly: kept.gdp.size - complete,
			gdpPerCapitaOnly: kept.gdpPerCapita.size - complete
		}
	};
}

/** A file's ledger: the reader's drops and the merge's, in line order. */
function ledgerOf(reading: FileReading, fates: readonly RecordFate[]): CovariatesLedger {
	const ledger = emptyLedger(reading.file, reading.kind);
	ledger.rowsRead = reading.rowsRead;
	const drops = [...reading.drops];
	for (const fate of fates) {
		if (fate.used) ledger.rowsUsed++;
		// A record with no value turned away held population nobody needed.
		else drops.push({ line: fate.line, reason: fate.loss ?? 'unused-series' });
	}
	drops.sort((a, b) => a.line - b.line);
	for (const drop of drops) countDrop(ledger, drop.reason, drop.line);
	return ledger;
}
