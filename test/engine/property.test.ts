/**
 * Property tests of the read path: random and mutated CSV thrown at every reader through
 * readTradeFiles. Whatever the bytes, a read either fails with a TradeFileError (never another
 * error, never a hang) or gives keys and a ledger that reconcile (METHODS 5) and cells whose
 * classes add up to their trade (METHODS 3). Every property has a fixed seed: a failure prints
 * its seed and the shrunk counterexample, and runs again the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile, type ReadResult } from '../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../src/lib/engine/classify/classify';
import { TradeFileError } from '../../src/lib/engine/model/errors';
import { detectFormat } from '../../src/lib/engine/read/formats/detect';
import {
	COMPANION_IDS,
	type ClassSplit,
	type FormatChoice,
	type QuantityBasis,
	type ReadOptions
} from '../../src/lib/engine/model/types';
import {
	bareName,
	encodeSampleFile,
	FORMAT_SAMPLES,
	sampleDelimiter,
	splitRawFields,
	type ColumnSpec,
	type FormatSample
} from '../helpers/format-samples';
import { makeGzip, makeZip } from '../helpers/archives';

/**
 * Runs per property: 9 samples × 2 properties stay well under 20 s together. To explore
 * further, `PROPERTY_RUNS=50 PROPERTY_SEED=7 npx vitest run test/engine/property.test.ts`
 * multiplies the runs and shifts every seed (the defaults are what CI runs).
 */
const RUN_SCALE = Number(process.env.PROPERTY_RUNS ?? 1);
const SEED_SHIFT = Number(process.env.PROPERTY_SEED ?? 0) * 100;
const MUTATION_RUNS = Math.round(150 * RUN_SCALE);
const ROW_RUNS = Math.round(80 * RUN_SCALE);
/** Per test, for vitest: enough for the runs at any scale. */
const PROPERTY_TIMEOUT = 20_000 * Math.max(1, RUN_SCALE);
/** Longer than any of these tiny reads can take, short of vitest's own timeout. */
const HANG_MS = 4000;
const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const RELATIVE = 1e-9;

// ---------------------------------------------------------------------------------------------
// The invariants

/** A read that neither resolved nor rejected in time. */
class Hang extends Error {}

/** Reads the files; the result, or the TradeFileError it failed with (anything else fails). */
async function readOrTradeError(
	files: InputFile[],
	options: ReadOptions
): Promise<ReadResult | TradeFileError> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const hang = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Hang(`no answer after ${HANG_MS} ms`)), HANG_MS);
	});
	try {
		return await Promise.race([readTradeFiles(files, options), hang]);
	} catch (error) {
		if (error instanceof TradeFileError) return error;
		if (error instanceof Hang) throw error;
		const kind = error instanceof Error ? error.constructor.name : typeof error;
		throw new Error(`rejected with ${kind}, not a TradeFileError: ${String(error)}`);
	} finally {
		clearTimeout(timer);
	}
}

/** |a − b| within RELATIVE of the larger, plus `slack` for sums of mixed signs. */
function expectClose(a: number, b: number, what: string, slack = 0): void {
	const tolerance = RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + slack;
	if (!(Math.abs(a - b) <= tolerance)) throw new Error(`${what}: ${a} ≠ ${b}`);
}

/**
 * The largest magnitude any number of the input could be read as (times 1000, the largest value
 * scale of the formats), for the rounding slack of sums whose terms have mixed signs: a dropped
 * −1e20 and +1e20 cancel in one order of summation and not in another.
 */
function inputMagnitude(texts: string[]): number {
	let max = 0;
	for (const text of texts) {
		for (const token of text.match(/\d[\d.,]*(?:[eE][-+]?\d+)?/g) ?? []) {
			// Without separators the digits read as at least the number, whatever its decimal mark.
			const bound = Number.parseFloat(token.replace(/[.,]/g, ''));
			if (Number.isFinite(bound)) max = Math.max(max, bound);
		}
	}
	return max * 1000;
}

