/**
 * Messages of the CSV downloads' second button: the same file in Excel's dialect where the list
 * separator is `;` (engine/views/csv-field.ts). Merged into the dictionaries in pt-BR.ts, en.ts, es.ts.
 */
import type { Translations } from './translations';

export const ptBR = {
	'csv.excel': 'CSV para Excel (;)',
	'csv.excelShort': 'Excel (;)',
	'csv.excelHint':
		'O mesmo arquivo do jeito que o Excel em português e em espanhol abre: ponto e vírgula entre as colunas e vírgula decimal.'
};

export const en: Translations<typeof ptBR> = {
	'csv.excel': 'CSV for Excel (;)',
	'csv.excelShort': 'Excel (;)',
	'csv.excelHint':
		'The same file the way Excel in Portuguese and Spanish opens it: semicolons between columns and a decimal comma.'
};

export const es: Translations<typeof ptBR> = {
	'csv.excel': 'CSV para Excel (;)',
	'csv.excelShort': 'Excel (;)',
	'csv.excelHint':
		'El mismo archivo tal como lo abre Excel en español y en portugués: punto y coma entre las columnas y coma decimal.'
};
