/**
 * Every code the engine can produce has a message in the dictionaries. The dictionaries import
 * nothing of ours, so the check lives here: a missing key fails the type check of this file.
 */
import type {
	CompanionId,
	DropReason,
	FormatId,
	QuantityBasis,
	SectorId,
	SkipReason,
	TradeErrorCode
} from '../../engine';
import type { MessageKey } from '../../i18n';

/** Keys that must exist because the engine can produce them. */
export type EngineMessageKey =
	| `error.${TradeErrorCode}`
	| `drop.${DropReason}`
	| `skip.${SkipReason}`
	| `sector.${SectorId}`
	| `format.${FormatId}`
	| `format.${CompanionId}`
	| `quantity.${QuantityBasis}`;

/** The keys the dictionaries lack: none, or the assignment below names them in its error. */
type Untranslated = Exclude<EngineMessageKey, MessageKey>;
export const ENGINE_CODES_TRANSLATED: [Untranslated] extends [never] ? true : Untranslated = true;
