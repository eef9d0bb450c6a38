/**
 * The dataset facts and the ledger of a results payload, and back (validated). The ledger
 * travels without the line numbers of dropped rows: they point into files the receiver has not got.
 */
import {
	COMPANION_IDS,
	DATASET_NOTES,
	type DatasetInfo,
	DROP_REASONS,
	type DropReason,
	type DropTally,
	FORMAT_IDS,
	type Ledger,
	SKIP_REASONS
} from '../model/types';
import { MAX_PARTNERS, MAX_YEARS } from './bounds';
import { amount, array, count, invalid, object, oneOf, text, yearList } from './check';
import { countryIdCheck, countryIds, unknownCountryId } from './ids';

const MAX_FILES = 1_000;
/** Countries named in the facts: the reporter and its partners. */
const MAX_COUNTRIES = MAX_PARTNERS + 1;
const NAME = 300;

/**
 * A short link's facts and ledger as lists of values in these orders (their names are a good part
 * of a short link); read back into the same objects, then validated like a full link's.
 */
const INFO_FIELDS = [
	'format',
	'importValuation',
	'currency',
	'valueUnitInFile',
	'quantityBasis',
	'quantityUnit',
	'missingCompanions',
	'notes',
	'countryNames',
	'reporters',
	'partners',
	'years',
	'keys'
] as const;
const LEDGER_FIELDS = [
	'files',
	'skipped',
	'rowsRead',
	'rowsUsed',
	'drops',
	'valueRead',
	'valueUsed',
	'unknownCountries'
] as const;

/** An object's fields as a list in `fields`' order. */
function listOf(value: object, fields: readonly string[]): unknown[] {
	return fields.map((field) => (value as Record<string, unknown>)[field]);
}

/** A list of values back into an object with `fields` (fixed names: never a prototype's). */
function objectOf(
	value: unknown,
	fields: readonly string[],
	path: string
): Record<string, unknown> {
	const values = array(value, path, fields.length);
	if (values.length !== fields.length) invalid(path, `${fields.length} values`);
	return Object.fromEntries(fields.map((field, i) => [field, values[i]]));
}

/** The facts of a short link as a list. */
export function infoToList(info: DatasetInfo): unknown[] {
	return listOf(info, INFO_FIELDS);
}

/** The ledger of a short link as a list (drop tallies without line numbers). */
export function ledgerToList(ledger: Ledger): unknown[] {
	return listOf(ledgerToWire(ledger) as object, LEDGER_FIELDS);
}

/** The facts of a short link's list, validated. */
export function infoFromList(value: unknown, countryId = countryIdCheck([])): DatasetInfo {
	return infoFromWire(objectOf(value, INFO_FIELDS, 'info'), countryId);
}

/** The ledger of a short link's list, validated. */
export function ledgerFromList(value: unknown): Ledger {
	return ledgerFromWire(objectOf(value, LEDGER_FIELDS, 'ledger'));
}

/** The dataset facts as they travel (they are plain data already). */
export function infoToWire(info: DatasetInfo): unknown {
	return { ...info };
}

/** The ledger as it travels: drop tallies without line numbers. */
export function ledgerToWire(ledger: Ledger): unknown {
	const drops: Record<string, { rows: number; value: number }> = {};
	for (const [reason, tally] of Object.entries(ledger.drops) as [DropReason, DropTally][]) {
		drops[reason] = { rows: tally.rows, value: tally.value };
	}
	return { ...ledger, drops };
}

/**
 * Dataset facts from a payload; throws ShareError naming the first bad field. `countryId` checks
 * every country id (by default: codes only, no listed unknown names).
 */
