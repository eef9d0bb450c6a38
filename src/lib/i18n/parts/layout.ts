/** The workspace's phone layout: the drawer that holds the files, baskets and settings. */
import type { Translations } from './translations';

export const ptBR = {
	'layout.drawer.open': 'Arquivos e configurações',
	'layout.drawer.title': 'Arquivos, cestas e configurações',
	'layout.drawer.close': 'Ver os resultados'
};

export const en: Translations<typeof ptBR> = {
	'layout.drawer.open': 'Files and settings',
	'layout.drawer.title': 'Files, baskets and settings',
	'layout.drawer.close': 'Show the results'
};

export const es: Translations<typeof ptBR> = {
	'layout.drawer.open': 'Archivos y configuración',
	'layout.drawer.title': 'Archivos, canastas y configuración',
	'layout.drawer.close': 'Ver los resultados'
};
