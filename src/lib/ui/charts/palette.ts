/** Colours of the charts: both scales stay readable with the common forms of colour blindness. */

/** Okabe–Ito: distinguishable with the common forms of colour blindness (series colours). */
export const OKABE_ITO = [
	'#0072B2',
	'#E69F00',
	'#009E73',
	'#D55E00',
	'#56B4E9',
	'#CC79A7',
	'#F0E442',
	'#000000'
];

/** Viridis, dark (low) to light (high): a sequential scale that reads in grey and with colour blindness. */
export const VIRIDIS = [
	'#440154',
	'#482878',
	'#3e4989',
	'#31688e',
	'#26828e',
	'#1f9e89',
	'#35b779',
	'#6ece58',
	'#b5de2b',
	'#fde725'
];

/** The series colour for an index (wraps around the palette). */
export function seriesColor(index: number): string {
	const size = OKABE_ITO.length;
	return OKABE_ITO[((index % size) + size) % size];
}
