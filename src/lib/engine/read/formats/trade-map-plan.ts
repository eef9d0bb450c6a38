/**
 * From a Trade Map header (and the titles above it) to what its rows are read for: the
 * reporter, each value column's year, direction, partner and unit, the product column or the
 * one product of the table — or what the table lacks for the method, whatever other file comes.
 * Whether another file brings the other direction is checked when all are read (trade-map-read).
 */
import { TradeFileError } from '../../model/errors';
import type { ReadOptions } from '../../model/types';
import { NOT_A_COUNTRY } from './country-field';
import { productCode } from './products';
import type { RefusalPlace } from './trade-map-advice';
import { describeColumn, unitScale, withGroup } from './trade-map-columns';
import type { Covered } from './trade-map-read';
import type { TableFacts } from './trade-map-titles';

/** A value column to read: its year, direction, partner (-1: the row's) and USD per unit. */
export interface ValueColumn {
	column: number;
	year: number;
	isExport: boolean;
	partner: number;
	scale: number;
}

export interface TablePlan {
	/** Country index; -1 for a table of every country (kind 'world'). */
	reporter: number;
	/** A reporter was chosen and the table is another's: every row is 'other-reporter'. */
	otherReporter: boolean;
	values: ValueColumn[];
	productColumn: number;
	/** The table's one HS6 product (from its "Product:" title) when it has no code column, else -1. */
	fixedProduct: number;
	partnerColumn: number;
	/** What the table lacks, in details.missing's names; empty when it is readable. */
	missing: string[];
	/** Country indexes → names as the table writes them (for messages). */
	names: Map<number, string>;
	/** What the value columns hold, for the whole read's check. */
	covered: Covered[];
	/** '1000 USD' / 'USD' (null for a table refused before its unit mattered) and whether assumed. */
	unit: string | null;
	unitAssumed: boolean;
	place: RefusalPlace;
}

/** Trade Map's unit when a table does not state one: thousand US dollars. */
const DEFAULT_SCALE = 1000;

const UNIT_NAMES: Record<number, string> = { 1: 'USD', 1000: '1000 USD', 1e6: '1000000 USD' };

/** Where a header comes from and what it is read with. */
export interface HeaderPlace {
	file: string;
	/** The header's line (a table row number in an HTML file). */
	line: number;
	html: boolean;
	/** The row above the header (a two-row HTML header groups columns by direction), or null. */
	group: string[] | null;
	facts: TableFacts;
	/** Country index of a name (WORLD, AGGREGATE, NOT_A_COUNTRY for none). */
	resolve: (name: string) => number;
	/** Country index of an ISO3 code. */
	countryId: (iso3: string) => number;
}