/** A file as read: its name, its text, and the bytes the text was encoded to. */
interface InputText {
	name: string;
	text: string;
	bytes: Uint8Array;
}

/** The ledger states each file's encoding as its bytes are: UTF-8 when they decode as UTF-8. */
function checkEncodings(result: ReadResult, files: InputText[]): void {
	for (const file of files) {
		// A zip entry is listed as "archive.zip › name"; a file set aside is not listed at all.
		const listed = result.ledger.files.find(
			(f) => f.name === file.name || f.name.endsWith(` › ${file.name}`)
		);
		if (!listed) continue;
		const stated = listed.encoding;
		let utf8 = true;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
		} catch {
			utf8 = false;
		}
		const expected = utf8 ? 'utf-8' : 'windows-1252';
		if (stated !== expected) throw new Error(`${file.name}: encoding ${stated}, bytes ${expected}`);
	}
}

/** Every invariant of a successful read (METHODS 1, 3, 5). */
function checkRead(result: ReadResult, files: InputText[]): void {
	const { keys, ledger } = result;
	const texts = files.map((f) => f.text);
	for (let k = 0; k < keys.count; k++) {
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (!Number.isFinite(x) || !Number.isFinite(m) || x < 0 || m < 0) {
			throw new Error(`key ${k}: X = ${x}, M = ${m} (must be finite and ≥ 0)`);
		}
		if (!(keys.product[k] >= 10000 && keys.product[k] <= 999999)) {
			throw new Error(`key ${k}: product ${keys.product[k]} is not an HS6 code with a chapter`);
		}
	}

	const drops = Object.values(ledger.drops);
	const droppedRows = drops.reduce((sum, d) => sum + d.rows, 0);
	if (ledger.rowsRead !== ledger.rowsUsed + droppedRows) {
		throw new Error(
			`rowsRead ${ledger.rowsRead} ≠ used ${ledger.rowsUsed} + dropped ${droppedRows}`
		);
	}
	const slack = 8 * Number.EPSILON * (ledger.rowsRead + 1) * inputMagnitude(texts);
	const droppedValue = drops.reduce((sum, d) => sum + d.value, 0);
	expectClose(
		ledger.valueRead,
		ledger.valueUsed + droppedValue,
		'valueRead vs used + dropped',
		slack
	);
	let trade = 0;
	for (let k = 0; k < keys.count; k++) trade += keys.exports[k] + keys.imports[k];
	expectClose(ledger.valueUsed, trade, 'valueUsed vs Σ(X + M)');
	// Companions' rows are code-table rows, counted apart from the trade rows (LedgerFile).
	const dataRows = ledger.files
		.filter((f) => !(COMPANION_IDS as readonly string[]).includes(f.format))
		.reduce((sum, f) => sum + f.rows, 0);
	if (dataRows !== ledger.rowsRead) {
		throw new Error(`rows of the data files ${dataRows} ≠ rowsRead ${ledger.rowsRead}`);
	}

	const cells = classifyKeys(keys, SETTINGS);
	let cellTrade = 0;
	for (const cell of cells) {
		const where = `cell ${cell.year} ${cell.reporter} ${cell.partner} ${cell.sector}`;
		if (!Number.isFinite(cell.trade)) throw new Error(`${where}: trade ${cell.trade}`);
		for (const [method, split] of [
			['GHM', cell.ghm],
			['FF', cell.ff]
		] as [string, ClassSplit][]) {
			const classes = Object.values(split);
			if (classes.some((v) => Number.isNaN(v))) throw new Error(`${where}: NaN in ${method}`);
			const sum = classes.reduce((s, v) => s + v, 0);
			expectClose(sum, cell.trade, `${where}: ${method} classes vs trade`);
		}
		cellTrade += cell.trade;
	}
	// Every key has a sector, so every dollar of the keys is in some cell.
	expectClose(cellTrade, trade, 'Σ cell trade vs Σ(X + M)');
	checkEncodings(result, files);
}

