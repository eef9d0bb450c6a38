import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes lines (each followed by `\n`) to a stream in chunks of about `chunkBytes`, waiting on backpressure. */
export async function writeLines(
	lines: Iterable<string>,
	out: Writable,
	chunkBytes = 1 << 20
): Promise<void> {
	let batch: string[] = [];
	let batchChars = 0;
	const flush = async () => {
		if (batch.length === 0) return;
		const chunk = batch.join('\n') + '\n';
		batch = [];
		batchChars = 0;
		// A false return means the stream's buffer is full: wait, or memory grows with the file.
		if (!out.write(chunk)) await once(out, 'drain');
	};
	for (const line of lines) {
		batch.push(line);
		batchChars += line.length + 1;
		if (batchChars >= chunkBytes) await flush();
	}
	await flush();
}

/** Ends a stream and resolves once everything written has been flushed (or rejects on error). */
export async function endStream(out: Writable): Promise<void> {
	out.end();
	await once(out, 'finish');
}
