/**
 * Turns any error from the analysis into text in the user's language, for ErrorPanel.svelte (kept
 * beside it: the texts are in i18n/, the knowledge of every error type here).
 */
import {
	DROP_REASONS,
	type DropReason,
	FORMAT_IDS,
	type FormatId,
	ShareError,
	TradeFileError
} from '../../engine';
import { SharedUnavailableError } from '../../state/share/shared-queries';
import { READ_SILENCE_MS, WorkerCrashError, WorkerSilentError } from '../../worker/bridge';
import { formatNumber, templateOf, translate, type Locale, type MessageKey } from '../../i18n';

const isFormatId = (value: unknown): value is FormatId =>
	(FORMAT_IDS as readonly unknown[]).includes(value);

const isDropReason = (key: string): key is DropReason =>
	(DROP_REASONS as readonly string[]).includes(key);

export interface ErrorText {
	/** The message itself. */
	message: string;
	/** “File x.csv, line 12, column v”, or null when the error has no place. */
	place: string | null;
	/** Extra facts from the engine (header found, reporters seen…), shown as a list. */
	details: [string, string][];
}

/** What a table lacks (`details.missing`, the engine's short English names joined by ", "). */
const MISSING_NAMES: Record<string, MessageKey> = {
	exports: 'error.missing.exports',
	imports: 'error.missing.imports',
	'HS6 product codes': 'error.missing.hs6',
	partner: 'error.missing.partner',
	'flow direction': 'error.missing.flow',
	'yearly values': 'error.missing.years',
	'values in US dollars': 'error.missing.usd'
};

/** The missing pieces in the locale's words; a name the dictionary lacks is shown as written. */
function missingInLocale(locale: Locale, names: string): string {
	return names
		.split(', ')
		.map((name) =>
			Object.hasOwn(MISSING_NAMES, name) ? translate(locale, MISSING_NAMES[name]) : name
		)
		.join(', ');
}

/** The place of a TradeFileError in the locale's words. */
export function errorPlace(locale: Locale, error: TradeFileError): string {
	const parts = [translate(locale, 'error.place', { file: error.file })];
	if (error.line) parts.push(translate(locale, 'error.line', { line: error.line }));
	if (error.column) parts.push(translate(locale, 'error.column', { column: error.column }));
	return parts.join(', ');
}

export function describeError(locale: Locale, error: unknown): ErrorText {
	if (error instanceof TradeFileError) {
		const key = `error.${error.code}` as const;
		// Facts the message already names are not listed again.
		const unsaid = Object.entries(error.details).filter(
			([name]) => !templateOf(locale, key).includes(`{${name}}`)
		);
		// Numbers in the message read in the locale (8.388.608 keys, not 8388608).
		const params = Object.fromEntries(
			Object.entries(error.details).map(([name, value]) => [
				name,
				typeof value === 'number' && name !== 'year'
					? formatNumber(locale, value, 20)
					: isFormatId(value)
						? translate(locale, `format.${value}`) // mixed-formats names the formats
						: name === 'missing'
							? missingInLocale(locale, String(value))
							: value
			])
		);
		return {
			message: translate(locale, key, params),
			place: errorPlace(locale, error),
			details: unsaid.map(([key, value]) => [
				isDropReason(key)
					? translate(locale, `drop.${key}`)
					: key === 'download'
						? translate(locale, 'error.detail.download')
						: key,
				typeof value === 'number' ? formatNumber(locale, value, 20) : value
			])
		};
	}
	if (error instanceof ShareError) {
		const detail = error.detail;
		return {
			message: translate(locale, `share.error.${error.code}`, { detail }),
			place: null,
			details: []
		};
	}
	if (error instanceof SharedUnavailableError) {
		return { message: translate(locale, 'share.unavailable'), place: null, details: [] };
	}
	if (error instanceof WorkerSilentError) {
		const seconds = new Intl.NumberFormat(locale).format(READ_SILENCE_MS / 1000);
		return { message: translate(locale, 'error.silent', { seconds }), place: null, details: [] };
	}
	if (error instanceof WorkerCrashError) {
		return { message: translate(locale, 'error.crash'), place: null, details: [] };
	}
	const message = error instanceof Error ? error.message : String(error);
	return { message: translate(locale, 'error.unexpected', { message }), place: null, details: [] };
}
