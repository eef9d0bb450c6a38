/** Messages of the covariates file errors (issue 6), merged into the dictionaries in pt-BR.ts, en.ts, es.ts. */
import type { Translations } from './translations';

export const ptBR = {
	'error.covariates-missing-column':
		'O arquivo de covariáveis não tem a coluna “{column}”. As colunas esperadas são iso3, year, gdp, gdp_per_capita e, se quiser, distance_km (baixe o modelo para ver o formato).',
	'error.covariates-too-large':
		'O arquivo de covariáveis é grande demais ({bytes} bytes; o limite é {limit}). Ele deve ter só uma linha por país e ano.',
	'error.covariates-unreadable':
		'Não foi possível ler o arquivo de covariáveis: há aspas abertas que nunca se fecham.',
	'covariates.drop.empty-value': 'País, ano, PIB ou PIB per capita vazio',
	'covariates.drop.bad-year': 'Ano inválido',
	'covariates.drop.not-a-number': 'PIB ou PIB per capita não numérico',
	'covariates.drop.non-positive-gdp': 'PIB ou PIB per capita zero ou negativo (sem logaritmo)',
	'covariates.drop.bad-distance': 'Distância negativa ou não numérica',
	'covariates.drop.unknown-country': 'País desconhecido (nem código ISO3 nem nome reconhecido)',
	'covariates.drop.duplicate-country-year': 'País e ano repetidos (vale a primeira linha)',
	'error.covariates-unknown-header':
		'O cabeçalho do arquivo de covariáveis não é de nenhum dos formatos lidos. Formatos esperados: {expected}.',
	'error.covariates-geo-cepii':
		'Este é o geo_cepii do CEPII (o arquivo de países, sem distâncias entre eles); solte o dist_cepii, as distâncias bilaterais do GeoDist.',
	'error.covariates-no-gdp':
		'Os arquivos de covariáveis não trazem {lacking}. Acrescente um download do Banco Mundial com a série (NY.GDP.MKTP.KD para o PIB, NY.GDP.PCAP.KD para o PIB per capita, ou SP.POP.TOTL junto com o PIB) ou o modelo preenchido.',
	'covariates.drop.aggregate':
		'Região ou grupo de renda do Banco Mundial (WLD, EUU, HIC…), não um país',
	'covariates.drop.footer': 'Nota de rodapé do DataBank (“Data from database”, “Last Updated”)',
	'covariates.drop.unused-series':
		'Série não usada (outra medida do PIB que a escolhida, população desnecessária, outro indicador)',
	'covariates.drop.other-origin': 'Par do dist_cepii cuja origem não é o declarante',
	'covariates.drop.self-pair': 'Par do dist_cepii do declarante consigo mesmo',
	'covariates.drop.missing-distance': 'Distância ausente (“.”) na medida escolhida',
	'covariates.drop.duplicate-distance': 'Distância do parceiro já dada (vale a primeira)'
};

