import { AbortError, TradeFileError } from '../lib/engine/errors';
import { CLASSIFY_USAGE, UsageError } from './args';
import { runClassify } from './classify';

/** Node entry: `npm run cli -- <command> …`. Errors end as one line on stderr and a non-zero exit. */
async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	try {
		if (command === 'classify') {
			await runClassify(rest, process.stderr);
			return 0;
		}
		process.stderr.write(`unknown command "${command ?? ''}"\n${CLASSIFY_USAGE}\n`);
		return 2;
	} catch (error) {
		process.stderr.write(`error: ${describe(error)}\n`);
		return error instanceof UsageError ? 2 : 1;
	}
}

function describe(error: unknown): string {
	if (error instanceof TradeFileError) return error.toLine();
	if (error instanceof UsageError) return `${error.message}\n${CLASSIFY_USAGE}`;
	if (error instanceof AbortError) return error.message;
	if (error instanceof Error) return error.message;
	return String(error);
}

process.exitCode = await main(process.argv.slice(2));
