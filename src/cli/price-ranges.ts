import { once } from 'node:events';
import { createWriteStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
	csvLine,
	type InputFile,
	PRICE_RANGES,
	priceRanges,
	type ReadOptions,
	readTradeFiles
} from '../lib/engine';
import { UsageError } from './args';
import { FileBlob } from './file-blob';
import { ledgerReport } from './ledger-report';

export const PRICE_RANGES_USAGE = [
	'usage: npm run cli -- price-ranges [options] FILE...',
	'  FILE...                 BACI world files (every exporter–importer pair), CSV, .gz or .zip',
	'  --alpha 0.15            dispersion factor α in (0, 1): up-market above (1 + α)·ref,',
	'                          down-market below ref / (1 + α), ref the world reference unit value',
	'  --out ranges.csv        write the table there instead of stdout',
	'Writes year,exporter,importer,sector,value,up,middle,down,unranked (USD, METHODS 9); the',
	'ledger goes to stderr.'
].join('\n');

/** What `price-ranges` was asked to do, after validation. */
export interface PriceRangesCommand {
	files: string[];
	out: string | null;
	alpha: number;
	help: boolean;
}

/**
 * The world read: every pair of a BACI file, the format's own quantity basis (tons). BACI is
 * forced rather than detected: another format would be read as one reporter's trade (allPairs is
 * BACI's only), its imports (CIF, the reporter's view) counted as the partners' exports.
 */
const WORLD_READ: ReadOptions = {
	format: 'baci',
	reporter: null,
	allPairs: true,
	quantityBasis: 'auto',
	includeReExports: false
};

const HEADER = ['year', 'exporter', 'importer', 'sector', 'value', ...PRICE_RANGES] as const;

/** Parses the arguments that follow `price-ranges`. */
export function parsePriceRangesArgs(argv: string[]): PriceRangesCommand {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				alpha: { type: 'string', default: '0.15' },
				out: { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	const { values, positionals } = parsed;
	if (positionals.length === 0 && !values.help) throw new UsageError('no input file given');
	if (values.out !== undefined && values.out.trim() === '') {
		throw new UsageError('--out needs a file name');
	}
	const alpha = Number(values.alpha);
	// Written as a negated range so NaN fails it too.
	if (values.alpha.trim() === '' || !(alpha > 0 && alpha < 1)) {
		throw new UsageError(`--alpha must be a number in (0, 1) (got "${values.alpha}")`);
	}
	return { files: positionals, out: values.out ?? null, alpha, help: values.help };
}

/** `price-ranges`: BACI world files → the price-range table (to --out or stdout), ledger to stderr. */
export async function runPriceRanges(
	argv: string[],
	stderr: NodeJS.WritableStream,
	stdout: NodeJS.WritableStream = process.stdout
): Promise<void> {
	const command = parsePriceRangesArgs(argv);
	if (command.help) {
		stdout.write(PRICE_RANGES_USAGE + '\n');
		return;
	}
	const files: InputFile[] = [];
	for (const path of command.files)
		files.push({ name: basename(path), blob: await openFile(path) });
	// All-pairs reads run in one thread: slices do not split a world read (read-source.ts).
	const { keys, ledger, info } = await readTradeFiles(files, WORLD_READ);
	const rows = priceRanges(keys, command.alpha);

	const out = command.out ? createWriteStream(command.out) : stdout;
	const write = async (line: string) => {
		if (!out.write(line + '\n')) await once(out, 'drain');
	};
	await write(csvLine(HEADER));
	for (const row of rows) {
		await write(
			csvLine([
				row.year,
				row.exporter,
				row.importer,
				row.sector,
				row.value,
				row.up,
				row.middle,
				row.down,
				row.unranked
			])
		);
	}
	if (command.out) {
		out.end();
		await once(out, 'finish');
	}
	stderr.write(ledgerReport(ledger, info) + '\n');
}

/** A readable file as a Blob, or an error that names it (as classify opens its files). */
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