/** Reads and checks; returns what happened, for tests that want to look further. */
async function readAndCheck(
	files: InputText[],
	options: ReadOptions,
	container: Container = 'plain'
): Promise<ReadResult | TradeFileError> {
	const inputs = await packed(files, container);
	try {
		const outcome = await readOrTradeError(inputs, options);
		if (!(outcome instanceof TradeFileError)) checkRead(outcome, files);
		return outcome;
	} catch (error) {
		// The counterexample fast-check prints is a list of mutations: show the text they made.
		const texts = files.map((f) => `${f.name}: ${JSON.stringify(f.text)}`).join('\n');
		throw new Error(`${(error as Error).message}\nwith files\n${texts}`, { cause: error });
	}
}

/** How the files are handed over: as they are, each gzipped, or together in one zip. */
type Container = 'plain' | 'gzip' | 'zip';

async function packed(files: InputText[], container: Container): Promise<InputFile[]> {
	if (container === 'zip') {
		const zip = await makeZip(files.map((f) => ({ path: f.name, content: f.bytes })));
		return [{ name: 'drop.zip', blob: zip }];
	}
	// A .gz keeps the file's name: Comex Stat and Trade Map read meaning from names.
	const stored = (bytes: Uint8Array) => (container === 'gzip' ? makeGzip(bytes) : bytes);
	return files.map((f) => ({ name: f.name, blob: new Blob([stored(f.bytes) as BlobPart]) }));
}

// ---------------------------------------------------------------------------------------------
// Minimal inputs the properties once failed on, kept as regression tests below

interface KnownCase {
	name: string;
	files: InputText[];
	options: ReadOptions;
}

const knownCase = (
	name: string,
	file: string,
	text: string,
	options: Partial<ReadOptions>
): KnownCase => ({
	name,
	files: [{ name: file, text, bytes: new TextEncoder().encode(text) }],
	options: {
		format: 'auto',
		reporter: 'BRA',
		quantityBasis: 'auto',
		includeReExports: false,
		...options
	}
});

/**
 * Values that fit in a double but overflow to Infinity once scaled (thousand USD → USD) or
 * summed: Infinity reaches X or M, or the ledger's sums, and every total after it.
 */
const OVERFLOW_CASES: KnownCase[] = [
	knownCase(
		'BACI v = 1e306 thousand USD: 1e309 USD is Infinity in the key',
		'baci.csv',
		't,i,j,k,v,q\n2020,842,76,640399,1e306,1\n',
		{}
	),
	knownCase(
		'a mapped file with valueScale 1000 and a value of 1e306: Infinity in the key',
		'pairs.csv',
		'year,reporter,partner,hs6,exports,imports\n2019,BRA,USA,010121,1,1e306\n',
		{ mapping: FORMAT_SAMPLES.find((s) => s.files[0].name === 'pairs.csv')?.mapping ?? null }
	),
	knownCase(
		'two rows of one key, 1e308 USD each: X + X is Infinity in the key',
		'baci.csv',
		't,i,j,k,v,q\n2020,842,76,640399,1e305,1\n2020,842,76,640399,1e305,1\n',
		{}
	),
	knownCase(
		'two keys of 1e308 USD each: the keys are finite, valueRead and valueUsed are Infinity',
		'baci.csv',
		't,i,j,k,v,q\n2020,842,76,640399,1e305,1\n2020,842,76,847130,1e305,1\n',
		{}
	)
];

/**
 * A mapped file whose header ends in unnamed columns (a trailing delimiter, as far as the shape
 * check can tell) while the mapping reads from them: a row that stops before them passes the
 * shape check, and the reader reads a field past its end (a TypeError, not a TradeFileError).
 */
