/**
 * The current language. Prerendered pages are written in pt-BR; in the browser the
 * locale comes from a saved choice, else from navigator.languages.
 */
import {
	DEFAULT_LOCALE,
	formatFixed,
	formatNumber,
	formatPercent,
	formatUsd,
	countryName,
	isLocale,
	pickLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from '../i18n';

const STORAGE_KEY = 'iit-explorer.locale';

export class LocaleState {
	#locale = $state<Locale>(DEFAULT_LOCALE);

	get locale(): Locale {
		return this.#locale;
	}

	/** Switches language and remembers the choice on this device. */
	set locale(locale: Locale) {
		this.#locale = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Private mode or storage disabled: the choice lasts for this page only.
		}
	}

	/** Browser only: saved choice, else the browser's languages. */
	detect(): void {
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(STORAGE_KEY);
		} catch {
			saved = null;
		}
		this.#locale = isLocale(saved) ? saved : pickLocale(navigator.languages ?? []);
	}

	/** Translates in the current locale (reactive: re-runs when the locale changes). */
	t = (key: MessageKey, params?: MessageParams): string => translate(this.#locale, key, params);
	number = (value: number, digits?: number): string => formatNumber(this.#locale, value, digits);
	fixed = (value: number, digits: number): string => formatFixed(this.#locale, value, digits);
	usd = (value: number, compact = false): string => formatUsd(this.#locale, value, compact);
	percent = (ratio: number, digits?: number): string => formatPercent(this.#locale, ratio, digits);
	country = (id: string): string => countryName(this.#locale, id);
}

/** One per page: the site is prerendered static files, so no request state is shared. */
export const i18n = new LocaleState();
