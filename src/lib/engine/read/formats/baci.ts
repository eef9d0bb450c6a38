import { MAX_YEAR, MIN_YEAR } from '../accumulate';
import { isAggregatePartner, numericCodesOfCountry } from '../../codes/countries';
import { TradeFileError } from '../../model/errors';
import type { ReadOptions } from '../../model/types';
import {
	columnIndex,
	createShapeCheck,
	digitCount,
	isHs6Code,
	normalizeColumnName,
	parseDigits,
	parseNumber,
	tradeValue
} from './fields';
import { createBaciQuickLine } from './baci-quick';
import { VALUE_TO_USD, type BaciRows } from './baci-rows';
import { isHsProductChapter, isNotHsProductWord, PRODUCT_NOT_HS } from './products';
import {
	NumericCountryCache,
	requireColumn,
	type DualReader,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';

/** BACI's quantity unit: metric tons. */
export const BACI_QUANTITY_UNIT = 't';

/**
 * CEPII BACI (`t,i,j,k,v,q`): a world matrix of exporter i → importer j. Rows with i = reporter
 * are its exports to j, rows with j = reporter its imports from i; everything else is
 * 'other-reporter'. With `allPairs` every pair is kept: the pair's keys belong to the country
 * with the smaller index, so i → j and j → i meet in one key. `k` is read as text and left-padded
 * (`10121` is `010121`); `9999AA` and chapters 77, 98, 99 are 'not-hs-product'; `q` of `NA`, blank or spaces is missing.
 * Partners that are areas "nes" (697 Europe EFTA nes) are 'aggregate-partner'; 490 "Other Asia,
 * nes" stays a partner.
 */
export function createBaciRows(
	header: string[],
	options: ReadOptions,
	{ file, accumulator, ledger, directory }: ReaderContext
): BaciRows {
	const names = columnIndex(header);
	// Releases before 2018 (`baci92_YYYY.csv`) name the product column `hs6`: `t,hs6,i,j,v,q`.
	const [t, i, j, k, v, q] = [['t'], ['i'], ['j'], ['k', 'hs6'], ['v'], ['q']].map((aliases) =>
		requireColumn(names, aliases, file)
	);
	const countries = new NumericCountryCache(accumulator, directory);
	const unit = accumulator.unitId(BACI_QUANTITY_UNIT);
	// Partner kind by code: 0 not looked up yet, 1 country, 2 world, 3 aggregate.
	const partnerKinds = new Int8Array(1000);
	const partnerKind = (code: number): number => {
		if (code < 1000 && partnerKinds[code] !== 0) return partnerKinds[code];
		const aggregate = isAggregatePartner(code);
		const kind = aggregate === 'world' ? 2 : aggregate === 'aggregate' ? 3 : 1;
		if (code < 1000) partnerKinds[code] = kind;
		return kind;
	};
	const dropPartner = (kind: number, line: number, value: number): number => {
		ledger.drop(kind === 2 ? 'world-partner' : 'aggregate-partner', line, value);
		return -1;
	};
	/** Counts a row whose exporter or importer is not a number; true when it was dropped. */
	const droppedCountry = (line: number, value: number, exporter: number, importer: number) => {
		if (exporter === exporter && importer === importer) return false;
		ledger.drop('invalid-country', line, value);
		return true;
	};
	const yearOk = (line: number, value: number, year: number): boolean => {
		if (year >= MIN_YEAR && year <= MAX_YEAR) return true;
		ledger.drop('invalid-year', line, value);
		return false;
	};
	/** The checks after year and countries: product, then value (the same order in both modes). */
	const productAndValueOk = (line: number, value: number, product: number): boolean => {
		if (product === PRODUCT_NOT_HS || (isHs6Code(product) && !isHsProductChapter(product))) {
			ledger.drop('not-hs-product', line, value);
		} else if (!isHs6Code(product)) ledger.drop('invalid-product', line, value);
		else if (value !== value) ledger.drop('invalid-value', line, value);
		else if (value <= 0) ledger.drop(value < 0 ? 'negative-value' : 'zero-value', line, value);
		else return true;
		return false;
	};
	// A route is (reporter × 4096 + partner) × 2 + 1 for an export, + 0 for an import.
	const add = (route: number, year: number, product: number, value: number, quantity: number) => {
		const isExport = (route & 1) === 1;
		const pair = route >>> 1;
		accumulator.add(year, pair >>> 12, pair & 0xfff, product, isExport, value, quantity, unit);
		ledger.use(value, pair >>> 12, pair & 0xfff);
	};
	const columns = { t, i, j, k, v, q };
	const hasShape = createShapeCheck(header);
	if (options.allPairs) {
		return {
			columns,
			hasShape,
			add,
			countries(line, value, exporter, importer) {
				if (droppedCountry(line, value, exporter, importer)) return -1;
				const exporterKind = partnerKind(exporter);
				if (exporterKind !== 1) return dropPartner(exporterKind, line, value);
				const importerKind = partnerKind(importer);
				if (importerKind !== 1) return dropPartner(importerKind, line, value);
				const from = countries.indexOf(exporter);
				const to = countries.indexOf(importer);
				if (from === to) {
					ledger.drop('self-trade', line, value);
					return -1;
				}
				return from < to ? ((from * 4096 + to) << 1) | 1 : (to * 4096 + from) << 1;
			},
			route: (route, line, value, year, product) =>
				yearOk(line, value, year) && productAndValueOk(line, value, product) ? route : -1
		};
	}
	const reporterCodes = reporterCodesOf(options.reporter, file);
	const [r0, r1 = -1] = reporterCodes;
	const otherCodes = reporterCodes.slice(2);
	const isReporter = (code: number): boolean =>
		code === r0 || code === r1 || (otherCodes.length > 0 && otherCodes.includes(code));
	const reporter = countries.indexOf(r0);
	return {
		columns,
		hasShape,
		add,
		// The partner's code × 2, + 1 for an export.
		countries(line, value, exporter, importer) {
			if (droppedCountry(line, value, exporter, importer)) return -1;
			const isExport = isReporter(exporter);
			if (isExport === isReporter(importer)) {
				ledger.drop(isExport ? 'self-trade' : 'other-reporter', line, value);
				return -1;
			}
			return isExport ? importer * 2 + 1 : exporter * 2;
		},
		route(partnerSide, line, value, year, product) {
			if (!yearOk(line, value, year)) return -1;
			const partnerCode = Math.floor(partnerSide / 2);
			const kind = partnerKind(partnerCode);
			if (kind !== 1) return dropPartner(kind, line, value);
			if (!productAndValueOk(line, value, product)) return -1;
			const partner = countries.indexOf(partnerCode);
			return ((reporter * 4096 + partner) << 1) | (partnerSide & 1);
		}
	};
}

/**
 * The BACI product code of a text: its digits as an integer; PRODUCT_NOT_HS for a code that is
 * no HS product (`9999AA`); NaN beyond 6 digits or for anything else.
 */
export function baciProduct(text: string): number {
	const digits = digitCount(text);
	if (digits < 0) return isNotHsProductWord(text.trim().toUpperCase()) ? PRODUCT_NOT_HS : NaN;
	return digits > 6 ? NaN : parseDigits(text);
}

/** The text reader: a row of fields through the shared BACI routing. */
export function createBaciReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	return baciTextRows(createBaciRows(header, options, context), context.ledger);
}