const UNNAMED_COLUMN_CASES: KnownCase[] = (['custom', 'auto'] as const).map((format) => {
	const text = 'year,reporter,partner,hs6,,\n2020,BRA,USA,010121,100\n';
	const mapping = FORMAT_SAMPLES.find((s) => s.files[0].name === 'pairs.csv')?.mapping;
	return knownCase(
		`format ${format}, mapping to the unnamed columns 4 and 5, a row of 5 fields`,
		'pairs.csv',
		text,
		{
			format,
			reporter: null,
			mapping: mapping && { ...mapping, signature: 'year|reporter|partner|hs6||' }
		}
	);
});

/** Reads a known case and checks it as the properties would. */
async function checkKnownCase({ files, options }: KnownCase): Promise<void> {
	await readAndCheck(files, options);
}

// ---------------------------------------------------------------------------------------------
// Read options

function optionsArbitrary(sample: FormatSample): fc.Arbitrary<ReadOptions> {
	const format: fc.Arbitrary<FormatChoice> = fc.oneof(
		{ weight: 3, arbitrary: fc.constant<FormatChoice>('auto') },
		{ weight: 1, arbitrary: fc.constant<FormatChoice>(sample.format) }
	);
	const reporter = fc.oneof(
		{ weight: 4, arbitrary: fc.constant(sample.reporter) },
		{ weight: 1, arbitrary: fc.constantFrom(null, 'BRA', 'USA', 'DEU', 'FRA', 'xyz', ' bra ') }
	);
	return fc.record({
		format,
		reporter,
		quantityBasis: fc.constantFrom<QuantityBasis>('auto', 'reported', 'net-weight'),
		includeReExports: fc.boolean(),
		mapping: fc.constant(sample.mapping ?? null)
	});
}

// ---------------------------------------------------------------------------------------------
// (a) Mutations of a valid sample

/** Field texts that break parsers: numbers out of range or in other notations, codes, blanks. */
const NASTY_FIELDS = [
	'',
	' ',
	'NA',
	'NaN',
	'nan',
	'null',
	'Infinity',
	'-Infinity',
	'+Infinity',
	'1e309',
	'-1e309',
	'5e-324',
	'-1',
	'-0',
	'0',
	'0.0',
	'-100000',
	'9'.repeat(20),
	'9'.repeat(400),
	'1,5',
	'1.234,5',
	'1.234.567,89',
	'0x1F',
	'1_000',
	' 12 ',
	'12abc',
	'１２',
	'٣',
	'2020',
	'1899',
	'2156',
	'202013',
	'202252',
	'202203',
	'000000',
	'999999',
	'9999AA',
	'TOTAL',
	"'010121",
	'W00',
	'WLD',
	'World',
	'X',
	'M',
	'RX',
	'1',
	'2',
	'3',
	'4',
	'BRA',
	'76',
	'"',
	'""',
	'"a""b"',
	'é',
	'\uFEFF'
];

/** Values near the largest double: scaled or summed, they would overflow to Infinity. */
const HUGE_FIELDS = ['1e308', '1.7976931348623157e308', '-1e308', '1e305', '2e305'];
const FIELDS = [...NASTY_FIELDS, ...HUGE_FIELDS];

/** Text inserted anywhere: quotes, delimiters, line breaks, a BOM, non-ASCII. */
const INSERTS = [
	'"',
	"'",
	',',
	';',
	'\t',
	'\r',
	'\n',
	'\r\n',
	'\n\n',
	'\uFEFF',
	'é',
	'ç',
	'Ã©',
	'中',
	'😀',
	'\u0000',
	'\uFFFD',
	'\u00a0',
	' '
];

