/** Messages of the class stability view (METHODS 7.5), merged into the dictionaries in pt-BR.ts, en.ts, es.ts. */
import type { Translations } from './translations';

export const ptBR = {
	'view.stability': 'Estabilidade das classes',

	'stability.intro':
		'Um produto muda de classe de um ano para o outro? Para cada chave (parceiro e produto) com comércio em dois anos seguidos da seleção, a classe no ano t contra a classe no ano t+1, ponderada pelo comércio T da chave em t+1 e somada sobre todos os pares de anos. Nielsen e Lüthje (2002) acharam as classes dos produtos instáveis.',
	'stability.methodsLink': 'Veja como é calculado.',
	'stability.loading': 'Comparando as classes ano a ano…',
	'stability.error': 'Não foi possível calcular a estabilidade das classes',
	'stability.needsTwoYears':
		'A estabilidade das classes precisa de dois anos consecutivos com comércio na seleção: escolha um intervalo de anos maior.',
	'stability.yearPairs': 'Pares de anos comparados: {pairs}.',
	'stability.settingsNote':
		'Com α = {alpha}, θ = {theta} e fator CIF/FOB {factor}; pesos: o comércio T = X + M da chave no ano t+1.',
	'stability.headline':
		'{method}: {share} do peso ({weight}) manteve a classe de um ano para o outro ({pairs} pares de chave).',
	'stability.noPairs': '{method}: nenhuma chave entra na comparação nestes anos.',
	'stability.methodGhm': 'GHM — classe da sobreposição; chaves com sobreposição nos dois anos',
	'stability.methodFf': 'FF — chaves com comércio nos dois sentidos em pelo menos um dos dois anos',
	'stability.caption':
		'{method}: classe no ano t (linhas) e no ano t+1 (colunas), em participação do peso total',
	'stability.captionAmounts':
		'{method}: classe no ano t (linhas) e no ano t+1 (colunas), em valor (comércio em t+1)',
	'stability.corner': 'Ano t ↓ · ano t+1 →',
	'stability.total': 'Total',
	'stability.showAmounts': 'Mostrar valores em vez de participações',
	'stability.cellTitle': '{from} → {to}: {amount} ({share})',
	'stability.hs4Note': 'Classificado em SH4: cada chave é uma posição de 4 dígitos.',
	'stability.downloadCsv': 'Baixar CSV'
};

export const en: Translations<typeof ptBR> = {
	'view.stability': 'Class stability',

	'stability.intro':
		'Does a product change class from one year to the next? For each key (partner and product) traded in two consecutive years of the selection, its class in year t against its class in year t+1, weighted by the key’s trade T in t+1 and summed over every pair of years. Nielsen and Lüthje (2002) found product classes unstable.',
	'stability.methodsLink': 'See how it is computed.',
	'stability.loading': 'Comparing the classes year by year…',
	'stability.error': 'Could not compute class stability',
	'stability.needsTwoYears':
		'Class stability needs two consecutive years with trade in the selection: choose a wider year range.',
	'stability.yearPairs': 'Year pairs compared: {pairs}.',
	'stability.settingsNote':
		'At α = {alpha}, θ = {theta} and CIF/FOB factor {factor}; weights: the key’s trade T = X + M in year t+1.',
	'stability.headline':
		'{method}: {share} of the weight ({weight}) kept its class from one year to the next ({pairs} key pairs).',
	'stability.noPairs': '{method}: no key enters the comparison in these years.',
	'stability.methodGhm': 'GHM — class of the overlap; keys with an overlap in both years',
	'stability.methodFf': 'FF — keys that are two-way in at least one of the two years',
	'stability.caption':
		'{method}: class in year t (rows) and in year t+1 (columns), as shares of the total weight',
	'stability.captionAmounts':
		'{method}: class in year t (rows) and in year t+1 (columns), as amounts (trade in t+1)',
	'stability.corner': 'Year t ↓ · year t+1 →',
	'stability.total': 'Total',
	'stability.showAmounts': 'Show amounts instead of shares',
	'stability.cellTitle': '{from} → {to}: {amount} ({share})',
	'stability.hs4Note': 'Classified at HS4: each key is a 4-digit heading.',
	'stability.downloadCsv': 'Download CSV'
};

export const es: Translations<typeof ptBR> = {
	'view.stability': 'Estabilidad de las clases',

	'stability.intro':
		'¿Cambia un producto de clase de un año al siguiente? Para cada clave (socio y producto) con comercio en dos años seguidos de la selección, su clase en el año t frente a su clase en el año t+1, ponderada por el comercio T de la clave en t+1 y sumada sobre todos los pares de años. Nielsen y Lüthje (2002) hallaron inestables las clases de los productos.',
	'stability.methodsLink': 'Vea cómo se calcula.',
	'stability.loading': 'Comparando las clases año a año…',
	'stability.error': 'No se pudo calcular la estabilidad de las clases',
	'stability.needsTwoYears':
		'La estabilidad de las clases necesita dos años consecutivos con comercio en la selección: elija un intervalo de años mayor.',
	'stability.yearPairs': 'Pares de años comparados: {pairs}.',
	'stability.settingsNote':
		'Con α = {alpha}, θ = {theta} y factor CIF/FOB {factor}; pesos: el comercio T = X + M de la clave en el año t+1.',
	'stability.headline':
		'{method}: el {share} del peso ({weight}) mantuvo su clase de un año al siguiente ({pairs} pares de claves).',
	'stability.noPairs': '{method}: ninguna clave entra en la comparación en estos años.',
	'stability.methodGhm': 'GHM — clase del solapamiento; claves con solapamiento en ambos años',
	'stability.methodFf':
		'FF — claves con comercio en ambos sentidos en al menos uno de los dos años',
	'stability.caption':
		'{method}: clase en el año t (filas) y en el año t+1 (columnas), como participación del peso total',
	'stability.captionAmounts':
		'{method}: clase en el año t (filas) y en el año t+1 (columnas), en valor (comercio en t+1)',
	'stability.corner': 'Año t ↓ · año t+1 →',
	'stability.total': 'Total',
	'stability.showAmounts': 'Mostrar valores en lugar de participaciones',
	'stability.cellTitle': '{from} → {to}: {amount} ({share})',
	'stability.hs4Note': 'Clasificado en SA4: cada clave es una partida de 4 dígitos.',
	'stability.downloadCsv': 'Descargar CSV'
};
