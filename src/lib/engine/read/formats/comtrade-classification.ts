/**
 * UN Comtrade's classification codes (legacy `Classification`, Comtrade+ `classificationCode`):
 * H0…H6 are the HS editions of 1992…2022 (HS "as reported" in Comtrade+), S1…S4 SITC, BE / B4 /
 * B5 BEC and EB… the services classification EBOPS. The method needs HS goods codes: a file in
 * another classification is refused with what to download instead (SITC codes of five digits
 * would otherwise pass for HS6 codes that lost a leading zero), and the HS editions of the rows
 * used are stated (DatasetInfo.hsEditions).
 */
import { TradeFileError } from '../../model/errors';
import type { ReaderContext } from './reader';

/** What to download instead, said by every refusal. */
const DOWNLOAD_GOODS =
	'download goods (type C, commodities) in the HS classification, by partner (every country, not World), at HS6';

/** A classification text's kind: an HS edition, another classification, or unknown (kept). */
function classificationKind(code: string): 'hs' | 'sitc' | 'bec' | 'services' | 'unknown' {
	if (/^H[0-9S]$/.test(code)) return 'hs';
	if (/^EB/.test(code)) return 'services';
	if (/^S[1-4]$/.test(code) || code === 'SITC' || code === 'ST') return 'sitc';
	if (/^B[E0-9]$/.test(code) || code === 'BEC') return 'bec';
	return 'unknown';
}

/** The TradeFileError of a services file (Comtrade+ typeCode S, or an EBOPS classification). */
export function servicesFileError(file: string, line: number, column: string, code: string) {
	return new TradeFileError(
		'services-file',
		`This is a services file (${column} ${code}, EBOPS codes), not goods: the method needs goods by HS product; ${DOWNLOAD_GOODS}.`,
		file,
		line,
		column,
		{ code }
	);
}

/**
 * Checks each new classification text of a file (a row hot path: one string compare while it
 * does not change) and notes the HS editions of the rows used.
 */
export function createClassificationCheck(
	context: ReaderContext,
	columnName: string
): { check: (text: string, line: number) => void; noteUsed: (text: string, year: number) => void } {
	let lastChecked: string | null = null;
	let lastNoted: string | null = null;
	let lastYear = NaN;
	return {
		check(text, line) {
			if (text === lastChecked) return;
			lastChecked = text;
			const code = text.trim().toUpperCase();
			const kind = classificationKind(code);
			if (kind === 'services') throw servicesFileError(context.file, line, columnName, code);
			if (kind === 'sitc' || kind === 'bec') {
				const name = kind === 'sitc' ? 'SITC' : 'BEC';
				throw new TradeFileError(
					'not-hs-classification',
					`The file is classified in ${name} (${columnName} ${code}), not HS: the method needs HS product codes; ${DOWNLOAD_GOODS}.`,
					context.file,
					line,
					columnName,
					{ classification: name, code }
				);
			}
		},
		noteUsed(text, year) {
			// One Map lookup per row only while the code and year stay the same.
			if (text === lastNoted && year === lastYear) return;
			lastNoted = text;
			lastYear = year;
			const code = text.trim().toUpperCase();
			if (code === '' || classificationKind(code) !== 'hs') return;
			context.hsEditions?.add(code);
			noteStatedEdition(context, year, code);
		}
	};
}

/** Notes that a file states `code` (H0 … H6; Comtrade's 'HS' states no edition) for `year`. */
export function noteStatedEdition(context: ReaderContext, year: number, code: string): void {
	if (!/^H[0-6]$/.test(code) || !Number.isInteger(year)) return;
	const stated = context.statedEditions;
	if (!stated) return;
	let codes = stated.get(year);
	if (!codes) stated.set(year, (codes = new Set()));
	codes.add(code);
}
