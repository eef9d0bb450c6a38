import { MAX_YEAR, MIN_YEAR } from '../accumulate';
import { isAggregatePartner, isKnownNumericCode } from '../../codes/countries';
import { customsUnionOfReporter, reporterId } from '../../codes/customs-unions';
import { createClassificationCheck, servicesFileError } from './comtrade-classification';
import type { ReadOptions } from '../../model/types';
import {
	columnIndex,
	createShapeCheck,
	digitCount,
	isHs6Code,
	normalizeColumnName,
	parseDigits,
	parseNumber,
	tradeValue,
	parseSignedInteger
} from './fields';
import { isHsProductChapter, isNotHsProductWord } from './products';
import { notePeriod } from './table-reader';
import { noteImportValuation, reportedFobValue } from './reported-fob';
import {
	NET_WEIGHT_UNIT,
	NumericCountryCache,
	optionalColumn,
	quantityFacts,
	requireColumn,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';

const NO_COUNTRY = -1;

/**
 * UN Comtrade+ (`TradeData_*.csv`, 2023 on). Keeps X/M rows (RX/RM only with includeReExports),
 * HS6 leaf rows only, totals only (customsCode C00, motCode 0, partner2Code 0), real partners
 * only (World and aggregates dropped). Value is primaryValue in USD (imports CIF); an import's
 * `fobvalue`, where filled, is recorded for "FOB where reported" (reported-fob.ts). Quantity is
 * `qty` in `qtyUnitCode` (code -1 or abbr N/A = missing, never zero) or `netWgt` in kg.
 * As downloaded: every value quoted and one empty field more than the header on each line (the
 * CSV parser and the shape check take both), Latin-1 text (the decoder's windows-1252 fallback),
 * freqCode A or refMonth 52 for annual rows, H4/H5/H6 mixed (DatasetInfo.hsEditions); a services
 * file (typeCode S, EBOPS) is refused. The EU reporting as one (area 97) is the reporter 'EUN'.
 */
export function createComtradePlusReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { file, accumulator, ledger, otherReporters, directory } = context;
	const columns = columnIndex(header);
	const col = (...names: string[]): number => requireColumn(columns, names, file);
	const year = col('refYear', 'period');
	const freq = optionalColumn(columns, 'freqCode'); // A annual, M monthly
	const refMonth = optionalColumn(columns, 'refMonth'); // 52 annual, 1–12 monthly (without freqCode)
	const typeCode = optionalColumn(columns, 'typeCode'); // C goods, S services
	const classification = optionalColumn(columns, 'classificationCode');
	const classes = createClassificationCheck(context, 'classificationCode');
	let lastPeriod = -1; // year × 100 + month last noted (rows come in runs of one period)
	const reporterIso = optionalColumn(columns, 'reporterISO');
	const reporterCode =
		reporterIso < 0 ? col('reporterCode') : optionalColumn(columns, 'reporterCode');
	const flow = col('flowCode');
	const partnerCode = col('partnerCode');
	const partnerIso = optionalColumn(columns, 'partnerISO');
	const partner2 = optionalColumn(columns, 'partner2Code');
	const cmd = col('cmdCode');
	const aggrLevel = optionalColumn(columns, 'aggrLevel');
	const customs = optionalColumn(columns, 'customsCode');
	const mot = optionalColumn(columns, 'motCode');
	const value = col('primaryValue');
	const fobValue = optionalColumn(columns, 'fobvalue');
	if (fobValue >= 0) ledger.noteFobColumn();
	const byWeight = options.quantityBasis === 'net-weight'; // 'auto' is the reported unit
	const qty = byWeight ? col('netWgt') : col('qty');
	const qtyUnit = byWeight ? -1 : col('qtyUnitCode');
	const qtyUnitAbbr = byWeight ? -1 : optionalColumn(columns, 'qtyUnitAbbr');
	const weightUnit = byWeight ? accumulator.unitId(NET_WEIGHT_UNIT) : -1;

	const countries = new NumericCountryCache(accumulator, directory);
	const resolved = new Map<string, number>(); // reporter ISO field → country index
	const wanted = options.reporter ? reporterId(options.reporter) : null;
	let wantedIndex = NO_COUNTRY;
	const partnerIndex = new Int32Array(1000).fill(NO_COUNTRY); // partner code → country index
	const unitIds = new Map<string, number>(); // qtyUnitCode text → unit id (-1 = no quantity)
	const hasShape = createShapeCheck(header);

	const unionOfIso = new Map<string, string | null>(); // reporter ISO field → customs union id
	const reporterOf = (fields: string[]): number => {
		const iso = reporterIso >= 0 ? fields[reporterIso] : '';
		let index = resolved.get(iso);
		if (index !== undefined) return index;
		const code = reporterCode >= 0 ? parseDigits(fields[reporterCode]) : NaN;
		// The EU (area 97; EUR, EUN or EU) reports as one: a reporter like any country.
		let union = customsUnionOfReporter(code);
		if (union === null) {
			union = unionOfIso.get(iso) ?? null;
			if (!unionOfIso.has(iso) && unionOfIso.size < 1000) {
				union = customsUnionOfReporter(NaN, iso);
				unionOfIso.set(iso, union);
			}
		}
		if (union !== null) return accumulator.countryId(union);
		index = looksLikeIso3(iso) ? accumulator.countryId(iso.trim().toUpperCase()) : NO_COUNTRY;
		// Not an ISO3 (empty, 'S19', …): the numeric code through the country table.
		if (index === NO_COUNTRY) return code === code ? countries.indexOf(code) : NO_COUNTRY;
		resolved.set(iso, index);
		return index;
	};
	// A code the built-in table knows gives the same id as BACI would; an unknown one takes the
	// file's ISO3 when it has one, else its number. Cached by code.
	const partnerOf = (code: number, fields: string[]): number => {
		if (code >= 1000 || partnerIso < 0) return countries.indexOf(code);
		const cached = partnerIndex[code];
		if (cached >= 0) return cached;
		const iso = fields[partnerIso];
		return (partnerIndex[code] =
			!isKnownNumericCode(code) && looksLikeIso3(iso)
				? accumulator.countryId(iso.trim().toUpperCase())
				: countries.indexOf(code));
	};
	const unitOf = (fields: string[]): number => {
		const code = fields[qtyUnit];
		let id = unitIds.get(code);
		if (id === undefined) {
			const abbr = qtyUnitAbbr >= 0 ? fields[qtyUnitAbbr].trim() : '';
			const missing = parseSignedInteger(code) === -1 || abbr.toUpperCase() === 'N/A';
			id = missing || code.trim() === '' ? -1 : accumulator.unitId(abbr || code.trim());
			unitIds.set(code, id);
		}
		return id;
	};

	return (fields, line) => {
		if (!hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		if (typeCode >= 0 && fields[typeCode] === 'S') {
			throw servicesFileError(file, line, 'typeCode', 'S');
		}
		if (classification >= 0) classes.check(fields[classification], line);
		const usd = tradeValue(parseNumber(fields[value]));
		// Another reporter's rows first: whatever else is wrong with them is not this analysis' concern.
		const reporter = reporterOf(fields);
		if (reporter === NO_COUNTRY) return ledger.drop('invalid-country', line, usd);
		if (wanted !== null && reporter !== wantedIndex) {
			if (wantedIndex !== NO_COUNTRY || accumulator.countryOf(reporter) !== wanted) {
				otherReporters.add(reporter);
				return ledger.drop('other-reporter', line, usd);
			}
			wantedIndex = reporter;
			if (context.chosenReporter) context.chosenReporter.seen = true;
		}
		const flowCode = fields[flow].trim();
		let isExport: boolean;
		if (flowCode === 'X' || flowCode === 'M') isExport = flowCode === 'X';
		else if (flowCode === 'RX' || flowCode === 'RM') {
			if (!options.includeReExports) return ledger.drop('re-export', line, usd);
			isExport = flowCode === 'RX';
		} else return ledger.drop('unknown-flow', line, usd);

		const yearText = fields[year];
		const refYear = parseDigits(yearText.length > 4 ? yearText.slice(0, 4) : yearText);
		if (!(refYear >= MIN_YEAR && refYear <= MAX_YEAR))
			return ledger.drop('invalid-year', line, usd);
		// Noted per (year, month), so two copies of one monthly file are told apart from months.
		const month = monthOf(fields, freq, refMonth, yearText);
		const period = refYear * 100 + month;
		if (period !== lastPeriod && month >= 0) {
			notePeriod(context, refYear, month === 0 ? 'annual' : 'monthly', line, month);
			lastPeriod = period;
		}

		const partnerNumber = parseDigits(fields[partnerCode]);
		const aggregate = isAggregatePartner(
			partnerNumber,
			partnerIso >= 0 ? fields[partnerIso] : undefined
		);
		if (aggregate !== null) {
			return ledger.drop(aggregate === 'world' ? 'world-partner' : 'aggregate-partner', line, usd);
		}
		if (partnerNumber !== partnerNumber) return ledger.drop('invalid-country', line, usd);
		const partner = partnerOf(partnerNumber, fields);
		if (partner === reporter) return ledger.drop('self-trade', line, usd);

		const cmdText = fields[cmd];
		const digits = digitCount(cmdText);
		if (digits < 0) {
			const notHs = isNotHsProductWord(cmdText.trim().toUpperCase());
			return ledger.drop(notHs ? 'not-hs-product' : 'invalid-product', line, usd);
		}
		// A lost leading zero leaves an odd length: 5 digits is an HS6 code, 1 and 3 are HS2/HS4.
		const level = aggrLevel >= 0 ? parseDigits(fields[aggrLevel]) : NaN;
		if (digits < 5 || (level === level && level !== 6)) return ledger.drop('not-hs6', line, usd);
		let product = parseDigits(cmdText);
		if (digits > 6) product = Math.floor(product / 10 ** (digits + (digits & 1) - 6)); // national codes → HS6
		if (!isHs6Code(product)) return ledger.drop('invalid-product', line, usd);
		if (!isHsProductChapter(product)) return ledger.drop('not-hs-product', line, usd);

		if (
			isBreakdown(fields, customs, 'C00') ||
			isBreakdown(fields, mot, '0') ||
			isBreakdown(fields, partner2, '0')
		) {
			return ledger.drop('breakdown-row', line, usd);
		}
		if (usd !== usd) return ledger.drop('invalid-value', line, usd);
		if (usd <= 0) return ledger.drop(usd < 0 ? 'negative-value' : 'zero-value', line, usd);

		const unit = byWeight ? weightUnit : unitOf(fields);
		const quantity = unit < 0 ? NaN : parseNumber(fields[qty]);
		const index = accumulator.add(
			refYear,
			reporter,
			partner,
			product,
			isExport,
			usd,
			quantity,
			unit
		);
		ledger.use(usd, reporter, partner);
		if (!isExport) {
			const fob = fobValue >= 0 ? reportedFobValue(tradeValue(parseNumber(fields[fobValue]))) : NaN;
			noteImportValuation(context, index, usd, fob);
		}
		if (classification >= 0) classes.noteUsed(fields[classification], refYear);
	};
}

/**
 * A row's month: 0 for an annual row (freqCode A, refMonth 52), 1–12 for a monthly one (refMonth,
 * else a YYYYMM period), 13 for a monthly row whose month is not written, -1 if nothing says.
 */
function monthOf(fields: string[], freq: number, refMonth: number, period: string): number {
	const code = freq >= 0 ? fields[freq].trim().toUpperCase() : '';
	if (code === 'A') return 0;
	let month = refMonth >= 0 ? parseDigits(fields[refMonth]) : NaN;
	if (!(month >= 1 && month <= 12) && period.trim().length === 6) {
		month = parseDigits(period.trim().slice(4));
	}
	if (month >= 1 && month <= 12) return month;
	if (code === 'M') return 13;
	return month === 52 ? 0 : -1;
}

/** A breakdown row: the column exists, is filled, and is not the total's code. */
function isBreakdown(fields: string[], column: number, total: string): boolean {
	if (column < 0) return false;
	const code = fields[column].trim();
	return code !== '' && code !== total;
}

/** Three letters, not a pseudo-code like 'X1 ', '_X', 'S19' or 'W00'. */
function looksLikeIso3(text: string): boolean {
	const t = text.trim();
	if (t.length !== 3 || t.charCodeAt(0) === 88 /* X */) return false;
	for (let i = 0; i < 3; i++) {
		const c = t.charCodeAt(i) | 0x20; // lower case
		if (c < 97 || c > 122) return false;
	}
	return true;
}

const LEAD_COLUMNS = ['typecode', 'freqcode', 'refperiodid'];
const CORE_COLUMNS = ['flowcode', 'partnercode', 'cmdcode', 'primaryvalue'];

/** UN Comtrade+: primaryValue in USD, imports CIF; quantity in the reported unit by default. */
export const comtradePlusFormat: FormatDefinition = {
	id: 'comtrade-plus',
	// Its leading columns typeCode,freqCode,refPeriodId, or three of its four core columns.
	matches(header) {
		const set = new Set(header.map(normalizeColumnName));
		const lead = LEAD_COLUMNS.filter((name) => set.has(name)).length;
		const core = CORE_COLUMNS.filter((name) => set.has(name)).length;
		return lead >= 2 || core >= 3;
	},
	createReader: createComtradePlusReader,
	facts: (options) => reportedOrWeight(options, 'CIF', 'USD')
};

/** Facts of a USD file whose quantity is the reported unit unless net weight is chosen. */
export function reportedOrWeight(
	options: ReadOptions,
	importValuation: 'CIF' | 'FOB',
	valueUnitInFile: string
): ReturnType<FormatDefinition['facts']> {
	const basis = options.quantityBasis === 'net-weight' ? 'net-weight' : 'reported';
	return { currency: 'USD', importValuation, valueUnitInFile, ...quantityFacts(basis) };
}
