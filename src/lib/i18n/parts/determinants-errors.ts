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
	'covariates.drop.duplicate-country-year': 'País e ano repetidos (vale a primeira linha)'
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
	'covariates.drop.duplicate-country-year': 'Country and year repeated (the first row counts)'
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
	'covariates.drop.duplicate-country-year': 'País y año repetidos (cuenta la primera fila)'
};
