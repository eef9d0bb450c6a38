/**
 * A file on disk as a Blob, read with plain positioned reads. Node's own file-backed Blob
 * (`openAsBlob`) reads in 64 KiB steps through several stream layers: ten times slower than
 * `read(2)` into a large buffer, which the CLI does here. Only what the engine uses is real.
 */
import { open } from 'node:fs/promises';

/** Bytes read at once by `stream()`. */
const STREAM_READ_BYTES = 1 << 20;

/** Bytes [start, end) of the file at `path` (`new FileBlob(path, 0, size)` is the whole file). */
export class FileBlob implements Blob {
	readonly type = '';

	constructor(
		readonly path: string,
		private readonly start: number,
		private readonly end: number
	) {}

	get size(): number {
		return this.end - this.start;
	}

	slice(start = 0, end = this.size): FileBlob {
		const clamp = (at: number) => Math.max(0, Math.min(this.size, at < 0 ? this.size + at : at));
		const from = clamp(start);
		return new FileBlob(this.path, this.start + from, this.start + Math.max(from, clamp(end)));
	}

	async bytes(): Promise<Uint8Array<ArrayBuffer>> {
		const bytes = new Uint8Array(this.size);
		const file = await open(this.path);
		try {
			let done = 0;
			while (done < bytes.length) {
				const { bytesRead } = await file.read(bytes, done, bytes.length - done, this.start + done);
				if (bytesRead === 0) break;
				done += bytesRead;
			}
			return done === bytes.length ? bytes : bytes.slice(0, done);
		} finally {
			await file.close();
		}
	}

	async arrayBuffer(): Promise<ArrayBuffer> {
		return (await this.bytes()).buffer;
	}

	async text(): Promise<string> {
		return new TextDecoder().decode(await this.bytes());
	}

	stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
		let position = this.start;
		const end = this.end;
		let file: Awaited<ReturnType<typeof open>> | null = null;
		return new ReadableStream({
			pull: async (controller) => {
				file ??= await open(this.path);
				const bytes = new Uint8Array(Math.min(STREAM_READ_BYTES, end - position));
				const { bytesRead } = bytes.length
					? await file.read(bytes, 0, bytes.length, position)
					: { bytesRead: 0 };
				if (bytesRead === 0) {
					await file.close();
					controller.close();
					return;
				}
				position += bytesRead;
				controller.enqueue(bytesRead === bytes.length ? bytes : bytes.slice(0, bytesRead));
			},
			cancel: async () => {
				await file?.close();
			}
		});
	}
}
