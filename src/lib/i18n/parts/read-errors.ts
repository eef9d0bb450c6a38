/**
 * Messages of the files as really published (issue 14): damaged or unusual input, files that hold
 * no HS6 trade by partner, the same trade twice, what a table lacks. Merged into the dictionaries
 * in pt-BR.ts, en.ts, es.ts.
 */
import type { Translations } from './translations';

export const ptBR = {
	'error.zero-filled':
		'O arquivo só tem bytes zero onde deveria estar o texto: o download está danificado ou incompleto. Baixe-o de novo.',
	'error.nul-byte':
		'Esta linha tem um byte NUL (código 0) no caractere {character}: nenhuma tabela de texto tem um, então o arquivo está danificado ou não foi salvo como texto simples. Salve-o de novo como CSV, ou baixe-o de novo.',
	'error.empty-entries':
		'Nada no arquivo .zip pode ser lido: {entries} — vazio, 0 bytes. O download está danificado ou incompleto: baixe-o de novo.',
	'error.only-code-tables':
		'Estes arquivos são tabelas de códigos ({files}), sem dados de comércio: solte os arquivos de comércio junto com elas.',
	'error.web-page':
		'O arquivo é uma página da web (HTML), não uma tabela de comércio. Baixe os próprios dados: um CSV ou, do ITC Trade Map, a exportação “Text” (.txt) ou “Excel” (.xls) da tabela.',
	'error.no-hs6-by-partner':
		'Nenhuma linha pôde ser usada: o arquivo não tem comércio HS6 com países parceiros. Suas linhas têm como parceiro o Mundo, um grupo de países ou o próprio declarante, ou são totais HS2/HS4 (as contagens estão abaixo). Baixe os dados de novo por parceiro (cada país, não Mundo) e em HS6 (códigos de produto de 6 dígitos).',
	'error.services-file':
		'Este é um arquivo de serviços (códigos EBOPS), não de bens: o método precisa de bens por produto do SH. Baixe bens (tipo C, mercadorias) na classificação SH, por parceiro (cada país, não Mundo) e em HS6.',
	'error.not-hs-classification':
		'O arquivo está classificado em {classification}, não no SH: o método precisa de códigos de produto do SH. Baixe-o de novo na classificação SH, por parceiro (cada país, não Mundo) e em HS6.',
	'error.mismatched-tables':
		'A tabela de exportações ({exports}) e a de importações ({imports}) não são do mesmo país declarante com o mesmo parceiro: só formam um conjunto de dados como as duas direções de um mesmo par. Baixe a direção que falta desse par.',
	'error.duplicate-column':
		'O cabeçalho tem a coluna “{column}” duas vezes: não se sabe qual traz os dados. Renomeie ou apague uma delas e solte o arquivo de novo.',
	'error.duplicate-input':
		'{first} e {second} trazem o mesmo comércio ({year}): os mesmos fluxos dos mesmos países e produtos. Duas cópias de um mesmo download seriam somadas duas vezes: solte só uma delas.',
	'error.detail.download': 'Baixe no Trade Map',
	'error.missing.exports': 'valores exportados',
	'error.missing.imports': 'valores importados',
	'error.missing.hs6': 'códigos de produto de 6 dígitos (SH6)',
	'error.missing.partner': 'um país parceiro (os valores são comércio com o Mundo)',
	'error.missing.flow': 'colunas que digam exportação ou importação',
	'error.missing.years': 'colunas de valores anuais',
	'error.missing.usd': 'valores em dólares americanos'
};

