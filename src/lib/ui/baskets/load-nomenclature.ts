/** Loads the bundled HS nomenclature once, on demand (a same-origin static file, 830 kB). */
import { asset } from '$app/paths';
import { parseNomenclature, type Nomenclature } from '../../engine/nomenclature';

let loading: Promise<Nomenclature> | null = null;

/** The nomenclature, fetched and parsed on first call; a failed load may be retried. */
export function loadNomenclature(): Promise<Nomenclature> {
	loading ??= fetch(asset('/nomenclature/hs2022.csv'))
		.then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.text();
		})
		.then(parseNomenclature)
		.catch((error: unknown) => {
			loading = null;
			throw error;
		});
	return loading;
}
