import { describe, expect, it } from 'vitest';
import { infoFromWire, infoToWire } from '../../../src/lib/engine/share/wire-facts';
import type { DatasetInfo } from '../../../src/lib/engine/model/types';
import { INFO as BACI_INFO } from '../../state/share/share-fixture';

const INFO: DatasetInfo = {
	...BACI_INFO,
	format: 'comtrade-legacy',
	notes: ['no-quantities', 'customs-union-reporter'],
	hsEditions: ['H4', 'H5'],
	reporters: ['EUN']
};

const travel = (info: DatasetInfo) => infoFromWire(JSON.parse(JSON.stringify(infoToWire(info))));

describe('shared results facts of a Comtrade file', () => {
	it('carry the customs-union note and the HS editions', () => {
		expect(travel(INFO)).toEqual(INFO);
		const { hsEditions: _, ...withoutEditions } = INFO;
		expect(travel(withoutEditions)).not.toHaveProperty('hsEditions');
		expect(travel(withoutEditions)).toEqual(withoutEditions);
	});
});
