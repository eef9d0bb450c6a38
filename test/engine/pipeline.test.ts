import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../src/lib/engine/classify/classify';
import { expectReconciled, readOptions, textFile } from './read/read-helpers';

const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

describe('read → classify, end to end', () => {
	it('drops rows the cells could not hold, so that cells add up to the value used', async () => {
		const file = textFile(
			'edges.csv',
			't,i,j,k,v,q\n',
			'2020,76,842,640399,1,1\n', // used: 1 000 USD
			'2020,76,842,1234,2,1\n', // chapter 00: no sector, not HS
			'2020,76,842,640399,Infinity,1\n', // not a trade value
			'2020,842,76,640399,-4,1\n' // negative
		);
		const result = await readTradeFiles([file], readOptions({ reporter: 'BRA' }));
		expectReconciled(result);
		expect(result.ledger.rowsUsed).toBe(1);
		expect(result.ledger.drops['invalid-product']?.rows).toBe(1);
		expect(result.ledger.drops['invalid-value']?.rows).toBe(1);
		expect(result.ledger.drops['negative-value']?.rows).toBe(1);
		// Dropped values that could be read are still counted: 2 000 invalid-product, −4 000 negative.
		expect(result.ledger.valueRead).toBe(1000 + 2000 - 4000);

		const cells = classifyKeys(result.keys, SETTINGS);
		const trade = cells.reduce((sum, cell) => sum + cell.trade, 0);
		expect(trade).toBe(result.ledger.valueUsed);
		expect(trade).toBe(1000);
	});
});
