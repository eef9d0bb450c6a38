import { parseArgs } from 'node:util';
import type {
	ClassifySettings,
	FormatChoice,
	QuantityBasis,
	ReadOptions
} from '../lib/engine/types';

/** What `classify` was asked to do, after validation. */
export interface ClassifyCommand {
	files: string[];
	out: string | null;
	read: ReadOptions;
	settings: ClassifySettings;
}

/** A mistake in the command line: printed as one line with the usage hint. */
export class UsageError extends Error {}

export const CLASSIFY_USAGE =
	'usage: npm run cli -- classify --reporter ISO3 [--alpha 0.15] [--theta 0.10] ' +
	'[--format auto|baci|comtrade-plus] [--quantity reported|net-weight] [--include-re-exports] ' +
	'[--cif-fob 1] FILE... [--out cells.csv]';

const FORMATS: readonly FormatChoice[] = ['auto', 'baci', 'comtrade-plus'];
const BASES: readonly QuantityBasis[] = ['reported', 'net-weight'];

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
				quantity: { type: 'string', default: 'reported' },
				'include-re-exports': { type: 'boolean', default: false },
				'cif-fob': { type: 'string', default: '1' },
				out: { type: 'string' }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new UsageError('no input file given');
	const format = oneOf(values.format, FORMATS, '--format');
	const quantityBasis = oneOf(values.quantity, BASES, '--quantity');
	const reporter = values.reporter?.trim().toUpperCase() || null;
	return {
		files: positionals,
		out: values.out ?? null,
		read: { format, reporter, quantityBasis, includeReExports: values['include-re-exports'] },
		settings: {
			alpha: numberIn(values.alpha, '--alpha', 0, 1, false),
			theta: numberIn(values.theta, '--theta', 0, 1, true),
			cifFobFactor: numberIn(values['cif-fob'], '--cif-fob', 0, Infinity, false)
		}
	};
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
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
