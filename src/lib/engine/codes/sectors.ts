import type { SectorId } from '../types';

/** The sector of an HS6 code given as an integer (10121 → chapter 01 → 'animal'); null for a chapter outside 01–99. */
export function sectorOfProduct(_hs6: number): SectorId | null {
	throw new Error('TODO(H1)');
}
