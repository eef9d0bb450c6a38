/** STUB (issue 3): to be written. */
import { TradeFileError } from '../errors';
import type { FormatDefinition } from './reader';

export const tradeMapFormat: FormatDefinition = {
	id: 'trade-map',
	matches: () => false,
	createReader(_header, _options, context) {
		throw new TradeFileError('unknown-format', 'Not implemented yet.', context.file);
	},
	facts: () => ({
		currency: 'USD',
		importValuation: 'FOB',
		valueUnitInFile: 'USD',
		quantityBasis: 'reported',
		quantityUnit: 'reported unit'
	})
};