type Mutation =
	| { op: 'delete-field' | 'duplicate-field' | 'empty-field'; line: number; field: number }
	| { op: 'swap-fields'; line: number; field: number; other: number }
	| { op: 'replace-field'; line: number; field: number; text: string }
	| { op: 'delete-line' | 'duplicate-line'; line: number }
	| { op: 'swap-lines'; line: number; other: number }
	| { op: 'truncate-line'; line: number; at: number }
	| { op: 'insert'; at: number; text: string }
	| { op: 'delete-char'; at: number }
	| { op: 'truncate-file'; at: number }
	| { op: 'bom' | 'crlf' | 'cr' | 'no-final-newline' };

const index = fc.nat({ max: 1000 });
/** Data lines mostly: the header is line 0 and is hit about one time in ten. */
const lineIndex = fc.oneof(
	{ weight: 9, arbitrary: fc.integer({ min: 1, max: 1000 }) },
	fc.constant(0)
);
const randomText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.string({ unit: 'grapheme', maxLength: 8 })
);

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({
		op: fc.constantFrom(
			'delete-field' as const,
			'duplicate-field' as const,
			'empty-field' as const
		),
		line: lineIndex,
		field: index
	}),
	fc.record({
		op: fc.constant('swap-fields' as const),
		line: lineIndex,
		field: index,
		other: index
	}),
	{
		weight: 4,
		arbitrary: fc.record({
			op: fc.constant('replace-field' as const),
			line: lineIndex,
			field: index,
			text: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FIELDS) }, randomText)
		})
	},
	fc.record({
		op: fc.constantFrom('delete-line' as const, 'duplicate-line' as const),
		line: lineIndex
	}),
	fc.record({ op: fc.constant('swap-lines' as const), line: lineIndex, other: lineIndex }),
	fc.record({ op: fc.constant('truncate-line' as const), line: lineIndex, at: index }),
	{
		weight: 3,
		arbitrary: fc.record({
			op: fc.constant('insert' as const),
			at: fc.nat(),
			text: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...INSERTS) }, randomText)
		})
	},
	fc.record({ op: fc.constant('delete-char' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('truncate-file' as const), at: fc.nat() }),
	fc.record({
		op: fc.constantFrom('bom' as const, 'crlf' as const, 'cr' as const, 'no-final-newline' as const)
	})
);

/** Applies mutations in order; line and field indexes wrap around what the text has. */
function mutate(text: string, delimiter: string, mutations: Mutation[]): string {
	for (const m of mutations) {
		const lines = text.split('\n');
		const at = (n: number) => n % (text.length + 1);
		const line = 'line' in m ? m.line % lines.length : 0;
		const fields = splitRawFields(lines[line], delimiter);
		const field = 'field' in m ? m.field % fields.length : 0;
		const setFields = (next: string[]) => {
			lines[line] = next.join(delimiter);
			text = lines.join('\n');
		};
		switch (m.op) {
			case 'delete-field':
				setFields(fields.filter((_, i) => i !== field));
				break;
			case 'duplicate-field':
				setFields([...fields.slice(0, field + 1), ...fields.slice(field)]);
				break;
			case 'empty-field':
			case 'replace-field':
				fields[field] = m.op === 'replace-field' ? m.text : '';
				setFields(fields);
				break;
			case 'swap-fields': {
				const other = m.other % fields.length;
				[fields[field], fields[other]] = [fields[other], fields[field]];
				setFields(fields);
				break;
			}
			case 'delete-line':
				lines.splice(line, 1);
				text = lines.join('\n');
				break;
			case 'duplicate-line':
				lines.splice(line, 0, lines[line]);
				text = lines.join('\n');
				break;
			case 'swap-lines': {
				const other = m.other % lines.length;
				[lines[line], lines[other]] = [lines[other], lines[line]];
				text = lines.join('\n');
				break;
			}
			case 'truncate-line':
				lines[line] = lines[line].slice(0, m.at % (lines[line].length + 1));
				text = lines.join('\n');
				break;
			case 'insert':
				text = text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
				break;
			case 'delete-char':
				text = text.slice(0, at(m.at)) + text.slice(at(m.at) + 1);
				break;
			case 'truncate-file':
				text = text.slice(0, at(m.at));
				break;
			case 'bom':
				text = '\uFEFF' + text;
				break;
			case 'crlf':
				text = text.replace(/\n/g, '\r\n');
				break;
			case 'cr':
				text = text.replace(/\n/g, '\r');
				break;
			case 'no-final-newline':
				text = text.replace(/\n+$/, '');
				break;
		}
	}
	return text;
}

