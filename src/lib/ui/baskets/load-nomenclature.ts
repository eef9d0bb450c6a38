/** Loads the bundled HS nomenclature once, on demand (a same-origin static file, 830 kB). */
import { fetchSiteFile } from '../../static-files';
import { type Nomenclature, parseNomenclature } from '../../engine';

let loading: Promise<Nomenclature> | null = null;

/** The nomenclature, fetched and parsed on first call; a failed load may be retried. */
export function loadNomenclature(): Promise<Nomenclature> {
	loading ??= fetchSiteFile('/nomenclature/hs2022.csv')
		.then((response) => response.text())
		.then(parseNomenclature)
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
