/**
 * Messages of the robustness options in the settings (METHODS 7.1, 7.2, 7.4) and of the line
 * that names the options in force beside the results; merged in pt-BR.ts, en.ts, es.ts.
 */
import type { Translations } from './translations';

export const ptBR = {
	'options.group': 'Opções de robustez',
	'options.screen': 'Filtro de valores unitários',
	'options.screenOff': 'Desligado (como no artigo)',
	'options.screenQuantile': 'Quantis: fora de [Q(p), Q(1 − p)]',
	'options.screenMean': 'Múltiplo da média: acima de k × a média ou abaixo de média ÷ k',
	'options.p': 'p (entre 0 e 0,5)',
	'options.k': 'k (maior que 1)',
	'options.screenHelp':
		'Por (ano, produto, unidade). O comércio das chaves com um valor unitário atípico vai para “não classificado — valor unitário atípico”.',
	'options.level': 'Nível de classificação',
	'options.levelHs6': 'SH6 (como no artigo)',
	'options.levelHs4': 'SH4: chaves somadas por posição de 4 dígitos',
	'options.fob': 'FOB onde informado',
	'options.fobHelp':
		'As importações valem o FOB que a linha informa; o fator CIF/FOB só divide as linhas sem FOB.',
	'options.fobUnavailable':
		'Nenhum arquivo lido informa importações FOB (fobvalue do Comtrade+, FOB Trade Value do Comtrade antigo): não há o que mudar.',
	'options.inForce': 'Opções em vigor: {options}.',
	'options.inForceQuantile': 'filtro de valores unitários por quantis, p = {p}',
	'options.inForceMean': 'filtro de valores unitários por múltiplo da média, k = {k}',
	'options.inForceHs4': 'classificado em SH4',
	'options.inForceFob': 'importações FOB onde informado',
	'col.outlierShare': 'Atípicos/CII',
	'ledger.screenCaption': 'Filtro de valores unitários ({rule}): o que saiu da classificação',
	'ledger.screenKeys': 'Chaves com R indefinido pelo filtro',
	'ledger.screenTrade': 'Seu comércio (X + M)',
	'ledger.screenGhm': 'GHM: sobreposição em “não classificado — valor unitário atípico”',
	'ledger.screenFf':
		'FF: comércio nos dois sentidos em “não classificado — valor unitário atípico”',
	'options.editions': 'Edições do SH misturadas',
	'options.editionsConvert': 'Converter para a mais antiga, {target} (padrão)',
	'options.editionsOff': 'Manter os códigos como lidos',
	'options.editionsHelp':
		'Os anos lidos estão em mais de uma edição do SH: sem conversão, séries que cruzam a mudança não se comparam produto a produto.',
	'options.inForceEditionsOff': 'códigos SH como lidos (edições misturadas, sem conversão)',
	'facts.editionsAsRead':
		'Códigos mantidos como lidos (a conversão está desligada): séries que cruzam a mudança de edição não se comparam produto a produto.'
};

