/** Whether the first-visit guide was dismissed on this device (localStorage, read defensively). */

/** localStorage key that remembers the guide was dismissed. */
export const GUIDE_DISMISSED_KEY = 'iit-explorer:guide-dismissed';

/** The part of the Storage API the guide needs (localStorage in the browser, a Map-backed stub in tests). */
export type GuideStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it is missing or refuses access (private mode, SSR). */
function browserStorage(): GuideStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** True when the guide was dismissed here before; false when storage is unavailable (show it). */
export function isGuideDismissed(storage: GuideStorage | null = browserStorage()): boolean {
	try {
		return storage?.getItem(GUIDE_DISMISSED_KEY) === '1';
	} catch {
		return false;
	}
}

/** Remembers (or forgets) the dismissal; a storage that refuses only makes it last for this page. */
export function rememberGuideDismissed(
	dismissed: boolean,
	storage: GuideStorage | null = browserStorage()
): void {
	try {
		if (dismissed) storage?.setItem(GUIDE_DISMISSED_KEY, '1');
		else storage?.removeItem(GUIDE_DISMISSED_KEY);
	} catch {
		// Quota or private mode: the guide just comes back on the next visit.
	}
}
