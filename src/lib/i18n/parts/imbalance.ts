/** Messages of the imbalance-adjusted indices in the partner and sector tables (METHODS 7.3), merged into pt-BR.ts, en.ts, es.ts. */
import type { Translations } from './translations';

export const ptBR = {
	'imbalance.group': 'Ajustados ao desequilíbrio',
	'imbalance.glc': 'GLC',
	'imbalance.glcHint':
		'Grubel–Lloyd ajustado ao desequilíbrio comercial total (índice “C”, Grubel e Lloyd 1975): Σ sobreposição / (Σ T − |X − M|); média dos anos.',
	'imbalance.aquinoQ': 'Q de Aquino',
	'imbalance.aquinoQHint':
		'Q de Aquino (1978): exportações e importações de cada produto reescaladas para que o total fique equilibrado antes do Grubel–Lloyd; média dos anos. Em branco em “Outros” e sem as linhas de produtos.'
};

export const en: Translations<typeof ptBR> = {
	'imbalance.group': 'Adjusted for imbalance',
	'imbalance.glc': 'GLC',
	'imbalance.glcHint':
		'Grubel–Lloyd adjusted for the overall trade imbalance (“C” index, Grubel & Lloyd 1975): Σ overlap / (Σ T − |X − M|); mean over years.',
	'imbalance.aquinoQ': "Aquino's Q",
	'imbalance.aquinoQHint':
		"Aquino's Q (1978): each product's exports and imports rescaled so that the total is balanced before Grubel–Lloyd; mean over years. Blank for Others and without the product rows."
};

export const es: Translations<typeof ptBR> = {
	'imbalance.group': 'Ajustados por el desequilibrio',
	'imbalance.glc': 'GLC',
	'imbalance.glcHint':
		'Grubel–Lloyd ajustado por el desequilibrio comercial total (índice “C”, Grubel y Lloyd 1975): Σ solapamiento / (Σ T − |X − M|); media de los años.',
	'imbalance.aquinoQ': 'Q de Aquino',
	'imbalance.aquinoQHint':
		'Q de Aquino (1978): exportaciones e importaciones de cada producto reescaladas para que el total quede equilibrado antes del Grubel–Lloyd; media de los años. En blanco en “Otros” y sin las filas de productos.'
};
