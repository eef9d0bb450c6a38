import { createWriteStream, type Stats } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { once } from 'node:events';
import {
	cellsCsvLines,
	classifyKeys,
	type DatasetInfo,
	editionsFound,
	harmonizeEditions,
	type TradeKeys,
	COLUMN_ROLES,
	type ColumnMapping,
	type FilePreview,
	guessMapping,
	headerSignature,
	type InputFile,
	type Ledger,
	MIN_SLICE_BYTES,
	plainLineEnd,
	previewFiles,
	type ReadOptions,
	type ReadResult,
	readTradeFiles,
	reporterId,
	type ScreenTally,
	screenTally,
	TradeFileError,
	UTF8_BOM,
	uvScreenText
} from '../lib/engine';
import { FileBlob } from './file-blob';
import { createThreadSlicePool } from './slice-threads';
import { CLASSIFY_USAGE, type ClassifyCommand, parseClassifyArgs, UsageError } from './args';
import { formatMoney, ledgerReport } from './ledger-report';

/** Sample rows `--map-guess` looks at (decimal commas are guessed from them). */
const GUESS_SAMPLE_ROWS = 50;

/**
 * `classify`: files → cells CSV (to --out or stdout), ledger to stderr (and to --ledger as JSON).
 * With --map-guess, prints the guessed column mapping of the file instead.
 */
export async function runClassify(
	argv: string[],
	stderr: NodeJS.WritableStream,
	stdout: NodeJS.WritableStream = process.stdout
): Promise<void> {
	const command = parseClassifyArgs(argv);
	if (command.help) {
		stdout.write(CLASSIFY_USAGE + '\n');
		return;
	}
	const input = await openInputs(command.files);
	if (command.mapGuess) {
		await printMapGuess(input.files, stderr, stdout);
		return;
	}
	const { keys, ledger, info, reporter } = await readCommandInput(command, input);
	const keysClassified = inOneEdition(keys, info, command.hsEditions, stderr);
	const cells = classifyKeys(keysClassified, command.settings);
	if (command.settings.fobWhereReported) stderr.write(fobValuationLine(ledger, info) + '\n');
	const screened = screenTally(keysClassified, command.settings);
	if (screened) stderr.write(screenLine(screened, info) + '\n');

	const out = command.out ? createWriteStream(command.out) : stdout;
	const lineEnd = plainLineEnd(command.csv);
	if (command.csv === 'excel') out.write(UTF8_BOM);
	for (const line of cellsCsvLines(cells, reporter, command.csv)) {
		if (!out.write(line + lineEnd)) await once(out, 'drain');
	}
	if (command.out) {
		out.end();
		await once(out, 'finish');
	}
	if (command.ledger) {
		// The Ledger as the engine gives it (what the UI shows), with the dataset facts beside it.
		const screen = screened ? { screen: screened } : {};
		const json = JSON.stringify({ ...ledger, dataset: info, ...screen }, null, 2);
		await writeFile(command.ledger, json + '\n');
	}
	stderr.write(ledgerReport(ledger, info) + '\n');
}

/** The command's files opened, each with the path it was opened from (for reader threads). */
interface OpenedInputs {
	files: InputFile[];
	paths: Map<Blob, string>;
}

export async function openInputs(filePaths: string[]): Promise<OpenedInputs> {
	const files: InputFile[] = [];
	const paths = new Map<Blob, string>();
	for (const path of filePaths) {
		const blob = await openFile(path);
		paths.set(blob, path);
		files.push({ name: basename(path), blob });
	}
	return { files, paths };
}

/** `--map-guess`: the guessed column mapping of the file, as JSON on stdout. */
async function printMapGuess(
	files: InputFile[],
	stderr: NodeJS.WritableStream,
	stdout: NodeJS.WritableStream
): Promise<void> {
	const { preview, known } = await previewToMap(files);
	if (known) stderr.write(`${preview.name} is ${known}: it is read without a mapping\n`);
	const mapping = preview.guess ?? guessMapping(preview.header, preview.rows, preview.delimiter);
	// The header rides along so the user can see which index is which column while editing.
	const shown = { header: preview.header, ...mapping };
	stdout.write(JSON.stringify(shown, null, 2) + '\n');
}

/**
 * Reads the command's files (through its mapping, if any) in threads, and names the reporter the
 * output is for: the one asked for, else the files' only one. Shared by classify and robustness.
 */
export async function readCommandInput(
	command: Pick<ClassifyCommand, 'read' | 'map' | 'threads'>,
	{ files, paths }: OpenedInputs
): Promise<ReadResult & { reporter: string }> {
	let read: ReadOptions = command.read;
	if (command.map) {
		const mapping = await loadMapping(command.map);
		if (mapping.reporter < 0 && !read.reporter) {
			throw new UsageError(
				`the mapping (${basename(command.map)}) has no reporter column: name the reporter with --reporter`
			);
		}
		read = { ...read, mapping: await fitMapping(mapping, files, read) };
	}
	const result = await readInThreads(files, read, command.threads, (blob) => paths.get(blob));
	// An alias of a customs union ('EUR', '97') names its id ('EUN') in the cells.
	const reporter = read.reporter
		? reporterId(read.reporter)
		: soleReporter(result.info.reporters, files[0].name);
	return { ...result, reporter };
}