/** Plain files mostly; now and then the same bytes through gzip or a zip. */
const containerArbitrary: fc.Arbitrary<Container> = fc.oneof(
	{ weight: 8, arbitrary: fc.constant<Container>('plain') },
	{ weight: 1, arbitrary: fc.constant<Container>('gzip') },
	{ weight: 1, arbitrary: fc.constant<Container>('zip') }
);

/** One file of the sample (data or companion) mutated, the others as they are. */
function mutatedFiles(sample: FormatSample, which: number, mutations: Mutation[]) {
	const target = which % sample.files.length;
	return sample.files.map((file, i) => {
		const text =
			i === target ? mutate(file.text, sampleDelimiter(file.text), mutations) : file.text;
		return { name: file.name, text, bytes: encodeSampleFile(file, text) };
	});
}

// ---------------------------------------------------------------------------------------------
// (b) Rows generated from each column's spec

const YEAR_JUNK = ['', '0', '99', '1899', '2156', '20200', '2020.0', ' 2020', 'year'];

/** A field of a column: mostly plausible values, with junk of the column's kind mixed in. */
function fieldArbitrary(spec: ColumnSpec | undefined): fc.Arbitrary<string> | null {
	if (!spec) return null;
	const plausible = fc.constantFrom(...spec.values);
	const nasty = fc.constantFrom(...FIELDS);
	switch (spec.kind) {
		case 'number':
			return fc.oneof(
				{ weight: 6, arbitrary: plausible },
				{ weight: 3, arbitrary: fc.nat({ max: 10_000_000 }).map(String) },
				{ weight: 2, arbitrary: fc.double({ min: 0, max: 1e15, noNaN: true }).map(String) },
				{ weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: -1 }).map(String) },
				{ weight: 1, arbitrary: nasty }
			);
		case 'year':
			return fc.oneof(
				{ weight: 8, arbitrary: plausible },
				{ weight: 1, arbitrary: fc.integer({ min: 1800, max: 2300 }).map(String) },
				{ weight: 1, arbitrary: fc.constantFrom(...YEAR_JUNK) }
			);
		case 'code':
			return fc.oneof(
				{ weight: 8, arbitrary: plausible },
				{ weight: 1, arbitrary: fc.nat({ max: 99_999_999 }).map(String) },
				{ weight: 1, arbitrary: nasty },
				{ weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) }
			);
		case 'text':
			return fc.oneof(
				{ weight: 6, arbitrary: plausible },
				{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
				{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }
			);
	}
}

