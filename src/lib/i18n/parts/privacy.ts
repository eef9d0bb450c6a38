/** Messages about privacy and working offline (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'offline.ready':
		'Disponível sem conexão: depois da primeira visita, este site funciona mesmo offline.',
	'offline.now': 'Você está offline: tudo continua funcionando, pois nada depende da rede.'
};

export const en: Translations<typeof ptBR> = {
	'offline.ready':
		'Available offline: after the first visit, this site works without a connection.',
	'offline.now': 'You are offline: everything keeps working, as nothing depends on the network.'
};

export const es: Translations<typeof ptBR> = {
	'offline.ready':
		'Disponible sin conexión: después de la primera visita, este sitio funciona incluso offline.',
	'offline.now': 'Está sin conexión: todo sigue funcionando, porque nada depende de la red.'
};
