/**
 * Messages of a line too long (engine/read/line-limit.ts): a line with no line break, a quoted field
 * that never closes, an HTML table row, each over the stated bound ({limit}, "1 MiB"). Merged
 * into the dictionaries in pt-BR.ts, en.ts, es.ts.
 */
import type { Translations } from './translations';

export const ptBR = {
	'error.line-too-long':
		'Uma linha com mais de {limit} sem quebra de linha: isto não é uma tabela de comércio (ou o arquivo termina as linhas de um jeito que o leitor não conhece: só LF, CRLF e CR são quebras de linha).',
	'error.unclosed-quote':
		'Um campo entre aspas começa nesta linha e continua, passando pelas quebras de linha, por mais de {limit}: falta a aspa (") que o fecha, então o arquivo está danificado ou não é uma tabela CSV.',
	'error.table-row-too-long':
		'Esta linha da tabela HTML tem mais de {limit} de texto: isto não é uma tabela de comércio (a linha de uma tabela de comércio tem algumas dezenas de células curtas).'
};

export const en: Translations<typeof ptBR> = {
	'error.line-too-long':
		'A line longer than {limit} without a line break: this is not a trade table (or the file ends its lines in a way the reader does not know: only LF, CRLF and CR are line breaks).',
	'error.unclosed-quote':
		'A quoted field starts on this line and goes on over its line breaks for more than {limit}: its closing quote (") is missing, so the file is damaged or is not a CSV table.',
	'error.table-row-too-long':
		'This HTML table row holds more than {limit} of text: this is not a trade table (a trade table’s row is a few dozen short cells).'
};

export const es: Translations<typeof ptBR> = {
	'error.line-too-long':
		'Una línea de más de {limit} sin salto de línea: esto no es una tabla de comercio (o el archivo termina sus líneas de una forma que el lector no conoce: solo LF, CRLF y CR son saltos de línea).',
	'error.unclosed-quote':
		'Un campo entre comillas empieza en esta línea y sigue, pasando por los saltos de línea, por más de {limit}: falta la comilla (") que lo cierra, así que el archivo está dañado o no es una tabla CSV.',
	'error.table-row-too-long':
		'Esta fila de la tabla HTML tiene más de {limit} de texto: esto no es una tabla de comercio (la fila de una tabla de comercio tiene unas decenas de celdas cortas).'
};
