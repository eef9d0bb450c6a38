import { parseArgs } from 'node:util';
import {
	type ClassifySettings,
	CSV_DIALECTS,
	type CsvDialect,
	FORMAT_IDS,
	type FormatChoice,
	PRODUCT_LEVELS,
	type QuantityBasis,
	type ReadOptions,
	type UvScreen
} from '../lib/engine';

/** What `classify` was asked to do, after validation. */
export interface ClassifyCommand {
	files: string[];
	out: string | null;
	/** The dialect of the cells CSV: standard (`,`, decimal point) or excel (`;`, decimal comma, BOM, CRLF). */
	csv: CsvDialect;
	/** Where to write the ledger as JSON, or null. */
	ledger: string | null;
	/** A ColumnMapping JSON file for CSVs of no known format, or null. */
	map: string | null;
	/** Print the guessed column mapping of the file as JSON instead of classifying. */
	mapGuess: boolean;
	help: boolean;
	read: ReadOptions;
	settings: ClassifySettings;
	/** Threads that read a large plain file in slices; null = one per core. */
	threads: number | null;
	/** Convert every key to the oldest HS edition present when editions are mixed (METHODS 8), or leave codes as read. */
	hsEditions: HsEditionsChoice;
}

export const HS_EDITIONS_CHOICES = ['convert', 'off'] as const;
export type HsEditionsChoice = (typeof HS_EDITIONS_CHOICES)[number];

/** A mistake in the command line: printed as one line with the usage hint. */
export class UsageError extends Error {}

/** Every value of `--format`: detection, or one format forced (the list is the engine's). */
export const FORMAT_CHOICES: readonly FormatChoice[] = ['auto', ...FORMAT_IDS];
const BASES: readonly QuantityBasis[] = ['auto', 'reported', 'net-weight'];

export const CLASSIFY_USAGE = [
	'usage: npm run cli -- classify [options] FILE...',
	'  FILE...                 trade files of one format, read as one analysis: CSV/TXT, .gz, .zip,',
	'                          with their companions (e.g. EXP_2022.csv IMP_2022.csv PAIS.csv)',
	"  --reporter ISO3         the reporter (required for BACI; else the file's only reporter)",
	`  --format F              ${FORMAT_CHOICES.join('|')} (default auto)`,
	'  --quantity Q            auto|reported|net-weight: quantity basis of unit values (default auto)',
	'  --alpha 0.15            dispersion factor α in (0, 1)',
	'  --theta 0.10            FF overlap threshold θ in [0, 1)',
	'  --cif-fob 1             CIF/FOB factor dividing import values before unit values compare',
	'  --fob-where-reported    value an import row at its FOB value where the file reports one',
	'                          (Comtrade; METHODS 7.2): trade, overlap and unit values; --cif-fob',
	'                          then applies only to the rows with none',
	'  --include-re-exports    count re-exports and re-imports as exports and imports',
	'  --uv-screen RULE        unit-value screen (METHODS 7.1): quantile:P (e.g. quantile:0.05) or',
	'                          mean:K (e.g. mean:5); screened trade goes to *_unclassified_outlier',
	'  --level hs4             classify at HS4 headings instead of HS6 (METHODS 7.4)',
	'  --hs-editions off       keep codes as read when the years are in several HS editions (default',
	'                          convert: every code to the oldest edition, UNSD tables; METHODS 8)',
	'  --map MAPPING.json      column mapping for a CSV of no known format',
	'  --map-guess             print the guessed column mapping of FILE as JSON (edit it, pass --map)',
	'  --ledger LEDGER.json    write the ledger (rows read, used, dropped; files; skipped entries)',
	'  --out cells.csv         write the cells there instead of stdout',
	'  --csv excel             write the cells as Excel in pt-BR/es opens them (; and decimal comma)',
	'  --threads N             threads that read a large plain file (BACI) in slices (default: one per core)'
].join('\n');

