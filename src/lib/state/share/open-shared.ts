/**
 * Opening a results link or a results file on the page: decoded and validated off the main
 * thread (off-thread.ts), the cells built in slices (materialize.ts), then shown read-only with
 * the sender's settings. Results that leave nothing on screen are refused with a message.
 */
import {
	type DecodeRequest,
	inFilter,
	refuseOverlongFragment,
	sharedInSlices,
	ShareError
} from '../../engine';
import { applyWholeLink } from '../link-settings';
import type { LocaleState } from '../locale.svelte';
import type { AnalysisSession } from '../session.svelte';
import type { AnalysisSettings } from '../settings.svelte';
import { readSearch } from '../url-state';
import type { ResultViews } from '../result-views.svelte';
import { decodeOffThread, type StartDecoder } from './off-thread';

/** The app's state that shared results are shown in. */
export interface SharedTarget {
	settings: AnalysisSettings;
	views: ResultViews;
	locale: LocaleState;
	session: AnalysisSession;
}

// Each open supersedes the ones before it (a second link pasted while the first decodes).
let latest = 0;

/** Forgets the opens in flight: the user chose other data meanwhile. */
export function supersedeSharedOpens(): void {
	latest++;
}

/**
 * Shows the results a link or a file holds. Resolves true once they are on screen, false when a
 * newer open superseded this one; rejects with ShareError when they cannot be shown.
 */
export async function openSharedResults(
	request: DecodeRequest,
	target: SharedTarget,
	start: StartDecoder
): Promise<boolean> {
	const id = ++latest;
	// Where the page starts handling a link or file (seen in DevTools' timeline, and by the browser test).
	globalThis.performance?.mark?.('iit:share-open');
	// A too long link is refused at once: even starting a worker costs seconds under a huge address.
	if (request.kind === 'fragment') refuseOverlongFragment(request.hash);
	let payload;
	try {
		payload = await decodeOffThread(request, start);
	} catch (error) {
		if (id !== latest) return false; // what failed is no longer asked for
		throw error;
	}
	if (id !== latest) return false;
	const shared = await sharedInSlices(payload);
	if (id !== latest) return false;
	// Decoded and built: from here on the views show the cells (the browser test's other mark).
	globalThis.performance?.mark?.('iit:share-built');
	const { settings, views, locale, session } = target;
	// Everything the sender did not set is a default, whatever this page had before; the
	// reporter is the cells' own (a settings text cannot send the views to another one).
	applyWholeLink(readSearch(shared.settings), settings, views, locale);
	settings.reporter = payload.reporter;
	session.openShared(shared);
	const filter = views.filter;
	if (!filter || !shared.cells[0].cells.some((cell) => inFilter(cell, filter))) {
		session.closeShared();
		throw new ShareError('empty', 'selection');
	}
	return true;
}
