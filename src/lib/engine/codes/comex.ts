/**
 * Comex Stat's CO_PAIS codes as the app knows them without PAIS.csv: the generated list
 * (comex-countries.ts), unpacked on first use.
 */
import { COMEX_COUNTRIES } from './comex-countries';

/** What a Comex Stat CO_PAIS code stands for. */
export type ComexCountry = { kind: 'country'; id: string } | { kind: 'aggregate' };

const AGGREGATE: ComexCountry = { kind: 'aggregate' };
let builtIn: Map<string, ComexCountry> | null = null;

function unpack(): Map<string, ComexCountry> {
	const map = new Map<string, ComexCountry>();
	for (const entry of COMEX_COUNTRIES.split(' ')) {
		const match = /^(\d+)([A-Z]{3})?$/.exec(entry);
		if (!match) throw new Error(`comex-countries.ts: bad entry ${entry}`);
		map.set(match[1], match[2] ? { kind: 'country', id: match[2] } : AGGREGATE);
	}
	return map;
}

/** The built-in list's meaning of a CO_PAIS code (digits without leading zeros), or undefined. */
export function builtInComexCountry(code: string): ComexCountry | undefined {
	builtIn ??= unpack();
	return builtIn.get(code);
}
