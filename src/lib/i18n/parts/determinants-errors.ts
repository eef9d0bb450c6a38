/** Messages of the covariates file errors (issue 6), merged into the dictionaries in pt-BR.ts, en.ts, es.ts. */
import type { Translations } from './translations';

export const ptBR = {};

export const en: Translations<typeof ptBR> = {};

export const es: Translations<typeof ptBR> = {};
