/**
 * Pure i18n helpers: dictionaries, translation, locale choice and Intl formatting.
 * The reactive current locale lives in `state/locale.svelte.ts`.
 */
import { en } from './en';
import { es } from './es';
import { ptBR, type MessageKey, type Messages } from './pt-BR';

export type { MessageKey, Messages } from './pt-BR';

export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** The language each locale is named in, for the switcher (always in its own language). */
export const LOCALE_NAMES: Record<Locale, string> = {
	'pt-BR': 'Português',
	en: 'English',
	es: 'Español'
};
export const DEFAULT_LOCALE: Locale = 'pt-BR';

export const dictionaries: Record<Locale, Messages> = { 'pt-BR': ptBR, en, es };

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** navigator.languages → pt* gives pt-BR, es* gives es, anything else en. First match wins. */
export function pickLocale(languages: readonly string[]): Locale {
	for (const language of languages) {
		const primary = language.toLowerCase().split('-')[0];
		if (primary === 'pt') return 'pt-BR';
		if (primary === 'es') return 'es';
		if (primary === 'en') return 'en';
	}
	return 'en';
}

/** The message for `key` with `{name}` placeholders filled; unknown placeholders become empty. */
/** The raw template of a message, placeholders and all. */
export function templateOf(locale: Locale, key: MessageKey): string {
	return dictionaries[locale][key] ?? ptBR[key];
}

export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
	return templateOf(locale, key).replace(/\{(\w+)\}/g, (_, name: string) =>
		name in params ? String(params[name]) : ''
	);
}

// Intl objects are costly to build; tables format thousands of numbers.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = formatters.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, options);
		formatters.set(key, format);
	}
	return format;
}

const DASH = '–';

/** A plain number; NaN and infinities show as a dash. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
	if (!Number.isFinite(value)) return DASH;
	return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** A number with exactly `fractionDigits` decimals (table columns line up). */
export function formatFixed(locale: Locale, value: number, fractionDigits: number): string {
	if (!Number.isFinite(value)) return DASH;
	return numberFormat(locale, {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(value);
}

/**
 * Money in the dataset's currency, in full (tables) or compact (charts, summaries: “US$ 1,2 mi”,
 * “€1.2M”). The currency is the data's own (Comext is in EUR): never converted, only labelled.
 */
export function formatMoney(
	locale: Locale,
	value: number,
	currency: string,
	compact = false
): string {
	if (!Number.isFinite(value)) return DASH;
	return numberFormat(
		locale,
		compact
			? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
			: { style: 'currency', currency, maximumFractionDigits: 0 }
	).format(value);
}

/** USD in full or compact (formatMoney in USD). */
export function formatUsd(locale: Locale, value: number, compact = false): string {
	return formatMoney(locale, value, 'USD', compact);
}

/** A ratio (0.123) as a percentage (12,3 %). NaN (nothing to share) shows as a dash. */
export function formatPercent(locale: Locale, ratio: number, fractionDigits = 1): string {
	if (!Number.isFinite(ratio)) return DASH;
	return numberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(ratio);
}

/** A ratio as a signed percentage (+34 %, −12 %, 0 % without sign): for premiums, where the sign is the point. */
export function formatSignedPercent(locale: Locale, ratio: number, fractionDigits = 1): string {
	if (!Number.isFinite(ratio)) return DASH;
	return numberFormat(locale, {
		style: 'percent',
		signDisplay: 'exceptZero',
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	}).format(ratio);
}

/** Bytes as kB/MB/GB with the locale's digits. */
export function formatBytes(locale: Locale, bytes: number): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return numberFormat(locale, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: 1
	}).format(value);
}
