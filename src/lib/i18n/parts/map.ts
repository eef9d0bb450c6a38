/** Messages of the map view (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'view.map': 'Mapa',
	'map.title': '{reporter} e seus parceiros: {metric}',
	'map.scope': '{reporter}, {from}–{to}, método {method}: todos os parceiros da seleção.',
	'map.metricChoice': 'Cor',
	'map.method': 'Método',
	'map.metric.iitIndex': 'Índice CII',
	'map.metric.viitSup': 'CIIV superior / mão dupla',
	'map.metric.premium': 'Prêmio de preço',
	'map.legend.iitIndex':
		'Índice CII: comércio de mão dupla sobre o comércio total, média dos anos com comércio.',
	'map.legend.viitSup':
		'CIIV superior sobre o comércio de mão dupla (como na verificação rápida): a parte vendida mais cara do que é comprada de volta.',
	'map.legend.premium':
		'Prêmio de preço (como no quadrante da verificação rápida): valor unitário da exportação sobre o da importação, média ponderada; azul mais barato, laranja mais caro.',
	'map.legend.grey':
		'Cinza: sem comércio com {reporter} na seleção, ou valor indefinido. Hachurado: {reporter}.',
	'map.region': '{partner}: {metric} {value}, comércio {trade} por ano',
	'map.reporter': '{reporter} (país declarante)',
	'map.noData': '{country}: sem dados',
	'map.undefined': 'indefinido',
	'map.description': 'Mapa-múndi dos parceiros de {reporter} coloridos por {metric}. {regions}',
	'map.unmapped': 'Fora do mapa (sem forma no mapa 1:110m): {partners}.',
	'map.empty': 'Nenhum parceiro com comércio na seleção: não há mapa a desenhar.',
	'map.loading': 'Carregando o mapa…',
	'map.failed': 'O mapa não pôde ser carregado: {message}',
	'map.caption': '{reporter}: parceiros no mapa ({method}), {from}–{to}',
	'map.col.partner': 'Parceiro',
	'map.col.value': 'Valor',
	'map.col.trade': 'Comércio (média anual)',
	'map.source': 'Fronteiras: Natural Earth 1:110m (domínio público).'
};

export const en: Translations<typeof ptBR> = {
	'view.map': 'Map',
	'map.title': '{reporter} and its partners: {metric}',
	'map.scope': '{reporter}, {from}–{to}, {method} method: every partner of the selection.',
	'map.metricChoice': 'Colour',
	'map.method': 'Method',
	'map.metric.iitIndex': 'IIT index',
	'map.metric.viitSup': 'VIIT-sup / two-way',
	'map.metric.premium': 'Price premium',
	'map.legend.iitIndex': 'IIT index: two-way trade over total trade, mean over years with trade.',
	'map.legend.viitSup':
		'VIIT-sup over two-way trade (as in the quick check): the part sold dearer than it is bought back.',
	'map.legend.premium':
		'Price premium (as in the quick check quadrant): export over import unit value, value-weighted; blue cheaper, orange dearer.',
	'map.legend.grey':
		'Grey: no trade with {reporter} in the selection, or an undefined value. Hatched: {reporter}.',
	'map.region': '{partner}: {metric} {value}, trade {trade} a year',
	'map.reporter': '{reporter} (reporter)',
	'map.noData': '{country}: no data',
	'map.undefined': 'undefined',
	'map.description': 'World map of the partners of {reporter} coloured by {metric}. {regions}',
	'map.unmapped': 'Not on the map (no shape at 1:110m): {partners}.',
	'map.empty': 'No partner with trade in the selection: there is no map to draw.',
	'map.loading': 'Loading the map…',
	'map.failed': 'The map could not be loaded: {message}',
	'map.caption': '{reporter}: partners on the map ({method}), {from}–{to}',
	'map.col.partner': 'Partner',
	'map.col.value': 'Value',
	'map.col.trade': 'Trade (annual average)',
	'map.source': 'Borders: Natural Earth 1:110m (public domain).'
};

export const es: Translations<typeof ptBR> = {
	'view.map': 'Mapa',
	'map.title': '{reporter} y sus socios: {metric}',
	'map.scope': '{reporter}, {from}–{to}, método {method}: todos los socios de la selección.',
	'map.metricChoice': 'Color',
	'map.method': 'Método',
	'map.metric.iitIndex': 'Índice CII',
	'map.metric.viitSup': 'CIIV superior / doble vía',
	'map.metric.premium': 'Prima de precio',
	'map.legend.iitIndex':
		'Índice CII: comercio de doble vía sobre el comercio total, media de los años con comercio.',
	'map.legend.viitSup':
		'CIIV superior sobre el comercio de doble vía (como en la verificación rápida): la parte vendida más cara de lo que se compra de vuelta.',
	'map.legend.premium':
		'Prima de precio (como en el cuadrante de la verificación rápida): valor unitario de la exportación sobre el de la importación, media ponderada; azul más barato, naranja más caro.',
	'map.legend.grey':
		'Gris: sin comercio con {reporter} en la selección, o valor indefinido. Rayado: {reporter}.',
	'map.region': '{partner}: {metric} {value}, comercio {trade} al año',
	'map.reporter': '{reporter} (país declarante)',
	'map.noData': '{country}: sin datos',
	'map.undefined': 'indefinido',
	'map.description': 'Mapamundi de los socios de {reporter} coloreados por {metric}. {regions}',
	'map.unmapped': 'Fuera del mapa (sin forma a 1:110m): {partners}.',
	'map.empty': 'Ningún socio con comercio en la selección: no hay mapa que dibujar.',
	'map.loading': 'Cargando el mapa…',
	'map.failed': 'No se pudo cargar el mapa: {message}',
	'map.caption': '{reporter}: socios en el mapa ({method}), {from}–{to}',
	'map.col.partner': 'Socio',
	'map.col.value': 'Valor',
	'map.col.trade': 'Comercio (media anual)',
	'map.source': 'Fronteras: Natural Earth 1:110m (dominio público).'
};