function baciTextRows(rows: BaciRows, ledger: ReaderContext['ledger']): RowHandler {
	const { t, i, j, k, v, q } = rows.columns;
	return (fields, line) => {
		if (!rows.hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		const value = tradeValue(parseNumber(fields[v]) * VALUE_TO_USD);
		const side = rows.countries(line, value, parseDigits(fields[i]), parseDigits(fields[j]));
		if (side < 0) return;
		const year = parseDigits(fields[t]);
		const product = baciProduct(fields[k]);
		const route = rows.route(side, line, value, year, product);
		// NaN for NA, blank, spaces
		if (route >= 0) rows.add(route, year, product, value, parseNumber(fields[q]));
	};
}

/**
 * The text reader and the byte reader over one routing. A byte line of the header's width is
 * read from its bytes (the getters give parseNumber/parseDigits exactly); any other width goes
 * to the text reader, whose shape check decides (trailing empty fields, malformed rows).
 */
export function createBaciDualReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): DualReader {
	const rows = createBaciRows(header, options, context);
	const text = baciTextRows(rows, context.ledger);
	const { t, i, j, k, v, q } = rows.columns;
	const width = header.length;
	return {
		text,
		quickLine: createBaciQuickLine(header, rows),
		bytes(fields) {
			const line = fields.line;
			if (fields.count !== width) return text(fields.texts(), line);
			const value = tradeValue(fields.number(v) * VALUE_TO_USD);
			const side = rows.countries(line, value, fields.digits(i), fields.digits(j));
			if (side < 0) return;
			const year = fields.digits(t);
			const digits = fields.digitCount(k);
			// Letters (9999AA) are rare: their text decides.
			const product =
				digits < 0 ? baciProduct(fields.text(k)) : digits > 6 ? NaN : fields.digits(k);
			const route = rows.route(side, line, value, year, product);
			if (route >= 0) rows.add(route, year, product, value, fields.number(q));
		}
	};
}

/** The BACI numeric codes of the chosen reporter (ISO3); 'reporter-required' / 'unknown-reporter'. */
function reporterCodesOf(reporter: string | null, file: string): number[] {
	if (!reporter || reporter.trim() === '') {
		throw new TradeFileError(
			'reporter-required',
			'A BACI file holds every country: choose the reporter to analyse.',
			file
		);
	}
	const codes = numericCodesOfCountry(reporter);
	if (codes.length === 0) {
		throw new TradeFileError(
			'unknown-reporter',
			`"${reporter}" is not a country of the BACI country table.`,
			file,
			undefined,
			undefined,
			{ reporter }
		);
	}
	return codes;
}

const BACI_COLUMNS = ['t', 'i', 'j', 'k', 'hs6', 'v', 'q'];

/** CEPII BACI: values in thousand USD (FOB, reconciled), quantities in metric tons. */
export const baciFormat: FormatDefinition = {
	id: 'baci',
	// Only the columns t,i,j,k,v,q, at least four of them (so a missing one is reported by name).
	matches(header) {
		const names = header.map(normalizeColumnName).filter((name) => name !== '');
		const baci = names.filter((name) => BACI_COLUMNS.includes(name));
		return baci.length >= 4 && baci.length === names.length;
	},
	createReader: createBaciReader,
	createDualReader: createBaciDualReader,
	facts: () => ({
		currency: 'USD',
		importValuation: 'FOB',
		valueUnitInFile: '1000 USD',
		quantityBasis: 'net-weight',
		quantityUnit: BACI_QUANTITY_UNIT
	})
};