/**
 * The keys in one HS edition when their years are in several and `choice` is convert (METHODS
 * 8), with a line on stderr saying what was done either way.
 */
function inOneEdition(
	keys: TradeKeys,
	info: DatasetInfo,
	choice: 'convert' | 'off',
	stderr: NodeJS.WritableStream
): TradeKeys {
	const yearEditions = info.yearEditions ?? [];
	const editions = editionsFound(yearEditions);
	if (editions.length < 2) return keys;
	const spans = editions.map((edition) => {
		const years = yearEditions.filter((y) => y.edition === edition).map((y) => y.year);
		return `${edition} (${years[0]}${years.length > 1 ? `–${years[years.length - 1]}` : ''})`;
	});
	if (choice === 'off') {
		stderr.write(`HS editions ${spans.join(', ')}: codes kept as read (--hs-editions off)\n`);
		return keys;
	}
	const { keys: converted, harmony } = harmonizeEditions(keys, yearEditions);
	if (harmony) {
		const { keysChanged, unlisted } = harmony.counts;
		stderr.write(
			`HS editions ${spans.join(', ')}: every code converted to ${harmony.target} (UNSD tables): ` +
				`${keysChanged} keys changed code, ${unlisted} not listed in a table (kept)\n`
		);
	}
	return converted;
}

/**
 * What --fob-where-reported did (METHODS 7.2): how much import value was valued FOB and how much
 * stayed CIF, or a warning when no import row reported an FOB value (the cells are those without it).
 */
function fobValuationLine(ledger: Ledger, info: DatasetInfo): string {
	const valuation = ledger.importValuation;
	if (!valuation || valuation.fobReported.rows === 0) {
		return 'warning: --fob-where-reported is on, but no import row reports an FOB value: the cells are those without it';
	}
	const money = (value: number) => `${formatMoney(value)} ${info.currency}`;
	const { fobReported, cifOnly } = valuation;
	return (
		`FOB where reported (--fob-where-reported): ${fobReported.rows} import rows valued FOB, ` +
		`${money(fobReported.value)} (${money(fobReported.asRead)} as read, CIF); ` +
		`${cifOnly.rows} import rows valued CIF, ${money(cifOnly.value)}`
	);
}

/** What --uv-screen took out of classification (METHODS 7.1: screened keys and their value). */
function screenLine(tally: ScreenTally, info: DatasetInfo): string {
	const money = (value: number) => `${formatMoney(value)} ${info.currency}`;
	return (
		`unit-value screen (--uv-screen ${uvScreenText(tally.screen)}): ${tally.keys} keys left ` +
		`without R, trade ${money(tally.trade)}; unclassified as outliers: GHM ` +
		`${money(tally.ghmOutlier)}, FF ${money(tally.ffOutlier)}`
	);
}

/** Reads the files, large plain ones by one thread per core (stopped once the read is over). */
async function readInThreads(
	files: InputFile[],
	read: ReadOptions,
	threads: number | null,
	pathOf: (blob: Blob) => string | undefined
): Promise<ReadResult> {
	const slices = createThreadSlicePool(pathOf, threads ?? undefined) ?? undefined;
	// Threads take a moment to start: start them now when a file is large enough for slices.
	if (files.some((file) => file.blob.size >= 2 * MIN_SLICE_BYTES)) slices?.warm();
	try {
		return await readTradeFiles(files, read, { slices });
	} finally {
		slices?.close();
	}
}

async function openFile(path: string): Promise<Blob> {
	let info: Stats | undefined;
	try {
		info = await stat(path);
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(`${path}: ${missing ? 'no such file' : 'cannot be opened'}`);
	}
	if (!info?.isFile()) throw new Error(`${path}: not a file`);
	return new FileBlob(path, 0, info.size);
}

/** A file with several reporters needs --reporter: the cells table is one reporter's. */
function soleReporter(reporters: string[], file: string): string {
	if (reporters.length === 1) return reporters[0];
	throw new TradeFileError(
		'reporter-required',
		`the file has ${reporters.length} reporters (${reporters.slice(0, 10).join(', ')}); choose one with --reporter`,
		file
	);
}

/** Previews of every source (archive entries and .gz content included) that hold text. */
async function previews(files: InputFile[]): Promise<FilePreview[]> {
	return (await previewFiles(files, GUESS_SAMPLE_ROWS)).filter((p) => p.header.length > 0);
}

/** A source no format or companion table recognises: the kind a mapping is for. */
const isUnknown = (preview: FilePreview): boolean =>
	preview.format === null && preview.companion === null;

