import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { TradeFileError } from '../../../../src/lib/engine/model/errors';
import { expectReconciled, fixtureText, readOptions, textFile } from '../read-helpers';

/** The generated bilateral HTML table (see trade-map-pairs.test.ts) cut or damaged anywhere. */
const NAME = 'Trade_Map_-_Bilateral_trade_between_Brazil_and_Argentina.xls';
const HTML = fixtureText(`trade-map/${NAME}`);

/** A read of `text` ends in a TradeFileError or in a result that reconciles (nothing else). */
async function readOrRefuse(text: string): Promise<'read' | string> {
	try {
		const result = await readTradeFiles([textFile(NAME, text)], readOptions());
		expectReconciled(result);
		return 'read';
	} catch (error) {
		if (!(error instanceof TradeFileError)) throw error;
		expect(error.toLine()).not.toContain('\n');
		return error.code;
	}
}

describe('Trade Map HTML cut or damaged', () => {
	it('is read or refused with a message wherever it is cut', async () => {
		const codes = new Set<string>();
		for (let at = 1; at < HTML.length; at += 37) codes.add(await readOrRefuse(HTML.slice(0, at)));
		// Cut inside the grid, a page says it was cut; cut after it, it is read whole.
		expect(codes.has('truncated-file')).toBe(true);
		expect(await readOrRefuse(HTML)).toBe('read');
	});

	it('is read or refused with a message when a character is lost anywhere', async () => {
		for (let at = 0; at < HTML.length; at += 53) {
			await readOrRefuse(HTML.slice(0, at) + HTML.slice(at + 1));
		}
	});
});