/** A field as the file writes it: quoted when the format quotes it or CSV requires it. */
function written(value: string, delimiter: string, quote: boolean): string {
	const needs = quote || /["\r\n]/.test(value) || value.includes(delimiter);
	return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A data file of the sample with generated rows: each row starts from one of the sample's rows
 * and takes a generated value in every column that has a spec.
 */
function generatedFileArbitrary(sample: FormatSample, fileIndex: number) {
	const file = sample.files[fileIndex];
	const delimiter = sampleDelimiter(file.text);
	const [headerLine, ...rest] = file.text.split('\n');
	const templates = rest.filter((l) => l !== '').map((l) => splitRawFields(l, delimiter));
	const header = splitRawFields(headerLine, delimiter).map(bareName);
	const specs = header.map((name) => sample.columns[name]);
	const columns = specs.map((spec) => fieldArbitrary(spec) ?? fc.constant(null));
	const row = fc
		.tuple(fc.nat({ max: templates.length - 1 }), fc.tuple(...columns))
		.map(([t, values]) =>
			templates[t]
				.map((raw, c) => {
					const value = values[c];
					return value === null || value === undefined
						? raw
						: written(value, delimiter, specs[c]?.quote ?? false);
				})
				.join(delimiter)
		);
	return fc
		.record({ rows: fc.array(row, { minLength: 1, maxLength: 25 }), finalNewline: fc.boolean() })
		.map(({ rows, finalNewline }) => {
			const text = [headerLine, ...rows].join('\n') + (finalNewline ? '\n' : '');
			return sample.files.map((f, i) => {
				const t = i === fileIndex ? text : f.text;
				return { name: f.name, text: t, bytes: encodeSampleFile(f, t) };
			});
		});
}

// ---------------------------------------------------------------------------------------------
// The tests

function label(sample: FormatSample): string {
	return sample.mapping ? `${sample.format} (${sample.files[0].name})` : sample.format;
}

/**
 * Whether the format's reader recognises its own sample (custom CSVs are always read). When it
 * does not, the properties below would pass without reading a row: a detection regression fails
 * the first test of the format instead.
 */
function readerRecognises(sample: FormatSample): boolean {
	if (sample.format === 'custom') return true;
	return sample.files
		.filter((f) => !f.companion)
		.every((f) => {
			const header = splitRawFields(f.text.split('\n')[0], sampleDelimiter(f.text));
			return detectFormat(header, f.name) === sample.format;
		});
}

const sampleFiles = (sample: FormatSample) =>
	sample.files.map((f) => ({ name: f.name, text: f.text, bytes: encodeSampleFile(f) }));

describe.each(FORMAT_SAMPLES.map((sample, i) => ({ sample, i, name: label(sample) })))(
	'reading $name',
	({ sample, i }) => {
		const dataFiles = sample.files.flatMap((f, n) => (f.companion ? [] : [n]));

		it('is recognised by its reader from its header', () => {
			expect(readerRecognises(sample)).toBe(true);
		});

		it('reads the sample as it is, and uses some of its rows', async () => {
			const options: ReadOptions = {
				format: 'auto',
				reporter: sample.reporter,
				quantityBasis: 'auto',
				includeReExports: false,
				mapping: sample.mapping ?? null
			};
			const outcome = await readAndCheck(sampleFiles(sample), options);
			if (outcome instanceof TradeFileError) throw new Error(outcome.toLine());
			expect(outcome.info.format).toBe(sample.format);
			expect(outcome.ledger.rowsUsed).toBeGreaterThan(0);
		});

		it(
			'mutated samples: a TradeFileError, or a read that reconciles',
			async () => {
				await fc.assert(
					fc.asyncProperty(
						fc.nat(),
						fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
						optionsArbitrary(sample),
						containerArbitrary,
						async (which, mutations, options, container) => {
							await readAndCheck(mutatedFiles(sample, which, mutations), options, container);
						}
					),
					{ seed: 1_000 + SEED_SHIFT + i, numRuns: MUTATION_RUNS }
				);
			},
			PROPERTY_TIMEOUT
		);

		it(
			'generated rows: a TradeFileError, or a read that reconciles',
			async () => {
				const files = fc.oneof(...dataFiles.map((n) => generatedFileArbitrary(sample, n)));
				await fc.assert(
					fc.asyncProperty(files, optionsArbitrary(sample), async (generated, options) => {
						await readAndCheck(generated, options);
					}),
					{ seed: 2_000 + SEED_SHIFT + i, numRuns: ROW_RUNS }
				);
			},
			PROPERTY_TIMEOUT
		);
	}
);

/** Bugs the properties found, by their minimal inputs: kept as regression tests. */
describe('found by the properties', () => {
	it.each(OVERFLOW_CASES)('overflow: $name', checkKnownCase);
	it.each(UNNAMED_COLUMN_CASES)('unnamed columns: $name', checkKnownCase);
});
