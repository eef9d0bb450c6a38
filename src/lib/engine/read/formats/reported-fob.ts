/**
 * "FOB where reported" (METHODS 7.2), as the Comtrade readers record it: for each import row used,
 * the FOB value the row reports (Comtrade+ `fobvalue`, legacy `FOB Trade Value (US$)`) goes to its
 * key (TradeKeys.reportedFob) and the row is counted by valuation in the ledger.
 *
 * A row "reports FOB" when its FOB cell holds a finite number > 0. A row whose value as read was
 * taken from that same cell (a legacy row with an empty CIF cell, a Comtrade+ reporter that values
 * imports FOB) reports FOB too, with FOB = value as read: it is already FOB-valued, so the option
 * leaves its value as it is and keeps the CIF/FOB factor off it.
 */
import type { ReaderContext } from './reader';

/** The FOB value of a cell already read as a number: itself when finite and > 0, else NaN (none). */
export function reportedFobValue(value: number): number {
	return value > 0 && value < Infinity ? value : NaN;
}

/**
 * Records an import row just used (after accumulator.add and ledger.use): its reported FOB value
 * (`fobUsd`, NaN when none) in the key `keyIndex`, and its valuation in the ledger.
 */
export function noteImportValuation(
	context: Pick<ReaderContext, 'accumulator' | 'ledger'>,
	keyIndex: number,
	asReadUsd: number,
	fobUsd: number
): void {
	if (fobUsd > 0) context.accumulator.addReportedFob(keyIndex, fobUsd, asReadUsd);
	context.ledger.useImport(asReadUsd, fobUsd);
}
