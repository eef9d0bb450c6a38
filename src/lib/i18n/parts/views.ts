/** Messages of the analysis views' frame: tabs, filters, country groups, the report. */
import type { Translations } from './translations';

export const ptBR = {
	'group.oecd': 'OCDE',
	'group.eu27': 'União Europeia (27)',
	'group.mercosur': 'Mercosul',
	'group.brics': 'BRICS',
	'group.g20': 'G20'
};

export const en: Translations<typeof ptBR> = {
	'group.oecd': 'OECD',
	'group.eu27': 'European Union (27)',
	'group.mercosur': 'Mercosur',
	'group.brics': 'BRICS',
	'group.g20': 'G20'
};

export const es: Translations<typeof ptBR> = {
	'group.oecd': 'OCDE',
	'group.eu27': 'Unión Europea (27)',
	'group.mercosur': 'Mercosur',
	'group.brics': 'BRICS',
	'group.g20': 'G20'
};
