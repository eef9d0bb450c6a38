/**
 * Where the first-visit guide says each source's files are. Sites are named as text, not linked:
 * the app never points the browser at another origin (see the network rule in DESIGN.md).
 */
import type { MessageKey } from '../../i18n';

/** One data source: the site that publishes it (as text) and how to download it. */
export interface GuideSource {
	id: 'baci' | 'comtrade' | 'comex' | 'comext' | 'wits';
	host: string;
	textKey: MessageKey;
}

/** The sources FORMATS.md supports, in the order users most often come with them. */
export const GUIDE_SOURCES: readonly GuideSource[] = [
	{
		id: 'baci',
		host: 'cepii.fr',
		textKey: 'start.guide.source.baci'
	},
	{
		id: 'comtrade',
		host: 'comtradeplus.un.org',
		textKey: 'start.guide.source.comtrade'
	},
	{
		id: 'comex',
		host: 'gov.br/mdic',
		textKey: 'start.guide.source.comex'
	},
	{
		id: 'comext',
		host: 'ec.europa.eu/eurostat',
		textKey: 'start.guide.source.comext'
	},
	{
		id: 'wits',
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
