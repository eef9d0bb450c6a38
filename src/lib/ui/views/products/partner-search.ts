/**
 * The partner half of the product search: the worker knows partner ids, not their names in the
 * user's language, so the main thread turns the search text into the ids whose name matches.
 */

/** Lower case without accents or surrounding blanks: "  MÉXICO " and "mexico" fold alike. */
export function foldForSearch(text: string): string {
	// NFD splits "é" into "e" + a combining mark; dropping the marks leaves the base letters.
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Partner ids whose localized name contains `text`, or whose id is `text`, ignoring case and
 * accents. A blank search matches no partner: the worker then keeps every key anyway.
 */
export function matchingPartners(
	partners: readonly string[],
	text: string,
	nameOf: (id: string) => string
): string[] {
	const needle = foldForSearch(text);
	if (needle === '') return [];
	return partners.filter(
		// The id must match whole: digits typed for an HS code must not pull in numeric ids ('842').
		(id) => foldForSearch(nameOf(id)).includes(needle) || foldForSearch(id) === needle
	);
}
