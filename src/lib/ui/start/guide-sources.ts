/** The download pages the first-visit guide points to: plain links the user clicks, never fetched. */
import type { MessageKey } from '../../i18n';

/** One data source: where its download page is, the host shown as link text, and how to use it. */
export interface GuideSource {
	id: 'baci' | 'comtrade' | 'comex' | 'comext' | 'wits';
	url: string;
	host: string;
	textKey: MessageKey;
}

/** The sources FORMATS.md supports, in the order users most often come with them. */
export const GUIDE_SOURCES: readonly GuideSource[] = [
	{
		id: 'baci',
		url: 'https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
		host: 'cepii.fr',
		textKey: 'start.guide.source.baci'
	},
	{
		id: 'comtrade',
		url: 'https://comtradeplus.un.org/TradeFlow',
		host: 'comtradeplus.un.org',
		textKey: 'start.guide.source.comtrade'
	},
	{
		id: 'comex',
		url: 'https://www.gov.br/mdic/pt-br/assuntos/comercio-exterior/estatisticas/base-de-dados-bruta',
		host: 'gov.br/mdic',
		textKey: 'start.guide.source.comex'
	},
	{
		id: 'comext',
		url: 'https://ec.europa.eu/eurostat/databrowser/bulk?lang=en&selectedTab=fileComext',
		host: 'ec.europa.eu/eurostat',
		textKey: 'start.guide.source.comext'
	},
	{
		id: 'wits',
		url: 'https://wits.worldbank.org/',
		host: 'wits.worldbank.org',
		textKey: 'start.guide.source.wits'
	}
];

/** The meanings the guide explains, one sentence each, in reading order. */
export const GUIDE_MEANINGS: readonly MessageKey[] = [
	'start.guide.meaning.iit',
	'start.guide.meaning.horizontal',
	'start.guide.meaning.vertical',
	'start.guide.meaning.superior',
	'start.guide.meaning.inferior'
];
