/**
 * The share decoder: inflates, parses and validates one results link or file away from the page
 * (state/share/decode-request.ts), answers once, and is ended by the page.
 */
import { replyTo, transfersOf, type DecodeRequest } from '../state/share/decode-request';

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	const reply = await replyTo(event.data);
	self.postMessage(reply, { transfer: transfersOf(reply) });
};
