import { createWriteStream, openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { once } from 'node:events';
import { readTradeFiles, type InputFile } from '../lib/engine/analyze';
import { classifyKeys } from '../lib/engine/classify';
import { cellsCsvLines } from '../lib/engine/cells-csv';
import { TradeFileError } from '../lib/engine/errors';
import { parseClassifyArgs } from './args';
import { ledgerReport } from './ledger-report';

/** `classify`: files → cells CSV (to --out or stdout), ledger to stderr. */
export async function runClassify(argv: string[], stderr: NodeJS.WritableStream): Promise<void> {
	const command = parseClassifyArgs(argv);
	const files: InputFile[] = [];
	for (const path of command.files)
		files.push({ name: basename(path), blob: await openFile(path) });

	const { keys, ledger, info } = await readTradeFiles(files, command.read);
	const reporter = command.read.reporter ?? soleReporter(info.reporters, files[0].name);
	const cells = classifyKeys(keys, command.settings);

	const out = command.out ? createWriteStream(command.out) : process.stdout;
	for (const line of cellsCsvLines(cells, reporter)) {
		if (!out.write(line + '\n')) await once(out, 'drain');
	}
	if (command.out) {
		out.end();
		await once(out, 'finish');
	}
	stderr.write(ledgerReport(ledger, info) + '\n');
}

async function openFile(path: string): Promise<Blob> {
	let isFile = false;
	try {
		isFile = (await stat(path)).isFile();
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(`${path}: ${missing ? 'no such file' : 'cannot be opened'}`);
	}
	if (!isFile) throw new Error(`${path}: not a file`);
	return openAsBlob(path);
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
