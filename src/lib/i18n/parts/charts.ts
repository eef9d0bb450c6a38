/** Messages of the charts part (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'chart.downloads': 'Baixar o gráfico',
	'chart.downloadPng': 'Baixar o gráfico em PNG',
	'chart.downloadSvg': 'Baixar o gráfico em SVG',
	'chart.downloadFailed': 'Não foi possível gerar a imagem do gráfico: {message}',
	'chart.largest': '{series} — maior valor: {category} ({value}).',
	'chart.noData': 'O gráfico não tem dados para mostrar.',
	'chart.notDrawn': 'o gráfico não foi desenhado',
	'dataTable.downloadCsv': 'Baixar a tabela em CSV',
	'dataTable.empty': 'Nenhuma linha para mostrar.',
	'chart.outlier': 'Valor unitário atípico'
};

export const en: Translations<typeof ptBR> = {
	'chart.downloads': 'Download the chart',
	'chart.downloadPng': 'Download chart as PNG',
	'chart.downloadSvg': 'Download chart as SVG',
	'chart.downloadFailed': 'The chart image could not be made: {message}',
	'chart.largest': '{series} — largest: {category} ({value}).',
	'chart.noData': 'The chart has no data to show.',
	'chart.notDrawn': 'the chart was not drawn',
	'dataTable.downloadCsv': 'Download table as CSV',
	'dataTable.empty': 'No rows to show.',
	'chart.outlier': 'Unit-value outlier'
};

export const es: Translations<typeof ptBR> = {
	'chart.downloads': 'Descargar el gráfico',
	'chart.downloadPng': 'Descargar el gráfico en PNG',
	'chart.downloadSvg': 'Descargar el gráfico en SVG',
	'chart.downloadFailed': 'No se pudo generar la imagen del gráfico: {message}',
	'chart.largest': '{series} — valor más alto: {category} ({value}).',
	'chart.noData': 'El gráfico no tiene datos para mostrar.',
	'chart.notDrawn': 'el gráfico no se dibujó',
	'dataTable.downloadCsv': 'Descargar la tabla en CSV',
	'dataTable.empty': 'No hay filas para mostrar.',
	'chart.outlier': 'Valor unitario atípico'
};
