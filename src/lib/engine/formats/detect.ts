import type { FormatId, QuantityBasis } from '../types';
import { createBaciReader } from './baci';
import { createComtradePlusReader } from './comtrade-plus';
import { normalizeColumnName } from './fields';
import type { ReaderFactory } from './reader';

const BACI_COLUMNS = ['t', 'i', 'j', 'k', 'v', 'q'];
const COMTRADE_PLUS_LEAD = ['typecode', 'freqcode', 'refperiodid'];
const COMTRADE_PLUS_CORE = ['flowcode', 'partnercode', 'cmdcode', 'primaryvalue'];

/** One reader per format. */
export const READERS: Record<FormatId, ReaderFactory> = {
	baci: createBaciReader,
	'comtrade-plus': createComtradePlusReader
};

/**
 * The format of a file from its header (case, spaces and quotes around names ignored), or null.
 * BACI: only the columns t,i,j,k,v,q, at least four of them (so a missing one is reported by
 * name, not as an unknown format). Comtrade+: its leading columns `typeCode,freqCode,refPeriodId`
 * or its core columns flowCode, partnerCode, cmdCode, primaryValue (three of the four suffice).
 */
export function detectFormat(header: string[]): FormatId | null {
	const names = header.map(normalizeColumnName).filter((name) => name !== '');
	const baci = names.filter((name) => BACI_COLUMNS.includes(name));
	if (baci.length >= 4 && baci.length === names.length) return 'baci';
	const set = new Set(names);
	const lead = COMTRADE_PLUS_LEAD.filter((name) => set.has(name)).length;
	const core = COMTRADE_PLUS_CORE.filter((name) => set.has(name)).length;
	if (lead >= 2 || core >= 3) return 'comtrade-plus';
	return null;
}

/** What the UI states about a format's data: import valuation and quantity unit. */
export function formatFacts(
	format: FormatId,
	basis: QuantityBasis
): { importValuation: 'CIF' | 'FOB'; quantityUnit: string } {
	if (format === 'baci') return { importValuation: 'FOB', quantityUnit: 't' };
	return { importValuation: 'CIF', quantityUnit: basis === 'net-weight' ? 'kg' : 'reported unit' };
}
