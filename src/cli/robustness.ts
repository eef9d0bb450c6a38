import { writeFile } from 'node:fs/promises';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	robustnessTable,
	robustnessToCsv,
	type Selection,
	UTF8_BOM
} from '../lib/engine';
import { parseClassifyArgs, UsageError } from './args';
import { openInputs, readCommandInput } from './classify';
import { ledgerReport } from './ledger-report';

export const ROBUSTNESS_USAGE = [
	'usage: npm run cli -- robustness [options] FILE...',
	'  FILE...                 trade files of one format, as for classify',
	"  --reporter ISO3         the reporter (required for BACI; else the file's only reporter)",
	'  --format, --quantity, --include-re-exports, --map, --threads, --ledger: as for classify',
	'  --out robustness.csv    write the table there instead of stdout',
	'  --csv excel             write it as Excel in pt-BR/es opens it (; and decimal comma)',
	'Writes the robustness table (METHODS 7.6) of the reporter over every partner, product and',
	"year: the paper's settings (α 15 %, θ 10 %) and each single change of them (α 25 %, θ 5 % and",
	'20 %, unit-value screen quantile:0.05 and mean:5, FOB where reported, HS4, HS editions',
	"converted), with GHM and FF shares of trade, GLC and Aquino's Q; the ledger goes to stderr."
].join('\n');

/** Classify options the table sets itself, row by row: giving one is a mistake. */
const VARIED_FLAGS = [
	'--alpha',
	'--theta',
	'--cif-fob',
	'--uv-screen',
	'--level',
	'--hs-editions',
	'--fob-where-reported',
	'--map-guess'
];

/** `robustness`: files → the robustness table as CSV (to --out or stdout), ledger to stderr. */
export async function runRobustness(
	argv: string[],
	stderr: NodeJS.WritableStream,
	stdout: NodeJS.WritableStream = process.stdout
): Promise<void> {
	const varied = VARIED_FLAGS.find((flag) =>
		argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`))
	);
	if (varied) {
		throw new UsageError(
			`robustness sets ${varied} itself: its rows are the paper's settings and each single change of them`
		);
	}
	const command = parseClassifyArgs(argv);
	if (command.help) {
		stdout.write(ROBUSTNESS_USAGE + '\n');
		return;
	}
	const { keys, ledger, info, reporter } = await readCommandInput(
		command,
		await openInputs(command.files)
	);
	const selection: Selection = {
		reporter,
		yearFrom: Math.min(...info.years),
		yearTo: Math.max(...info.years),
		partners: ALL_PARTNERS,
		scope: ALL_PRODUCTS
	};
	const table = robustnessTable(keys, selection, info.yearEditions ?? []);
	const csv = (command.csv === 'excel' ? UTF8_BOM : '') + robustnessToCsv(table, command.csv);
	if (command.out) await writeFile(command.out, csv);
	else stdout.write(csv);
	if (command.ledger) {
		await writeFile(command.ledger, JSON.stringify({ ...ledger, dataset: info }, null, 2) + '\n');
	}
	stderr.write(ledgerReport(ledger, info) + '\n');
}
