/**
 * The bundled sample datasets that `?sample=<id>` opens: synthetic files written to
 * static/samples/ by `npm run samples` (scripts/samples/make-demo.ts), fetched from the site itself.
 */
import { fetchSiteFile } from '../static-files';
import type { FormatId } from '../engine';
import type { MessageKey } from '../i18n';

/** Ids of the bundled samples, as written in `?sample=<id>`. */
export const SAMPLE_IDS = ['demo', 'consortium'] as const;
/** One bundled sample's id. */
export type SampleId = (typeof SAMPLE_IDS)[number];

/** A bundled sample: its files under static/samples/, the reporter to analyse and the format they are in. */
export interface Sample {
	id: SampleId;
	/** File names under static/samples/ (the site's `/samples/`), all opened together. */
	files: readonly string[];
	/** ISO3 of the reporter to set before analysing. */
	reporter: string;
	/** The format detection finds in these files (for tests and the guide's text). */
	format: FormatId;
	/** Dictionary key of the sample's title. */
	titleKey: MessageKey;
	/** Dictionary key of a one-line description. */
	descriptionKey: MessageKey;
	/** The basket the sample opens with (its name in the user's language), if any. */
	basket?: SampleBasket;
}

/** A sample's ready basket: HS patterns the sample is rich in, and its name's dictionary key. */
export interface SampleBasket {
	nameKey: MessageKey;
	patterns: readonly string[];
}

/** Every bundled sample, the built-in demo first. */
export const SAMPLES: readonly Sample[] = [
	{
		id: 'demo',
		files: ['demo-baci.csv'],
		reporter: 'BRA',
		format: 'baci',
		titleKey: 'start.sample.demo.title',
		descriptionKey: 'start.sample.demo.description'
	},
	{
		id: 'consortium',
		files: ['EXP_2021.csv', 'IMP_2021.csv', 'EXP_2022.csv', 'IMP_2022.csv', 'PAIS.csv'],
		reporter: 'BRA',
		format: 'comex-stat',
		titleKey: 'start.sample.consortium.title',
		descriptionKey: 'start.sample.consortium.description',
		// Leather (41), leather goods (42) and footwear (64); the sample's furs (43) stay out.
		basket: { nameKey: 'start.sample.consortium.basket', patterns: ['41', '42', '64'] }
	}
];

/** The sample with this id, or undefined for anything else (ids come from the URL: never trusted). */
export function sampleOf(id: string | null | undefined): Sample | undefined {
	return SAMPLES.find((sample) => sample.id === id);
}

/** MIME type of a sample file (every sample file is CSV). */
const CSV_TYPE = 'text/csv';

/**
 * Fetches a sample's files from the site's own static folder (same origin, sub-path safe) as
 * File objects ready for session.open. Rejects with the file name when one is missing.
 */
export async function loadSampleFiles(
	sample: Sample,
	fetchFile: (path: string) => Promise<Response> = fetchSiteFile
): Promise<File[]> {
	return Promise.all(
		sample.files.map(async (name) => {
			const response = await fetchFile(`/samples/${name}`);
			return new File([await response.blob()], name, { type: CSV_TYPE });
		})
	);
}