/** Parses the arguments that follow `classify`. */
export function parseClassifyArgs(argv: string[]): ClassifyCommand {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				reporter: { type: 'string' },
				alpha: { type: 'string', default: '0.15' },
				theta: { type: 'string', default: '0.10' },
				format: { type: 'string', default: 'auto' },
				quantity: { type: 'string', default: 'auto' },
				'include-re-exports': { type: 'boolean', default: false },
				'cif-fob': { type: 'string', default: '1' },
				'fob-where-reported': { type: 'boolean', default: false },
				'uv-screen': { type: 'string' },
				level: { type: 'string', default: 'hs6' },
				'hs-editions': { type: 'string', default: 'convert' },
				out: { type: 'string' },
				csv: { type: 'string', default: 'standard' },
				threads: { type: 'string' },
				ledger: { type: 'string' },
				map: { type: 'string' },
				'map-guess': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	const help = values.help;
	if (positionals.length === 0 && !help) throw new UsageError('no input file given');
	const mapGuess = values['map-guess'];
	if (mapGuess && positionals.length !== 1) {
		throw new UsageError('--map-guess takes exactly one file');
	}
	if (mapGuess && values.map !== undefined) {
		throw new UsageError('--map-guess and --map exclude each other');
	}
	const format = oneOf(values.format, FORMAT_CHOICES, '--format');
	const quantityBasis = oneOf(values.quantity, BASES, '--quantity');
	const reporter = values.reporter?.trim().toUpperCase() || null;
	return {
		files: positionals,
		out: nonEmpty(values.out, '--out'),
		csv: oneOf(values.csv, CSV_DIALECTS, '--csv'),
		ledger: nonEmpty(values.ledger, '--ledger'),
		map: nonEmpty(values.map, '--map'),
		mapGuess,
		help,
		read: { format, reporter, quantityBasis, includeReExports: values['include-re-exports'] },
		settings: {
			alpha: numberIn(values.alpha, '--alpha', 0, 1, false),
			theta: numberIn(values.theta, '--theta', 0, 1, true),
			cifFobFactor: numberIn(values['cif-fob'], '--cif-fob', 0, Infinity, false),
			uvScreen: values['uv-screen'] === undefined ? null : uvScreen(values['uv-screen']),
			level: oneOf(values.level, PRODUCT_LEVELS, '--level'),
			fobWhereReported: values['fob-where-reported']
		},
		threads: values.threads === undefined ? null : threadCount(values.threads),
		hsEditions: oneOf(values['hs-editions'], HS_EDITIONS_CHOICES, '--hs-editions')
	};
}

/** `quantile:P` with P in (0, 0.5), or `mean:K` with K > 1 (METHODS 7.1). */
export function uvScreen(text: string): UvScreen {
	const [rule, parameter, ...rest] = text.split(':');
	const value = Number(parameter);
	if (rest.length === 0 && parameter !== undefined && parameter.trim() !== '') {
		if (rule === 'quantile' && value > 0 && value < 0.5) return { rule, p: value };
		if (rule === 'mean' && value > 1 && Number.isFinite(value)) return { rule, k: value };
	}
	throw new UsageError(
		`--uv-screen must be quantile:P with P in (0, 0.5) or mean:K with K > 1 (got "${text}")`
	);
}

/** A thread count: a whole number from 1 to 64. */
function threadCount(text: string): number {
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1 || value > 64) {
		throw new UsageError(`--threads must be a whole number from 1 to 64 (got "${text}")`);
	}
	return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** A path option: absent is null, but `--out ''` is a mistake rather than "stdout". */
function nonEmpty(value: string | undefined, flag: string): string | null {
	if (value === undefined) return null;
	if (value.trim() === '') throw new UsageError(`${flag} needs a file name`);
	return value;
}

/** A number in (min, max), or [min, max) when `minInclusive`. */
function numberIn(text: string, flag: string, min: number, max: number, minInclusive: boolean) {
	const value = Number(text);
	const aboveMin = minInclusive ? value >= min : value > min;
	if (text.trim() === '' || !Number.isFinite(value) || !aboveMin || value >= max) {
		const range = `${minInclusive ? '[' : '('}${min}, ${max === Infinity ? '∞' : max})`;
		throw new UsageError(`${flag} must be a number in ${range} (got "${text}")`);
	}
	return value;
}
