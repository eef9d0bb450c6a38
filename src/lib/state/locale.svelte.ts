/**
 * The current language. Prerendered pages are written in pt-BR; in the browser the
 * locale comes from a saved choice, else from navigator.languages.
 */
import {
	DEFAULT_LOCALE,
	formatFixed,
	formatNumber,
	formatPercent,
	formatSignedPercent,
	formatMoney,
	isLocale,
	pickLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from '../i18n';
import { countryName, type CountryNames, type Currency } from '../engine';

const STORAGE_KEY = 'iit-explorer.locale';

export class LocaleState {
	#locale = $state<Locale>(DEFAULT_LOCALE);
	/** Names the current data gives to ids Intl cannot name (DatasetInfo.countryNames). */
	#countryNames = $state.raw<CountryNames>({});

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

	get countryNames(): CountryNames {
		return this.#countryNames;
	}
	/** Set with each dataset read, so `country()` can name ids such as BACI's 490 or Comex's BR249. */
	set countryNames(names: CountryNames) {
		this.#countryNames = names;
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
	/** Money in the data's currency (DatasetInfo.currency): Comext values are EUR, the rest USD. */
	money = (value: number, currency: Currency, compact = false): string =>
		formatMoney(this.#locale, value, currency, compact);
	percent = (ratio: number, digits?: number): string => formatPercent(this.#locale, ratio, digits);
	signedPercent = (ratio: number, digits?: number): string =>
		formatSignedPercent(this.#locale, ratio, digits);
	country = (id: string): string => countryName(this.#locale, id, this.#countryNames);
	/** A moment as the locale writes it (date and time). */
	dateTime = (value: Date): string =>
		new Intl.DateTimeFormat(this.#locale, { dateStyle: 'long', timeStyle: 'short' }).format(value);
}

/** One per page: the site is prerendered static files, so no request state is shared. */
export const i18n = new LocaleState();
