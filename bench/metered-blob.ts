/** A Blob that meters its reads, to show how early a read stops (bench and tests). */

/** A Blob that counts the bytes its streams hand out (its slices share the count). */
export class MeteredBlob extends Blob {
	constructor(
		parts: BlobPart[],
		readonly meter: { bytes: number }
	) {
		super(parts);
	}

	override slice(start?: number, end?: number, contentType?: string): Blob {
		// A Blob of a file-backed Blob stays file-backed: nothing is read here.
		return new MeteredBlob([super.slice(start, end, contentType)], this.meter);
	}

	override stream(): ReturnType<Blob['stream']> {
		const meter = this.meter;
		return super.stream().pipeThrough(
			new TransformStream({
				transform(chunk, controller) {
					meter.bytes += chunk.length;
					controller.enqueue(chunk);
				}
			})
		);
	}
}
