/**
 * The text of an HTML table cell: character references decoded (`&amp;` `&nbsp;` `&#39;`
 * `&#x27;` and the Latin-1 names such as `&ocirc;`), white space collapsed and trimmed — what a
 * browser or a spreadsheet shows in the cell.
 */

/** The HTML names of U+00A0 … U+00FF, in code order. */
const LATIN1_NAMES = (
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg ' +
	'plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
	'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute ' +
	'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml ' +
	'Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
	'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
	'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const NAMED = new Map<string, string>([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['ndash', '–'],
	['mdash', '—'],
	['lsquo', '‘'],
	['rsquo', '’'],
	['ldquo', '“'],
	['rdquo', '”'],
	['hellip', '…'],
	['euro', '€'],
	['OElig', 'Œ'],
	['oelig', 'œ'],
	['Scaron', 'Š'],
	['scaron', 'š'],
	...LATIN1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)])
]);

const REFERENCE = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});?/g;
const SPACES = /[\s\u00a0]+/g;

function decodeReference(whole: string, body: string): string {
	if (body.charCodeAt(0) === 35 /* # */) {
		const hex = body[1] === 'x' || body[1] === 'X';
		const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
		// NUL, surrogates and code points beyond Unicode are not characters.
		if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\ufffd';
		return String.fromCodePoint(code);
	}
	// A name no table knows stays as written ("AT&T" is text, not a reference).
	return NAMED.get(body) ?? whole;
}

/** Text with no reference, no white space but single inner spaces: shown as it is. */
function isPlain(raw: string): boolean {
	const n = raw.length;
	if (n === 0) return true;
	if (raw.charCodeAt(0) <= 32 || raw.charCodeAt(n - 1) <= 32) return false;
	for (let i = 0; i < n; i++) {
		const c = raw.charCodeAt(i);
		if (c === 38 /* & */ || c === 0xa0) return false;
		if (c <= 32 && (c !== 32 || raw.charCodeAt(i + 1) === 32)) return false;
	}
	return true;
}

/** The shown text of a cell's raw content (tags already removed). */
export function cellText(raw: string): string {
	if (isPlain(raw)) return raw;
	const decoded = raw.indexOf('&') < 0 ? raw : raw.replace(REFERENCE, decodeReference);
	return decoded.replace(SPACES, ' ').trim();
}
