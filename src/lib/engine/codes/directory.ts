/**
 * Country codes learned from companion files dropped with the data: BACI's
 * `country_codes_V*.csv` (numeric code → ISO3, overriding the built-in table) and Comex Stat's
 * `PAIS.csv` (Brazil's CO_PAIS → ISO3). One directory per analysis.
 */
import { countryIdOfNumericCode } from './countries';

/** What a Comex Stat CO_PAIS code stands for. */
export type ComexCountry = { kind: 'country'; id: string } | { kind: 'aggregate' };

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

	/** Whether a BACI country table was dropped with the data. */
	get hasNumeric(): boolean {
		return this.#numeric.size > 0;
	}

	/** A numeric code's country id: the dropped table's, else the built-in one's. */
	numericId(code: number): string {
		return this.#numeric.get(code) ?? countryIdOfNumericCode(code);
	}

	/** Records what a Comex Stat CO_PAIS code (digits, without leading zeros) stands for. */
	setComex(code: string, country: ComexCountry): void {
		this.#comex.set(code, country);
	}

	/** Whether PAIS.csv was dropped with the data. */
	get hasComex(): boolean {
		return this.#comex.size > 0;
	}

	/** What a CO_PAIS code stands for; undefined when PAIS.csv is missing or lacks the code. */
	comex(code: string): ComexCountry | undefined {
		return this.#comex.get(code);
	}
}
