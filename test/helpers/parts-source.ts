import type { ContentSource } from '../../src/lib/engine/read/input/source';

/** A source whose stream delivers exactly the given parts, one chunk each (a later start skips). */
export function partsSource(parts: (Uint8Array | string)[]): ContentSource {
	const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p));
	return {
		name: 'test.csv',
		storedBytes: chunks.reduce((n, c) => n + c.length, 0),
		container: 'plain',
		open(start) {
			let read = 0;
			const stream = new ReadableStream<Uint8Array>({
				start(controller) {
					for (const chunk of chunks) controller.enqueue(chunk);
					controller.close();
				}
			}).pipeThrough(
				new TransformStream<Uint8Array, Uint8Array>({
					transform(chunk, controller) {
						read += chunk.length;
						controller.enqueue(chunk);
					}
				})
			);
			return { stream, skip: start, storedBytesRead: () => read };
		}
	};
}