/**
 * The source `--map-guess` describes: the first one of no known format (a zip may hold a readme
 * or a code table beside it), else the first trade table, which is then named as what it is.
 */
async function previewToMap(
	files: InputFile[]
): Promise<{ preview: FilePreview; known: string | null }> {
	const all = await previews(files);
	const unknown = all.find(isUnknown);
	if (unknown) return { preview: unknown, known: null };
	const preview = all.find((p) => p.format !== null) ?? all[0];
	if (!preview) throw new TradeFileError('empty-file', 'The file has no text.', files[0].name);
	return { preview, known: preview.format ?? preview.companion };
}

/**
 * A hand-written mapping may leave `signature` out: it is then made for the first file of no
 * known format. A signature of another header is refused here, by name, rather than letting
 * detection call the file unknown.
 */
async function fitMapping(
	mapping: ColumnMapping,
	files: InputFile[],
	read: ReadOptions
): Promise<ColumnMapping> {
	if (read.format !== 'auto' && read.format !== 'custom') return mapping;
	const unknown = (await previews(files)).filter(isUnknown);
	if (unknown.length === 0) return mapping;
	if (mapping.signature === '') {
		return { ...mapping, signature: headerSignature(unknown[0].header) };
	}
	// With --format custom every file is read through the mapping, whatever its header.
	if (read.format === 'custom') return mapping;
	const misfit = unknown.find((p) => headerSignature(p.header) !== mapping.signature);
	if (misfit) {
		throw new TradeFileError(
			'bad-mapping',
			`the mapping (--map) was made for the header "${mapping.signature}", not for this file's ` +
				`"${headerSignature(misfit.header)}" (remove "signature" to use it anyway)`,
			misfit.name,
			1
		);
	}
	return mapping;
}

/** Keys a mapping file may hold besides the roles (`header` is what --map-guess prints). */
const OTHER_KEYS = [
	'signature',
	'valueScale',
	'currency',
	'importValuation',
	'decimalComma',
	'header'
];

/**
 * Reads a ColumnMapping JSON. Roles left out are -1 (none) and the rest take the defaults of
 * a plain USD file, so a hand-written mapping needs only its columns; unknown keys are refused
 * because a misspelt role would otherwise be silently ignored.
 */
export async function loadMapping(path: string): Promise<ColumnMapping> {
	const file = basename(path);
	const fail = (message: string): never => {
		throw new TradeFileError('bad-mapping', message, file);
	};
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		return fail(missing ? 'no such mapping file' : 'the mapping file cannot be opened');
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return fail(`the mapping is not JSON (${(error as Error).message})`);
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return fail('the mapping must be a JSON object');
	}
	const object = json as Record<string, unknown>;
	const unknownKeys = Object.keys(object).filter(
		(key) => !(COLUMN_ROLES as readonly string[]).includes(key) && !OTHER_KEYS.includes(key)
	);
	if (unknownKeys.length > 0) {
		fail(`unknown key(s) ${unknownKeys.join(', ')}; a mapping has ${COLUMN_ROLES.join(', ')}`);
	}
	const column = (key: (typeof COLUMN_ROLES)[number]): number => {
		const value = object[key] ?? -1;
		if (typeof value !== 'number' || !Number.isInteger(value) || value < -1) {
			return fail(`"${key}" must be a column index (0-based) or -1, got ${JSON.stringify(value)}`);
		}
		return value;
	};
	const valueScale = object.valueScale ?? 1;
	if (typeof valueScale !== 'number' || !(valueScale > 0) || !Number.isFinite(valueScale)) {
		fail(`"valueScale" must be a positive number, got ${JSON.stringify(valueScale)}`);
	}
	const currency = object.currency ?? 'USD';
	if (currency !== 'USD' && currency !== 'EUR') {
		fail(`"currency" must be "USD" or "EUR", got ${JSON.stringify(currency)}`);
	}
	const importValuation = object.importValuation ?? 'FOB';
	if (importValuation !== 'CIF' && importValuation !== 'FOB') {
		fail(`"importValuation" must be "CIF" or "FOB", got ${JSON.stringify(importValuation)}`);
	}
	const decimalComma = object.decimalComma ?? false;
	if (typeof decimalComma !== 'boolean') fail('"decimalComma" must be true or false');
	const signature = object.signature ?? '';
	if (typeof signature !== 'string') fail('"signature" must be a string');
	return {
		signature: signature as string,
		year: column('year'),
		reporter: column('reporter'),
		partner: column('partner'),
		product: column('product'),
		flow: column('flow'),
		value: column('value'),
		exportValue: column('exportValue'),
		importValue: column('importValue'),
		quantity: column('quantity'),
		exportQuantity: column('exportQuantity'),
		importQuantity: column('importQuantity'),
		unit: column('unit'),
		valueScale: valueScale as number,
		currency: currency as ColumnMapping['currency'],
		importValuation: importValuation as ColumnMapping['importValuation'],
		decimalComma: decimalComma as boolean
	};
}