export function infoFromWire(value: unknown, countryId = countryIdCheck([])): DatasetInfo {
	const info = object(value, 'info');
	const names = object(info.countryNames, 'info.countryNames');
	const entries = Object.entries(names);
	array(entries, 'info.countryNames', MAX_COUNTRIES);
	// Ids are checked before they become keys (none can be '__proto__').
	const countryNames: Record<string, string> = {};
	for (const [id, name] of entries) {
		const path = `info.countryNames[${JSON.stringify(id.slice(0, 40))}]`;
		countryNames[countryId(id, 'info.countryNames')] = text(name, path, NAME);
	}
	return {
		format: oneOf(info.format, 'info.format', FORMAT_IDS),
		importValuation: oneOf(info.importValuation, 'info.importValuation', ['CIF', 'FOB'] as const),
		currency: oneOf(info.currency, 'info.currency', ['USD', 'EUR'] as const),
		valueUnitInFile: text(info.valueUnitInFile, 'info.valueUnitInFile', 40),
		quantityBasis: oneOf(info.quantityBasis, 'info.quantityBasis', [
			'reported',
			'net-weight'
		] as const),
		quantityUnit: text(info.quantityUnit, 'info.quantityUnit', 40),
		missingCompanions: array(info.missingCompanions, 'info.missingCompanions', 5).map((id, i) =>
			oneOf(id, `info.missingCompanions[${i}]`, COMPANION_IDS)
		),
		notes: array(info.notes, 'info.notes', 5).map((note, i) =>
			oneOf(note, `info.notes[${i}]`, DATASET_NOTES)
		),
		...(info.hsEditions === undefined
			? {}
			: {
					// Comtrade's HS classification codes: H0 … H6, HS.
					hsEditions: array(info.hsEditions, 'info.hsEditions', 20).map((code, i) =>
						text(code, `info.hsEditions[${i}]`, 2, /^H[0-9S]$/)
					)
				}),
		countryNames,
		reporters: countryIds(info.reporters, 'info.reporters', countryId, MAX_COUNTRIES),
		partners: countryIds(info.partners, 'info.partners', countryId, MAX_COUNTRIES),
		years: yearList(info.years, 'info.years', MAX_YEARS),
		keys: count(info.keys, 'info.keys')
	};
}

/** The ledger from a payload; throws ShareError('invalid') naming the first bad field. */
export function ledgerFromWire(value: unknown): Ledger {
	const ledger = object(value, 'ledger');
	const files = array(ledger.files, 'ledger.files', MAX_FILES).map((item, i) => {
		const path = `ledger.files[${i}]`;
		const file = object(item, path);
		const role =
			file.role === undefined
				? {}
				: { role: oneOf(file.role, `${path}.role`, ['exports', 'imports'] as const) };
		return {
			name: text(file.name, `${path}.name`, NAME),
			format: oneOf(file.format, `${path}.format`, [...FORMAT_IDS, ...COMPANION_IDS]),
			bytes: count(file.bytes, `${path}.bytes`),
			container: oneOf(file.container, `${path}.container`, ['plain', 'gzip', 'zip'] as const),
			encoding: oneOf(file.encoding, `${path}.encoding`, [
				'utf-8',
				'windows-1252',
				'utf-16le',
				'utf-16be'
			] as const),
			rows: count(file.rows, `${path}.rows`),
			...role
		};
	});
	const skipped = array(ledger.skipped, 'ledger.skipped', MAX_FILES).map((item, i) => {
		const entry = object(item, `ledger.skipped[${i}]`);
		return {
			name: text(entry.name, `ledger.skipped[${i}].name`, NAME),
			reason: oneOf(entry.reason, `ledger.skipped[${i}].reason`, SKIP_REASONS)
		};
	});
	const drops: Ledger['drops'] = {};
	for (const [reason, item] of Object.entries(object(ledger.drops, 'ledger.drops'))) {
		const path = `ledger.drops.${oneOf(reason, 'ledger.drops', DROP_REASONS)}`;
		const tally = object(item, path);
		drops[reason as DropReason] = {
			rows: count(tally.rows, `${path}.rows`),
			value: amount(tally.value, `${path}.value`),
			firstLines: []
		};
	}
	return {
		files,
		skipped,
		rowsRead: count(ledger.rowsRead, 'ledger.rowsRead'),
		rowsUsed: count(ledger.rowsUsed, 'ledger.rowsUsed'),
		drops,
		valueRead: amount(ledger.valueRead, 'ledger.valueRead'),
		valueUsed: amount(ledger.valueUsed, 'ledger.valueUsed'),
		// Absent from links made before the ledger named unknown codes.
		unknownCountries: array(
			ledger.unknownCountries ?? [],
			'ledger.unknownCountries',
			MAX_COUNTRIES
		).map((item, i) => {
			const path = `ledger.unknownCountries[${i}]`;
			const country = object(item, path);
			return {
				code: text(country.code, `${path}.code`, NAME),
				id: unknownCountryId(country.id, `${path}.id`),
				rows: count(country.rows, `${path}.rows`),
				value: amount(country.value, `${path}.value`)
			};
		})
	};
}