export const en: Translations<typeof ptBR> = {
	'error.zero-filled':
		'The file holds only zero bytes where its text should be: the download is damaged or incomplete. Download it again.',
	'error.nul-byte':
		'This line holds a NUL byte (code 0) at character {character}: no text table has one, so the file is damaged or was not saved as plain text. Save it again as CSV, or download it again.',
	'error.empty-entries':
		'Nothing in the zip file can be read: {entries} — empty, 0 bytes. The download is damaged or incomplete: download it again.',
	'error.only-code-tables':
		'These files are code tables ({files}), with no trade data: drop the trade files together with them.',
	'error.web-page':
		'The file is a web page (HTML), not a trade table. Download the data itself: a CSV or, from ITC Trade Map, the table’s “Text” (.txt) or “Excel” (.xls) export.',
	'error.no-hs6-by-partner':
		'No row could be used: the file holds no HS6 trade with a partner country. Its rows have World, a group of countries or the reporter itself as partner, or are HS2/HS4 totals (the counts are below). Download the data again by partner (every country, not World) and at HS6 (6-digit product codes).',
	'error.services-file':
		'This is a services file (EBOPS codes), not goods: the method needs goods by HS product. Download goods instead (type C, commodities) in the HS classification, by partner (every country, not World) and at HS6.',
	'error.not-hs-classification':
		'The file is classified in {classification}, not HS: the method needs HS product codes. Download it again in the HS classification, by partner (every country, not World) and at HS6.',
	'error.mismatched-tables':
		'The exports table ({exports}) and the imports table ({imports}) are not the same reporter’s trade with the same partner: they make one dataset only as the two directions of one pair. Download the missing direction of that pair.',
	'error.duplicate-column':
		'The header names the column “{column}” twice: it is not clear which one holds the data. Rename or delete one of them and drop the file again.',
	'error.duplicate-input':
		'{first} and {second} hold the same trade ({year}): the same flows of the same countries and products. Two copies of one download would be counted twice: drop only one of them.',
	'error.detail.download': 'Download in Trade Map',
	'error.missing.exports': 'exported values',
	'error.missing.imports': 'imported values',
	'error.missing.hs6': '6-digit (HS6) product codes',
	'error.missing.partner': 'a partner country (the values are trade with the World)',
	'error.missing.flow': 'columns saying exports or imports',
	'error.missing.years': 'yearly value columns',
	'error.missing.usd': 'values in US dollars'
};

export const es: Translations<typeof ptBR> = {
	'error.zero-filled':
		'El archivo solo tiene bytes cero donde debería estar el texto: la descarga está dañada o incompleta. Descárguelo de nuevo.',
	'error.nul-byte':
		'Esta línea tiene un byte NUL (código 0) en el carácter {character}: ninguna tabla de texto tiene uno, así que el archivo está dañado o no se guardó como texto simple. Guárdelo de nuevo como CSV, o descárguelo de nuevo.',
	'error.empty-entries':
		'Nada en el archivo .zip se puede leer: {entries} — vacío, 0 bytes. La descarga está dañada o incompleta: descárguela de nuevo.',
	'error.only-code-tables':
		'Estos archivos son tablas de códigos ({files}), sin datos de comercio: suelte los archivos de comercio junto con ellas.',
	'error.web-page':
		'El archivo es una página web (HTML), no una tabla de comercio. Descargue los datos mismos: un CSV o, de ITC Trade Map, la exportación “Text” (.txt) o “Excel” (.xls) de la tabla.',
	'error.no-hs6-by-partner':
		'No se pudo usar ninguna fila: el archivo no tiene comercio HS6 con países socios. Sus filas tienen como socio el Mundo, un grupo de países o el propio declarante, o son totales HS2/HS4 (los recuentos están abajo). Descargue los datos de nuevo por socio (cada país, no Mundo) y a HS6 (códigos de producto de 6 dígitos).',
	'error.services-file':
		'Este es un archivo de servicios (códigos EBOPS), no de bienes: el método necesita bienes por producto del SA. Descargue bienes (tipo C, mercancías) en la clasificación SA, por socio (cada país, no Mundo) y a HS6.',
	'error.not-hs-classification':
		'El archivo está clasificado en {classification}, no en el SA: el método necesita códigos de producto del SA. Descárguelo de nuevo en la clasificación SA, por socio (cada país, no Mundo) y a HS6.',
	'error.mismatched-tables':
		'La tabla de exportaciones ({exports}) y la de importaciones ({imports}) no son del mismo declarante con el mismo socio: forman un solo conjunto de datos solo como las dos direcciones de un mismo par. Descargue la dirección que falta de ese par.',
	'error.duplicate-column':
		'El encabezado tiene la columna “{column}” dos veces: no se sabe cuál trae los datos. Cambie el nombre de una o bórrela y suelte el archivo de nuevo.',
	'error.duplicate-input':
		'{first} y {second} traen el mismo comercio ({year}): los mismos flujos de los mismos países y productos. Dos copias de una misma descarga se sumarían dos veces: suelte solo una de ellas.',
	'error.detail.download': 'Descargue en Trade Map',
	'error.missing.exports': 'valores exportados',
	'error.missing.imports': 'valores importados',
	'error.missing.hs6': 'códigos de producto de 6 dígitos (SA6)',
	'error.missing.partner': 'un país socio (los valores son comercio con el Mundo)',
	'error.missing.flow': 'columnas que digan exportación o importación',
	'error.missing.years': 'columnas de valores anuales',
	'error.missing.usd': 'valores en dólares estadounidenses'
};
