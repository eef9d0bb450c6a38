/** Messages of the short links in the share dialog (merged into pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'shareLinks.names': 'Incluir os nomes dos arquivos (eles podem ser privados)',
	'shareLinks.quick': 'Link curto da verificação rápida',
	'shareLinks.quickNote':
		'A cesta, os números de cada mercado que a verificação rápida mostra (no método escolhido, {method}) e as configurações: abre só a verificação rápida.',
	'shareLinks.view': 'Link desta visão',
	'shareLinks.viewNote': 'Só o que a visão aberta mostra: abre só esta visão.',
	'shareLinks.viewIsQuick': 'A visão aberta é a verificação rápida: use o link curto acima.',
	'shareLinks.viewNone':
		'Esta visão lê cada célula (parceiro × setor × ano) ou as linhas de produtos: ela só vai no link completo.',
	'shareLinks.full': 'Link completo dos resultados',
	'shareLinks.fullNote': 'Todas as visões, como você as vê.',
	'shareLinks.fileFirst':
		'Este link tem {length} caracteres: aplicativos de mensagem cortam links com mais de {limit}. Envie o arquivo de resultados.',
	'shareLinks.showLink': 'Mostrar o link mesmo assim',
	'shareLinks.length': '{length} caracteres',
	'shareLinks.onlyView':
		'Este link leva só os números de outra visão; abra o arquivo de resultados completo para ver esta.',
	'shareLinks.oneMethod': 'Este link traz só os números de {method}.',
	'shareLinks.viewNotShorter':
		'Para esta visão, um link próprio não sairia mais curto que o link completo: use o link completo.'
};

export const en: Translations<typeof ptBR> = {
	'shareLinks.names': 'Include the file names (they can be private)',
	'shareLinks.quick': 'Short quick check link',
	'shareLinks.quickNote':
		'The basket, the figures of each market the quick check shows (in the method chosen, {method}), and the settings: it opens the quick check only.',
	'shareLinks.view': 'Link to this view',
	'shareLinks.viewNote': 'Only what the open view shows: it opens this view only.',
	'shareLinks.viewIsQuick': 'The open view is the quick check: use the short link above.',
	'shareLinks.viewNone':
		'This view reads every cell (partner × sector × year) or the product rows: it travels in the full link only.',
	'shareLinks.full': 'Full results link',
	'shareLinks.fullNote': 'Every view, as you see them.',
	'shareLinks.fileFirst':
		'This link is {length} characters long: messaging apps cut links over {limit}. Send the results file.',
	'shareLinks.showLink': 'Show the link anyway',
	'shareLinks.length': '{length} characters',
	'shareLinks.onlyView':
		'This link carries the figures of another view only; open the full results file to see this one.',
	'shareLinks.oneMethod': 'This link carries the {method} figures only.',
	'shareLinks.viewNotShorter':
		'For this view, a link of its own would be no shorter than the full link: use the full link.'
};

export const es: Translations<typeof ptBR> = {
	'shareLinks.names': 'Incluir los nombres de los archivos (pueden ser privados)',
	'shareLinks.quick': 'Enlace corto de la verificación rápida',
	'shareLinks.quickNote':
		'La canasta, las cifras de cada mercado que muestra la verificación rápida (en el método elegido, {method}) y la configuración: abre solo la verificación rápida.',
	'shareLinks.view': 'Enlace de esta vista',
	'shareLinks.viewNote': 'Solo lo que muestra la vista abierta: abre solo esta vista.',
	'shareLinks.viewIsQuick':
		'La vista abierta es la verificación rápida: use el enlace corto de arriba.',
	'shareLinks.viewNone':
		'Esta vista lee cada celda (socio × sector × año) o las filas de productos: solo va en el enlace completo.',
	'shareLinks.full': 'Enlace completo de los resultados',
	'shareLinks.fullNote': 'Todas las vistas, como usted las ve.',
	'shareLinks.fileFirst':
		'Este enlace tiene {length} caracteres: las aplicaciones de mensajería cortan enlaces de más de {limit}. Envíe el archivo de resultados.',
	'shareLinks.showLink': 'Mostrar el enlace de todos modos',
	'shareLinks.length': '{length} caracteres',
	'shareLinks.onlyView':
		'Este enlace lleva solo las cifras de otra vista; abra el archivo de resultados completo para ver esta.',
	'shareLinks.oneMethod': 'Este enlace lleva solo las cifras de {method}.',
	'shareLinks.viewNotShorter':
		'Para esta vista, un enlace propio no sería más corto que el enlace completo: use el enlace completo.'
};