export const en: Translations<typeof ptBR> = {
	'error.covariates-missing-column':
		'The covariates file has no “{column}” column. The expected columns are iso3, year, gdp, gdp_per_capita and, optionally, distance_km (download the template to see the layout).',
	'error.covariates-too-large':
		'The covariates file is too large ({bytes} bytes; the limit is {limit}). It should hold just one row per country and year.',
	'error.covariates-unreadable':
		'The covariates file cannot be read: a quotation mark is opened and never closed.',
	'covariates.drop.empty-value': 'Empty country, year, GDP or GDP per capita',
	'covariates.drop.bad-year': 'Invalid year',
	'covariates.drop.not-a-number': 'GDP or GDP per capita is not a number',
	'covariates.drop.non-positive-gdp': 'GDP or GDP per capita zero or negative (no logarithm)',
	'covariates.drop.bad-distance': 'Negative or non-numeric distance',
	'covariates.drop.unknown-country': 'Unknown country (neither an ISO3 code nor a known name)',
	'covariates.drop.duplicate-country-year': 'Country and year repeated (the first row counts)',
	'error.covariates-unknown-header':
		'The header of the covariates file is none of the layouts read. Expected: {expected}.',
	'error.covariates-geo-cepii':
		'This is CEPII’s geo_cepii (the country file, with no distances between countries); drop dist_cepii, GeoDist’s bilateral distances.',
	'error.covariates-no-gdp':
		'The covariates files give no {lacking}. Add a World Bank download of the series (NY.GDP.MKTP.KD for GDP, NY.GDP.PCAP.KD for GDP per capita, or SP.POP.TOTL beside GDP) or the filled template.',
	'covariates.drop.aggregate': 'World Bank region or income group (WLD, EUU, HIC…), not a country',
	'covariates.drop.footer': 'DataBank footer note (“Data from database”, “Last Updated”)',
	'covariates.drop.unused-series':
		'Series not used (another GDP measure than the one chosen, population not needed, another indicator)',
	'covariates.drop.other-origin': 'dist_cepii pair whose origin is not the reporter',
	'covariates.drop.self-pair': 'dist_cepii pair of the reporter with itself',
	'covariates.drop.missing-distance': 'Distance missing (“.”) in the chosen measure',
	'covariates.drop.duplicate-distance': 'Partner’s distance already given (the first counts)'
};

export const es: Translations<typeof ptBR> = {
	'error.covariates-missing-column':
		'El archivo de covariables no tiene la columna “{column}”. Las columnas esperadas son iso3, year, gdp, gdp_per_capita y, si se desea, distance_km (descargue la plantilla para ver el formato).',
	'error.covariates-too-large':
		'El archivo de covariables es demasiado grande ({bytes} bytes; el límite es {limit}). Debe tener solo una fila por país y año.',
	'error.covariates-unreadable':
		'No se pudo leer el archivo de covariables: hay comillas abiertas que nunca se cierran.',
	'covariates.drop.empty-value': 'País, año, PIB o PIB per cápita vacío',
	'covariates.drop.bad-year': 'Año no válido',
	'covariates.drop.not-a-number': 'PIB o PIB per cápita no numérico',
	'covariates.drop.non-positive-gdp': 'PIB o PIB per cápita cero o negativo (sin logaritmo)',
	'covariates.drop.bad-distance': 'Distancia negativa o no numérica',
	'covariates.drop.unknown-country': 'País desconocido (ni código ISO3 ni nombre reconocido)',
	'covariates.drop.duplicate-country-year': 'País y año repetidos (cuenta la primera fila)',
	'error.covariates-unknown-header':
		'La cabecera del archivo de covariables no corresponde a ninguno de los formatos leídos. Formatos esperados: {expected}.',
	'error.covariates-geo-cepii':
		'Este es el geo_cepii del CEPII (el archivo de países, sin distancias entre ellos); suelte el dist_cepii, las distancias bilaterales de GeoDist.',
	'error.covariates-no-gdp':
		'Los archivos de covariables no traen {lacking}. Añada una descarga del Banco Mundial con la serie (NY.GDP.MKTP.KD para el PIB, NY.GDP.PCAP.KD para el PIB per cápita, o SP.POP.TOTL junto al PIB) o la plantilla completada.',
	'covariates.drop.aggregate':
		'Región o grupo de ingreso del Banco Mundial (WLD, EUU, HIC…), no un país',
	'covariates.drop.footer': 'Nota al pie de DataBank (“Data from database”, “Last Updated”)',
	'covariates.drop.unused-series':
		'Serie no utilizada (otra medida del PIB que la elegida, población innecesaria, otro indicador)',
	'covariates.drop.other-origin': 'Par del dist_cepii cuyo origen no es el declarante',
	'covariates.drop.self-pair': 'Par del dist_cepii del declarante consigo mismo',
	'covariates.drop.missing-distance': 'Distancia ausente (“.”) en la medida elegida',
	'covariates.drop.duplicate-distance': 'Distancia del socio ya dada (cuenta la primera)'
};
