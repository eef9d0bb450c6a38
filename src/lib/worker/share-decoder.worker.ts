/**
 * The share decoder: inflates, parses and validates one results link or file away from the page
 * (state/share/decode-request.ts), answers once, and is ended by the page.
 */
import { type DecodeRequest, replyTo, transfersOf } from '../engine';

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	const reply = await replyTo(event.data);
	self.postMessage(reply, { transfer: transfersOf(reply) });
};
