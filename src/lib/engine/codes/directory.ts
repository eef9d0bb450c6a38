/**
 * Country codes learned from companion files dropped with the data: BACI's
 * `country_codes_V*.csv` (numeric code → ISO3) and Comex Stat's `PAIS.csv` (Brazil's CO_PAIS →
 * ISO3). A dropped table wins over the built-in one; codes it lacks are looked up in the built-in
 * table. One directory per analysis.
 */
import { builtInComexCountry, type ComexCountry } from './comex';
import { countryIdOfNumericCode, isAggregatePartner, isKnownNumericCode } from './countries';

export type { ComexCountry } from './comex';

export class CountryDirectory {
	#numeric = new Map<number, string>();
	#numericNames = new Map<string, string>();
	#comex = new Map<string, ComexCountry>();

	/** Records a numeric code's country id (and its English name) from a BACI country table. */
	setNumeric(code: number, id: string, name?: string): void {
		this.#numeric.set(code, id);
		if (name && !this.#numericNames.has(id)) this.#numericNames.set(id, name);
	}

	/** The numeric codes learned from a BACI country table (for a reader in another thread). */
	numericCodes(): [number, string][] {
		return [...this.#numeric];
	}

	/**
	 * The dropped table's names of its codes without ISO3 (ids of digits: a group, a code newer
	 * than the built-in table), which Intl cannot name.
	 */
	namesOfCodesWithoutIso3(): [string, string][] {
		return [...this.#numericNames].filter(([id]) => /^\d+$/.test(id));
	}

	/** A numeric code's country id: the dropped table's, else the built-in one's. */
	numericId(code: number): string {
		return this.#numeric.get(code) ?? countryIdOfNumericCode(code);
	}

	/**
	 * Whether a country id made of digits stands for a code that no table knows (a dropped table,
	 * the built-in ones, or the aggregate codes): such a country is kept and named in the ledger.
	 */
	isUnknownNumericId(id: string): boolean {
		if (!/^\d{1,15}$/.test(id)) return false;
		const code = Number(id);
		return !this.#numeric.has(code) && !isKnownNumericCode(code) && !isAggregatePartner(code);
	}

	/** Records what a Comex Stat CO_PAIS code (digits, without leading zeros) stands for. */
	setComex(code: string, country: ComexCountry): void {
		this.#comex.set(code, country);
	}

	/** What a CO_PAIS code stands for: PAIS.csv's, else the built-in list's; undefined when neither has it. */
	comex(code: string): ComexCountry | undefined {
		return this.#comex.get(code) ?? builtInComexCountry(code);
	}
}
