/** How long a results link may be, and the name of a results file. */
import { MAX_LINK_CHARS } from '../../engine';
import type { ShareSource } from '../../state/share/build';

/** Beyond this, messaging apps and e-mail clients may cut or refuse a link. */
export const MESSENGER_LIMIT = 2_000;
/** The longest link the app opens (bounds.ts); beyond it only the file works. */
export const BROWSER_LIMIT = MAX_LINK_CHARS;

/** `iit-results-BRA-2021-2022.json`. */
export function resultsFileName(source: ShareSource): string {
	const { reporter, yearFrom, yearTo } = source.filter;
	return `iit-results-${reporter}-${yearFrom}-${yearTo}.json`;
}
