/**
 * Inflating a link's deflate-raw bytes within a bound. A crafted payload can expand a thousand
 * times (a 1 MB link to 1 GB), so the compressed bytes go into the decompressor a small slice at
 * a time and the output is counted as it comes: inflating stops as soon as the bound is passed,
 * having produced at most one slice's worth beyond it.
 */
import { ShareError } from './shared-results';

/** Compressed bytes fed at a time: deflate expands at most about 1032×, so ≤ 8.3 MB out per slice. */
const SLICE_BYTES = 8 * 1024;

/** The inflated bytes; ShareError 'too-large' past `limit`, 'damaged' when they do not inflate. */
export async function inflateWithin(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	let at = 0;
	const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
		{
			pull(controller) {
				if (at >= bytes.length) controller.close();
				else controller.enqueue(bytes.slice(at, (at += SLICE_BYTES)));
			}
		},
		// Pulled only when the decompressor asks for more: nothing is read ahead.
		{ highWaterMark: 0 }
	);
	const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				await reader.cancel().catch(() => undefined);
				throw new ShareError('too-large', `more than ${limit / 1024 / 1024} MB once inflated`);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof ShareError) throw error;
		throw new ShareError('damaged', 'compression');
	}
	return new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}
