/**
 * What the share decoder worker is asked and answers (src/lib/worker/share-decoder.worker.ts):
 * a link's fragment or a results file in, the validated payload or the ShareError's code out.
 * The same functions run on the main thread when no worker can start (tests, a worker refused).
 */
import { payloadOfFile, payloadOfFragment } from './codec';
import {
	SHARE_ERROR_CODES,
	ShareError,
	type SharedPayload,
	type ShareErrorCode
} from './shared-results';

/** A link's fragment (`#results=1.…`) or a dropped results file. */
export type DecodeRequest = { kind: 'fragment'; hash: string } | { kind: 'file'; file: Blob };

/** The decoder's answer: the payload, or why there is none. */
export type DecodeReply =
	{ ok: true; payload: SharedPayload } | { ok: false; code: ShareErrorCode; detail: string };

/** The validated payload of a request, decoded where this runs. */
export function decodeHere(request: DecodeRequest): Promise<SharedPayload> {
	return request.kind === 'fragment'
		? payloadOfFragment(request.hash)
		: payloadOfFile(request.file);
}

/** The reply to a request (never rejects: every failure is a ShareError's code and detail). */
export async function replyTo(request: DecodeRequest): Promise<DecodeReply> {
	try {
		return { ok: true, payload: await decodeHere(request) };
	} catch (error) {
		if (error instanceof ShareError) return { ok: false, code: error.code, detail: error.detail };
		// Out of memory or a fault of the decoder itself: the link did not decode.
		return { ok: false, code: 'damaged', detail: 'decoder' };
	}
}

/** The buffers a reply moves to the page instead of copying: the cells and the product rows. */
export function transfersOf(reply: DecodeReply): ArrayBuffer[] {
	if (!reply.ok) return [];
	const { cells, keys } = reply.payload;
	const views: ArrayBufferView[] = cells.map((set) => set.columns);
	if (keys) views.push(...Object.values(keys).filter((value) => ArrayBuffer.isView(value)));
	return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}

/** The payload of a reply, or its ShareError (a code this app does not know is a damaged link). */
export function payloadOfReply(reply: DecodeReply): SharedPayload {
	if (reply.ok) return reply.payload;
	const code = SHARE_ERROR_CODES.includes(reply.code) ? reply.code : 'damaged';
	throw new ShareError(code, typeof reply.detail === 'string' ? reply.detail : '');
}
