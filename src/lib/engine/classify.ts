import type { Cell, ClassifySettings, TradeKeys } from './types';

/** R = (X / qX) / (M / qM) in exactly this order; NaN when undefined (METHODS 1.2). */
export function unitValueRatio(
	_x: number,
	_qx: number,
	_m: number,
	_qm: number,
	_cifFobFactor = 1
): number {
	throw new Error('TODO(H1)');
}

/** Every key classified by GHM and FF and summed into cells (year × reporter × partner × sector). */
export function classifyKeys(_keys: TradeKeys, _settings: ClassifySettings): Cell[] {
	throw new Error('TODO(H1)');
}
