import { MAX_YEAR, MIN_YEAR } from '../accumulate';
import { isAggregatePartner, numericCodesOfCountry } from '../codes/countries';
import { TradeFileError } from '../errors';
import type { ReadOptions } from '../types';
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
import {
	NumericCountryCache,
	requireColumn,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';

/** BACI writes values in thousand USD. */
const VALUE_TO_USD = 1000;
/** BACI's quantity unit: metric tons. */
export const BACI_QUANTITY_UNIT = 't';

/**
 * CEPII BACI (`t,i,j,k,v,q`): a world matrix of exporter i → importer j. Rows with i = reporter
 * are its exports to j, rows with j = reporter its imports from i; everything else is
 * 'other-reporter'. `k` is read as text and left-padded (`10121` is `010121`); `9999AA` is
 * 'invalid-product'; `q` of `NA`, blank or spaces is missing. Partners that are areas "nes"
 * (697 Europe EFTA nes) are 'aggregate-partner'; 490 "Other Asia, nes" stays a partner.
 */
export function createBaciReader(
	header: string[],
	options: ReadOptions,
	{ file, accumulator, ledger, directory }: ReaderContext
): RowHandler {
	const columns = columnIndex(header);
	const [t, i, j, k, v, q] = ['t', 'i', 'j', 'k', 'v', 'q'].map((name) =>
		requireColumn(columns, [name], file)
	);
	const reporterCodes = reporterCodesOf(options.reporter, file);
	const [r0, r1 = -1] = reporterCodes;
	const otherCodes = reporterCodes.slice(2);
	const isReporter = (code: number): boolean =>
		code === r0 || code === r1 || (otherCodes.length > 0 && otherCodes.includes(code));

	const countries = new NumericCountryCache(accumulator, directory);
	const reporter = countries.indexOf(r0);
	const unit = accumulator.unitId(BACI_QUANTITY_UNIT);
	const hasShape = createShapeCheck(header);
	// Partner kind by code: 0 not looked up yet, 1 country, 2 world, 3 aggregate.
	const partnerKinds = new Int8Array(1000);
	const partnerKind = (code: number): number => {
		if (code < 1000 && partnerKinds[code] !== 0) return partnerKinds[code];
		const aggregate = isAggregatePartner(code);
		const kind = aggregate === 'world' ? 2 : aggregate === 'aggregate' ? 3 : 1;
		if (code < 1000) partnerKinds[code] = kind;
		return kind;
	};

	return (fields, line) => {
		if (!hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		const value = tradeValue(parseNumber(fields[v]) * VALUE_TO_USD);
		const exporter = parseDigits(fields[i]);
		const importer = parseDigits(fields[j]);
		if (exporter !== exporter || importer !== importer) {
			return ledger.drop('invalid-country', line, value);
		}
		const isExport = isReporter(exporter);
		const isImport = isReporter(importer);
		if (isExport === isImport) {
			return ledger.drop(isExport ? 'self-trade' : 'other-reporter', line, value);
		}
		const year = parseDigits(fields[t]);
		if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return ledger.drop('invalid-year', line, value);
		const partnerCode = isExport ? importer : exporter;
		const kind = partnerKind(partnerCode);
		if (kind !== 1) {
			return ledger.drop(kind === 2 ? 'world-partner' : 'aggregate-partner', line, value);
		}
		const productText = fields[k];
		const product = digitCount(productText) > 6 ? NaN : parseDigits(productText);
		if (!isHs6Code(product)) return ledger.drop('invalid-product', line, value);
		if (value !== value) return ledger.drop('invalid-value', line, value);
		if (value <= 0) return ledger.drop(value < 0 ? 'negative-value' : 'zero-value', line, value);
		const partner = countries.indexOf(partnerCode);
		const quantity = parseNumber(fields[q]); // NaN for NA, blank, spaces
		accumulator.add(year, reporter, partner, product, isExport, value, quantity, unit);
		ledger.use(value);
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

const BACI_COLUMNS = ['t', 'i', 'j', 'k', 'v', 'q'];

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
	facts: () => ({
		currency: 'USD',
		importValuation: 'FOB',
		valueUnitInFile: '1000 USD',
		quantityBasis: 'net-weight',
		quantityUnit: BACI_QUANTITY_UNIT
	})
};