export function planTable(header: string[], at: HeaderPlace, options: ReadOptions): TablePlan {
	const { group, facts, resolve, countryId } = at;
	const columns = header.map((name, i) => describeColumn(withGroup(name, group?.[i])));
	const productColumn = columns.findIndex((c) => c.kind === 'product');
	// A table of every country ("List of exporters for the selected product"): its rows are the
	// reporting countries, their partner is the World.
	const world = facts.kind === 'world';
	const partnerColumn = world ? -1 : columns.findIndex((c) => c.kind === 'partner');
	const isCountry = (index: number) => index >= 0;

	// The reporter: the header's ("Brazil's exports to …"), else the titles' or file name's, else the chosen one.
	const wanted = options.reporter ? options.reporter.trim().toUpperCase() : null;
	const subjects = columns.flatMap((c) =>
		c.kind === 'value' && c.subject !== null && isCountry(resolve(c.subject))
			? [resolve(c.subject)]
			: []
	);
	const named = subjects.length > 0 ? subjects : facts.reporter ? [resolve(facts.reporter)] : [];
	const candidates = named.filter(isCountry);
	const wantedIndex = wanted === null ? -1 : countryId(wanted);
	const otherReporter =
		!world && wanted !== null && candidates.length > 0 && !candidates.includes(wantedIndex);
	const reporter = world
		? -1
		: otherReporter || wanted === null
			? (candidates[0] ?? -1)
			: wantedIndex;
	if (reporter < 0 && !world) {
		throw new TradeFileError(
			'reporter-required',
			'This Trade Map table does not name its reporting country (neither its titles nor its file name do): choose the reporter.',
			at.file,
			at.line
		);
	}
	const reporterName =
		[...columns.map((c) => (c.kind === 'value' ? c.subject : null)), facts.reporter]
			.filter((name): name is string => name !== null)
			.find((name) => resolve(name) === reporter) ?? facts.reporter;

	// The unit: each column's "(USD thousand)", else the titles' "Unit:", else Trade Map's default.
	const titleScale = facts.unit === null ? null : (unitScale(facts.unit) ?? NaN);
	const filePartner = facts.partner ? resolve(facts.partner) : NOT_A_COUNTRY;
	const values: ValueColumn[] = [];
	const directions = new Set<boolean>();
	let undirected = 0;
	let partnerless = 0;
	let notMoney = false;
	let assumed = false;
	columns.forEach((c, column) => {
		if (c.kind !== 'value') return;
		// Another country's flows (mirror data such as "Argentina's imports from Brazil"): not read.
		if (c.subject !== null && resolve(c.subject) !== reporter) return;
		const isExport = c.isExport ?? (facts.direction ? facts.direction === 'exports' : null);
		if (isExport === null) return void undirected++;
		directions.add(isExport);
		let partner = c.object !== null ? resolve(c.object) : NOT_A_COUNTRY;
		if (!isCountry(partner)) {
			if (partnerColumn >= 0) partner = -1;
			else if (c.object === null && isCountry(filePartner)) partner = filePartner;
			else return void partnerless++;
		}
		const scale = c.scale ?? titleScale ?? DEFAULT_SCALE;
		if (scale !== scale) notMoney = true;
		if (c.scale === null && titleScale === null) assumed = true;
		if (partner !== reporter) values.push({ column, year: c.year, isExport, partner, scale });
	});

	const fixed = productColumn < 0 && facts.product?.code ? productCode(facts.product.code) : -1;
	const missing: string[] = [];
	if (directions.size === 0) missing.push(undirected > 0 ? 'flow direction' : 'yearly values');
	if (world || (values.length === 0 && partnerless > 0)) missing.push('partner');
	if (productColumn < 0 && fixed < 0) missing.push('HS6 product codes');
	if (notMoney) missing.push('values in US dollars');
	// Refused whatever comes with it: say the other direction is missing too.
	if (missing.length > 0 && directions.size === 1) {
		missing.unshift(directions.has(true) ? 'imports' : 'exports');
	}

	const scales = [...new Set(values.map((v) => v.scale))];
	const unit = notMoney ? null : scales.map((s) => UNIT_NAMES[s] ?? `${s} USD`).join(', ') || null;
	const partnerName =
		columns
			.map((c) => (c.kind === 'value' ? c.object : null))
			.find((name): name is string => name !== null && isCountry(resolve(name))) ?? facts.partner;
	const names = new Map<number, string>();
	const objects = columns.map((c) => (c.kind === 'value' ? c.object : null));
	for (const name of [reporterName, partnerName, ...objects]) {
		const index = name ? resolve(name) : -1;
		if (name && isCountry(index) && !names.has(index)) names.set(index, name);
	}
	return {
		reporter,
		otherReporter,
		names,
		values,
		productColumn,
		fixedProduct: fixed,
		partnerColumn,
		missing,
		covered: values.map((v) => ({
			reporter,
			partner: v.partner,
			product: productColumn >= 0 ? -1 : fixed,
			year: v.year,
			isExport: v.isExport,
			column: header[v.column]
		})),
		unit,
		unitAssumed: assumed && missing.length === 0,
		place: {
			file: at.file,
			line: at.line,
			html: at.html,
			facts,
			reporter: reporterName,
			partner: partnerName
		}
	};
}
