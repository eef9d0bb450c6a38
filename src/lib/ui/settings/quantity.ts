/** How quantities are named in the UI: units from DatasetInfo.quantityUnit, and what 'auto' means per format. */
import type { FormatId } from '../../engine';
import type { MessageKey } from '../../i18n';

/**
 * The unit 'auto' resolves to for each format (FORMATS.md): tons for BACI, net kg for Comex Stat
 * and Comext, the reported unit elsewhere. Used to label the choice before (or apart from) a read;
 * after a read with 'auto', DatasetInfo.quantityUnit is the engine's own answer.
 */
export const AUTO_QUANTITY_UNIT: Record<FormatId, string> = {
	baci: 't',
	'comtrade-plus': 'reported unit',
	'comtrade-legacy': 'reported unit',
	'comex-stat': 'kg',
	comext: 'kg',
	wits: 'reported unit',
	'trade-map': 'reported unit',
	custom: 'reported unit'
};

const UNIT_KEYS: Record<string, MessageKey> = {
	t: 'unit.t',
	kg: 'unit.kg',
	'reported unit': 'unit.reported'
};

/**
 * What unit values are computed from, in the user's language ('t' → “net weight in metric tons”);
 * a unit the UI does not know is shown as the engine wrote it.
 */
export function quantityUnitLabel(t: (key: MessageKey) => string, unit: string): string {
	// hasOwn: a unit from a link ('constructor') must not find Object.prototype's members.
	return Object.hasOwn(UNIT_KEYS, unit) ? t(UNIT_KEYS[unit]) : unit;
}

/** The same, starting with a capital letter (on its own rather than inside a sentence). */
export function quantityUnitTitle(t: (key: MessageKey) => string, unit: string): string {
	const label = quantityUnitLabel(t, unit);
	return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}