export const en: Translations<typeof ptBR> = {
	'options.group': 'Robustness options',
	'options.screen': 'Unit-value screen',
	'options.screenOff': 'Off (as in the paper)',
	'options.screenQuantile': 'Quantiles: outside [Q(p), Q(1 − p)]',
	'options.screenMean': 'Mean multiple: above k × the mean or below mean ÷ k',
	'options.p': 'p (between 0 and 0.5)',
	'options.k': 'k (greater than 1)',
	'options.screenHelp':
		'By (year, product, unit). The trade of keys with an outlier unit value goes to “unclassified — unit-value outlier”.',
	'options.level': 'Classification level',
	'options.levelHs6': 'HS6 (as in the paper)',
	'options.levelHs4': 'HS4: keys summed by 4-digit heading',
	'options.fob': 'FOB where reported',
	'options.fobHelp':
		'Imports count at the FOB value a row reports; the CIF/FOB factor only divides rows without one.',
	'options.fobUnavailable':
		'No file read reports FOB import values (Comtrade+ fobvalue, legacy Comtrade FOB Trade Value): nothing to switch.',
	'options.inForce': 'Options in force: {options}.',
	'options.inForceQuantile': 'unit-value screen by quantiles, p = {p}',
	'options.inForceMean': 'unit-value screen by mean multiple, k = {k}',
	'options.inForceHs4': 'classified at HS4',
	'options.inForceFob': 'imports FOB where reported',
	'col.outlierShare': 'UV outliers/IIT',
	'ledger.screenCaption': 'Unit-value screen ({rule}): what it took out of classification',
	'ledger.screenKeys': 'Keys left without R by the screen',
	'ledger.screenTrade': 'Their trade (X + M)',
	'ledger.screenGhm': 'GHM: overlap in “unclassified — unit-value outlier”',
	'ledger.screenFf': 'FF: two-way trade in “unclassified — unit-value outlier”',
	'options.editions': 'Mixed HS editions',
	'options.editionsConvert': 'Convert to the oldest, {target} (default)',
	'options.editionsOff': 'Keep the codes as read',
	'options.editionsHelp':
		'The years read are in more than one HS edition: without conversion, series across the change are not comparable product by product.',
	'options.inForceEditionsOff': 'HS codes as read (mixed editions not converted)',
	'facts.editionsAsRead':
		'Codes kept as read (conversion is off): series across the edition change are not comparable product by product.'
};

export const es: Translations<typeof ptBR> = {
	'options.group': 'Opciones de robustez',
	'options.screen': 'Filtro de valores unitarios',
	'options.screenOff': 'Desactivado (como en el artículo)',
	'options.screenQuantile': 'Cuantiles: fuera de [Q(p), Q(1 − p)]',
	'options.screenMean':
		'Múltiplo de la media: por encima de k × la media o por debajo de media ÷ k',
	'options.p': 'p (entre 0 y 0,5)',
	'options.k': 'k (mayor que 1)',
	'options.screenHelp':
		'Por (año, producto, unidad). El comercio de las claves con un valor unitario atípico va a “no clasificado — valor unitario atípico”.',
	'options.level': 'Nivel de clasificación',
	'options.levelHs6': 'SA6 (como en el artículo)',
	'options.levelHs4': 'SA4: claves sumadas por partida de 4 dígitos',
	'options.fob': 'FOB donde se informa',
	'options.fobHelp':
		'Las importaciones valen el FOB que la fila informa; el factor CIF/FOB solo divide las filas sin FOB.',
	'options.fobUnavailable':
		'Ningún archivo leído informa importaciones FOB (fobvalue de Comtrade+, FOB Trade Value del Comtrade antiguo): no hay nada que cambiar.',
	'options.inForce': 'Opciones en vigor: {options}.',
	'options.inForceQuantile': 'filtro de valores unitarios por cuantiles, p = {p}',
	'options.inForceMean': 'filtro de valores unitarios por múltiplo de la media, k = {k}',
	'options.inForceHs4': 'clasificado en SA4',
	'options.inForceFob': 'importaciones FOB donde se informa',
	'col.outlierShare': 'Atípicos/CII',
	'ledger.screenCaption': 'Filtro de valores unitarios ({rule}): lo que quitó de la clasificación',
	'ledger.screenKeys': 'Claves sin R por el filtro',
	'ledger.screenTrade': 'Su comercio (X + M)',
	'ledger.screenGhm': 'GHM: solapamiento en “no clasificado — valor unitario atípico”',
	'ledger.screenFf': 'FF: comercio en ambos sentidos en “no clasificado — valor unitario atípico”',
	'options.editions': 'Ediciones del SA mezcladas',
	'options.editionsConvert': 'Convertir a la más antigua, {target} (por defecto)',
	'options.editionsOff': 'Mantener los códigos como se leyeron',
	'options.editionsHelp':
		'Los años leídos están en más de una edición del SA: sin conversión, las series que cruzan el cambio no se comparan producto a producto.',
	'options.inForceEditionsOff': 'códigos SA como se leyeron (ediciones mezcladas, sin convertir)',
	'facts.editionsAsRead':
		'Códigos mantenidos como se leyeron (la conversión está desactivada): las series que cruzan el cambio de edición no se comparan producto a producto.'
};
