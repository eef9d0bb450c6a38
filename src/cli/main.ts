import { AbortError, TradeFileError } from '../lib/engine';
import { CLASSIFY_USAGE, UsageError } from './args';
import { runClassify } from './classify';
import { PRICE_RANGES_USAGE, runPriceRanges } from './price-ranges';
import { REGRESS_USAGE, runRegress } from './regress';
import { ROBUSTNESS_USAGE, runRobustness } from './robustness';

/**
 * Node entry: `npm run cli -- <command> …`. A failed read ends as one line on stderr and exit 1;
 * a mistake in the command line as one line, the usage, and exit 2.
 */
async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === 'classify') {
			await runClassify(rest, process.stderr);
			return 0;
		}
		if (command === 'regress') {
			await runRegress(rest, process.stderr);
			return 0;
		}
		if (command === 'robustness') {
			await runRobustness(rest, process.stderr);
			return 0;
		}
		if (command === 'price-ranges') {
			await runPriceRanges(rest, process.stderr);
			return 0;
		}
		process.stderr.write(
			`unknown command "${command ?? ''}"\n${CLASSIFY_USAGE}\n${REGRESS_USAGE}\n${PRICE_RANGES_USAGE}\n${ROBUSTNESS_USAGE}\n`
		);
		return 2;
	} catch (error) {
		if (isClosedPipe(error)) return 0;
		if (error instanceof UsageError) {
			const usage =
				command === 'regress'
					? REGRESS_USAGE
					: command === 'price-ranges'
						? PRICE_RANGES_USAGE
						: command === 'robustness'
							? ROBUSTNESS_USAGE
							: CLASSIFY_USAGE;
			process.stderr.write(`error: ${oneLine(error.message)}\n${usage}\n`);
			return 2;
		}
		process.stderr.write(`error: ${oneLine(describe(error))}\n`);
		return 1;
	}
}

/** `classify … | head`: the reader went away, which is not the command's failure. */
function isClosedPipe(error: unknown): boolean {
	return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

function describe(error: unknown): string {
	if (error instanceof TradeFileError) return error.toLine();
	if (error instanceof AbortError) return error.message;
	if (error instanceof Error) return error.message;
	return String(error);
}

/** Messages may quote a file's header or a JSON parser's text: keep the error on one line. */
function oneLine(message: string): string {
	return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// A write after the pipe closed errors on the stream, not in the awaited call: end quietly.
process.stdout.on('error', (error) => {
	if (isClosedPipe(error)) process.exit(0);
	throw error;
});
process.exitCode = await main(process.argv.slice(2));
