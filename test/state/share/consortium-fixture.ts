/**
 * The consortium sample (scripts/samples/make-comex-sample.ts) read and classified in Node the way
 * the page does for `?sample=consortium&b=Footwear and leather:64,4202*`: BRA 2021–2022, the basket's
 * cells at the default α and θ, shared with the app's own buildSharedResults.
 */
import { comexSampleFiles } from '../../../scripts/samples/make-comex-sample';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import { subsetKeys } from '../../../src/lib/engine/classify/key-subset';
import { readTradeFiles } from '../../../src/lib/engine/read/analyze';
import { ALL_PARTNERS, type ProductScope } from '../../../src/lib/engine/model/selection';
import type { ClassifySettings } from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';
import type { ShareSource } from '../../../src/lib/state/share/build';

export const CONSORTIUM_SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
export const CONSORTIUM_SCOPE: ProductScope = {
	sectors: null,
	chapters: null,
	basket: ['64*', '4202*']
};
export const CONSORTIUM_FILTER: ViewFilter = {
	reporter: 'BRA',
	yearFrom: 2021,
	yearTo: 2022,
	partners: ALL_PARTNERS
};

/** The sample as the page's share dialog sees it (settings text as the page writes it). */
export async function consortiumSource(): Promise<ShareSource> {
	const { keys, ledger, info } = await readTradeFiles(
		comexSampleFiles().map((file) => ({ name: file.name, blob: new Blob([file.bytes]) })),
		{ format: 'auto', reporter: null, quantityBasis: 'auto', includeReExports: false }
	);
	const cellsAt = (alpha: number) =>
		classifyKeys(keys, { ...CONSORTIUM_SETTINGS, alpha }, CONSORTIUM_SCOPE);
	return {
		settings: 'y=2021-2022&b=Footwear%20and%20leather:64*,4202*&v=quickcheck&lang=en',
		alpha: CONSORTIUM_SETTINGS.alpha,
		theta: CONSORTIUM_SETTINGS.theta,
		info,
		ledger,
		cells: cellsAt(CONSORTIUM_SETTINGS.alpha),
		filter: CONSORTIUM_FILTER,
		selection: { ...CONSORTIUM_FILTER, partners: ALL_PARTNERS, scope: CONSORTIUM_SCOPE },
		view: 'quickcheck',
		dimension: { kind: 'partner' },
		quickCheckMethod: 'ghm',
		cellsAt: async (alpha) => cellsAt(alpha),
		selectionKeys: async (chosen) => subsetKeys(keys, chosen)
	};
}
