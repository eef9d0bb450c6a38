// Preloaded (`node --import`) by test/cli/long-line.test.ts: at exit, the main thread writes the
// process's peak resident memory (kilobytes, all threads) to the file named by MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.MAX_RSS_FILE;
if (isMainThread && out) {
	process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
}
