/** Messages of the quick-check part (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'quickCheck.title': 'Verificação rápida da cesta',
	'quickCheck.basket': 'Cesta: {name}',
	'quickCheck.noBasket':
		'Nenhuma cesta escolhida: a verificação abaixo cobre todos os produtos. Monte uma cesta com os produtos do consórcio para que esta tela fale só deles.',
	'quickCheck.scope': '{reporter} — a cesta em cada mercado, {from}–{to}, método {method}.',
	'quickCheck.explain':
		'“Vendido mais caro” é o CIIV superior: o valor unitário da exportação supera o da importação do mesmo produto em mais de {alpha}; “mais barato” é o CIIV inferior. As parcelas são do comércio de mão dupla, que no método {method} é {twoWay}.',
	'quickCheck.twoWay.ghm': 'a sobreposição entre exportações e importações de cada produto',
	'quickCheck.twoWay.ff': 'o comércio dos produtos em que o fluxo menor passa de {theta} do maior',
	'quickCheck.method': 'Método',
	'quickCheck.threshold':
		'Só entram no quadrante e nas frases os mercados com ao menos {share} do comércio da cesta ({money} por ano), para que mercados minúsculos não os encham.',
	'quickCheck.upMarket.title': 'Onde a cesta vende mais caro',
	'quickCheck.upMarket.intro':
		'Mercados em que o CIIV superior predomina, da maior para a menor parcela do comércio de mão dupla vendida mais cara.',
	'quickCheck.price.title': 'Onde a cesta compete por preço',
	'quickCheck.price.intro':
		'Mercados em que o CIIV inferior predomina, da maior para a menor parcela do comércio de mão dupla vendida mais barata.',
	'quickCheck.rankingEmpty': 'Nenhum mercado acima do limite.',
	'quickCheck.rankingItem': '{partner}: {share} dos seus {twoWay} por ano de comércio de mão dupla',
	'quickCheck.sentencesTop': 'Os {count} maiores mercados',
	'quickCheck.quadrant.title': 'Os mercados da cesta num relance',
	'quickCheck.quadrant.intro':
		'Cada bolha é um mercado, do tamanho do comércio da cesta com ele. À direita, a cesta é vendida mais cara do que é comprada de volta (prêmio de preço acima de 0); no alto, mais da metade do comércio de mão dupla é CIIV superior.',
	'quickCheck.quadrant.x': 'Prêmio de preço: exportação sobre importação',
	'quickCheck.quadrant.y': 'CIIV superior / mão dupla',
	'quickCheck.quadrant.upDear': 'Mais caro e de alto padrão',
	'quickCheck.quadrant.upCheap': 'Alto padrão, mais barato no geral',
	'quickCheck.quadrant.downDear': 'Mais caro, sem alto padrão',
	'quickCheck.quadrant.downCheap': 'Mais barato, compete por preço',
	'quickCheck.quadrant.point':
		'{partner}: prêmio de preço {premium}, CIIV superior {sup} do comércio de mão dupla, comércio da cesta {trade} por ano',
	'quickCheck.quadrant.description': 'Quadrante dos mercados. {points}',
	'quickCheck.quadrant.left':
		'Fora do gráfico, sem comércio de mão dupla ou sem valores unitários: {partners}.',
	'quickCheck.quadrant.empty':
		'Nenhum mercado acima do limite tem comércio de mão dupla com valores unitários: não há quadrante a desenhar.',
	'quickCheck.sentencesTitle': 'Mercado a mercado',
	'quickCheck.sentence':
		'{partner}: {trade} por ano de comércio da cesta, {twoWay} dele de mão dupla; {sup} do comércio de mão dupla é vendido mais caro do que é comprado de volta, e {inf} é vendido mais barato.',
	'quickCheck.sentence.noViit':
		'{partner}: {trade} por ano de comércio da cesta, {twoWay} dele de mão dupla, mas em nenhuma parte do de mão dupla o preço de venda se afasta do de compra em mais de {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: {trade} por ano de comércio da cesta, todo de mão única (vende-se ou compra-se, não as duas coisas), então não há preços a comparar.',
	'quickCheck.trend.up': 'Índice CII em alta: {first} em {firstYear}, {last} em {lastYear}',
	'quickCheck.trend.down': 'Índice CII em queda: {first} em {firstYear}, {last} em {lastYear}',
	'quickCheck.trend.flat': 'Índice CII estável: {first} em {firstYear}, {last} em {lastYear}',
	'quickCheck.trend.none': 'Um ano só com comércio: sem tendência',
	'quickCheck.caption': '{reporter}: a cesta em cada mercado ({method}), {from}–{to}',
	'quickCheck.col.partner': 'Mercado',
	'quickCheck.col.trade': 'Comércio da cesta (média anual)',
	'quickCheck.col.tradeShare': 'Parcela da cesta',
	'quickCheck.col.iitIndex': 'Índice CII',
	'quickCheck.col.viitSup': 'CIIV superior / mão dupla',
	'quickCheck.col.viitInf': 'CIIV inferior / mão dupla',
	'quickCheck.col.premium': 'Prêmio de qualidade relativa',
	'quickCheck.col.change': 'Variação do índice CII, 1º → último ano (p.p.)',
	'quickCheck.col.slope': 'Tendência do índice CII (p.p. por ano)',
	'quickCheck.trendsTitle': 'Índice CII ano a ano',
	'quickCheck.print': 'Imprimir resumo',
	'quickCheck.drill': 'Ver os produtos da cesta em {name}',
	'quickCheck.empty': 'A cesta não tem comércio nesta seleção.'
};

export const en: Translations<typeof ptBR> = {
	'quickCheck.title': 'Basket quick check',
	'quickCheck.basket': 'Basket: {name}',
	'quickCheck.noBasket':
		'No basket chosen: the check below covers every product. Build a basket of the consortium’s products to make this screen about them alone.',
	'quickCheck.scope': '{reporter} — the basket in each market, {from}–{to}, {method} method.',
	'quickCheck.explain':
		'“Sold dearer” is superior VIIT: the export unit value exceeds the import unit value of the same product by more than {alpha}; “cheaper” is inferior VIIT. Shares are of two-way trade, which under {method} is {twoWay}.',
	'quickCheck.twoWay.ghm': 'the overlap between exports and imports of each product',
	'quickCheck.twoWay.ff': 'the trade in products whose smaller flow exceeds {theta} of the larger',
	'quickCheck.method': 'Method',
	'quickCheck.threshold':
		'Only markets with at least {share} of the basket’s trade ({money} a year) enter the quadrant and the sentences, so that tiny markets do not crowd them.',
	'quickCheck.upMarket.title': 'Where the basket sells up-market',
	'quickCheck.upMarket.intro':
		'Markets where superior VIIT dominates, from the largest to the smallest share of two-way trade sold dearer.',
	'quickCheck.price.title': 'Where the basket competes on price',
	'quickCheck.price.intro':
		'Markets where inferior VIIT dominates, from the largest to the smallest share of two-way trade sold cheaper.',
	'quickCheck.rankingEmpty': 'No market above the threshold.',
	'quickCheck.rankingItem': '{partner}: {share} of its {twoWay} a year of two-way trade',
	'quickCheck.sentencesTop': 'The {count} largest markets',
	'quickCheck.quadrant.title': 'The basket’s markets at a glance',
	'quickCheck.quadrant.intro':
		'Each bubble is a market, sized by the basket’s trade with it. To the right the basket sells dearer than it buys back (price premium above 0); at the top more than half of two-way trade is superior VIIT.',
	'quickCheck.quadrant.x': 'Price premium: exports over imports',
	'quickCheck.quadrant.y': 'Superior VIIT / two-way',
	'quickCheck.quadrant.upDear': 'Dearer and up-market',
	'quickCheck.quadrant.upCheap': 'Up-market, cheaper overall',
	'quickCheck.quadrant.downDear': 'Dearer, not up-market',
	'quickCheck.quadrant.downCheap': 'Cheaper, competing on price',
	'quickCheck.quadrant.point':
		'{partner}: price premium {premium}, superior VIIT {sup} of two-way trade, basket trade {trade} a year',
	'quickCheck.quadrant.description': 'Quadrant of the markets. {points}',
	'quickCheck.quadrant.left': 'Off the chart, without two-way trade or unit values: {partners}.',
	'quickCheck.quadrant.empty':
		'No market above the threshold has two-way trade with unit values: there is no quadrant to draw.',
	'quickCheck.sentencesTitle': 'Market by market',
	'quickCheck.sentence':
		'{partner}: {trade} a year of basket trade, {twoWay} of it two-way; {sup} of the two-way trade is sold dearer than it is bought back, and {inf} is sold cheaper.',
	'quickCheck.sentence.noViit':
		'{partner}: {trade} a year of basket trade, {twoWay} of it two-way, but in no part of the two-way trade does the selling price differ from the buying price by more than {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: {trade} a year of basket trade, all of it one-way (bought or sold, not both), so there are no prices to compare.',
	'quickCheck.trend.up': 'IIT index rising: {first} in {firstYear}, {last} in {lastYear}',
	'quickCheck.trend.down': 'IIT index falling: {first} in {firstYear}, {last} in {lastYear}',
	'quickCheck.trend.flat': 'IIT index stable: {first} in {firstYear}, {last} in {lastYear}',
	'quickCheck.trend.none': 'Only one year with trade: no trend',
	'quickCheck.caption': '{reporter}: the basket in each market ({method}), {from}–{to}',
	'quickCheck.col.partner': 'Market',
	'quickCheck.col.trade': 'Basket trade (annual average)',
	'quickCheck.col.tradeShare': 'Share of the basket',
	'quickCheck.col.iitIndex': 'IIT index',
	'quickCheck.col.viitSup': 'Superior VIIT / two-way',
	'quickCheck.col.viitInf': 'Inferior VIIT / two-way',
	'quickCheck.col.premium': 'Relative quality premium',
	'quickCheck.col.change': 'IIT index change, first → last year (pp)',
	'quickCheck.col.slope': 'IIT index trend (pp a year)',
	'quickCheck.trendsTitle': 'IIT index year by year',
	'quickCheck.print': 'Print summary',
	'quickCheck.drill': 'See the basket’s products in {name}',
	'quickCheck.empty': 'The basket has no trade in this selection.'
};

export const es: Translations<typeof ptBR> = {
	'quickCheck.title': 'Verificación rápida de la canasta',
	'quickCheck.basket': 'Canasta: {name}',
	'quickCheck.noBasket':
		'No se eligió ninguna canasta: la verificación de abajo abarca todos los productos. Arme una canasta con los productos del consorcio para que esta pantalla hable solo de ellos.',
	'quickCheck.scope': '{reporter} — la canasta en cada mercado, {from}–{to}, método {method}.',
	'quickCheck.explain':
		'“Se vende más caro” es el CIIV superior: el valor unitario de la exportación supera al de la importación del mismo producto en más de un {alpha}; “más barato” es el CIIV inferior. Las participaciones son del comercio de doble vía, que con el método {method} es {twoWay}.',
	'quickCheck.twoWay.ghm': 'la superposición entre exportaciones e importaciones de cada producto',
	'quickCheck.twoWay.ff':
		'el comercio de los productos cuyo flujo menor supera el {theta} del mayor',
	'quickCheck.method': 'Método',
	'quickCheck.threshold':
		'Solo entran en el cuadrante y en las frases los mercados con al menos un {share} del comercio de la canasta ({money} por año), para que los mercados diminutos no los llenen.',
	'quickCheck.upMarket.title': 'Dónde la canasta vende más caro',
	'quickCheck.upMarket.intro':
		'Mercados en los que predomina el CIIV superior, de la mayor a la menor participación del comercio de doble vía vendida más cara.',
	'quickCheck.price.title': 'Dónde la canasta compite por precio',
	'quickCheck.price.intro':
		'Mercados en los que predomina el CIIV inferior, de la mayor a la menor participación del comercio de doble vía vendida más barata.',
	'quickCheck.rankingEmpty': 'Ningún mercado supera el umbral.',
	'quickCheck.rankingItem':
		'{partner}: el {share} de sus {twoWay} por año de comercio de doble vía',
	'quickCheck.sentencesTop': 'Los {count} mercados más grandes',
	'quickCheck.quadrant.title': 'Los mercados de la canasta de un vistazo',
	'quickCheck.quadrant.intro':
		'Cada burbuja es un mercado, del tamaño del comercio de la canasta con él. A la derecha la canasta se vende más cara de lo que se compra de vuelta (prima de precio sobre 0); arriba, más de la mitad del comercio de doble vía es CIIV superior.',
	'quickCheck.quadrant.x': 'Prima de precio: exportación sobre importación',
	'quickCheck.quadrant.y': 'CIIV superior / doble vía',
	'quickCheck.quadrant.upDear': 'Más caro y de gama alta',
	'quickCheck.quadrant.upCheap': 'Gama alta, más barato en general',
	'quickCheck.quadrant.downDear': 'Más caro, sin gama alta',
	'quickCheck.quadrant.downCheap': 'Más barato, compite por precio',
	'quickCheck.quadrant.point':
		'{partner}: prima de precio {premium}, CIIV superior {sup} del comercio de doble vía, comercio de la canasta {trade} por año',
	'quickCheck.quadrant.description': 'Cuadrante de los mercados. {points}',
	'quickCheck.quadrant.left':
		'Fuera del gráfico, sin comercio de doble vía o sin valores unitarios: {partners}.',
	'quickCheck.quadrant.empty':
		'Ningún mercado sobre el umbral tiene comercio de doble vía con valores unitarios: no hay cuadrante que dibujar.',
	'quickCheck.sentencesTitle': 'Mercado por mercado',
	'quickCheck.sentence':
		'{partner}: {trade} por año de comercio de la canasta, {twoWay} de él de doble vía; el {sup} del comercio de doble vía se vende más caro de lo que se compra de vuelta, y el {inf} se vende más barato.',
	'quickCheck.sentence.noViit':
		'{partner}: {trade} por año de comercio de la canasta, {twoWay} de él de doble vía, pero en ninguna parte del de doble vía el precio de venta se aparta del de compra en más de un {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: {trade} por año de comercio de la canasta, todo en un solo sentido (se vende o se compra, no ambas cosas), así que no hay precios que comparar.',
	'quickCheck.trend.up': 'Índice CII en alza: {first} en {firstYear}, {last} en {lastYear}',
	'quickCheck.trend.down': 'Índice CII en baja: {first} en {firstYear}, {last} en {lastYear}',
	'quickCheck.trend.flat': 'Índice CII estable: {first} en {firstYear}, {last} en {lastYear}',
	'quickCheck.trend.none': 'Un solo año con comercio: sin tendencia',
	'quickCheck.caption': '{reporter}: la canasta en cada mercado ({method}), {from}–{to}',
	'quickCheck.col.partner': 'Mercado',
	'quickCheck.col.trade': 'Comercio de la canasta (promedio anual)',
	'quickCheck.col.tradeShare': 'Participación en la canasta',
	'quickCheck.col.iitIndex': 'Índice CII',
	'quickCheck.col.viitSup': 'CIIV superior / doble vía',
	'quickCheck.col.viitInf': 'CIIV inferior / doble vía',
	'quickCheck.col.premium': 'Prima de calidad relativa',
	'quickCheck.col.change': 'Variación del índice CII, 1.er → último año (p. p.)',
	'quickCheck.col.slope': 'Tendencia del índice CII (p. p. por año)',
	'quickCheck.trendsTitle': 'Índice CII año por año',
	'quickCheck.print': 'Imprimir resumen',
	'quickCheck.drill': 'Ver los productos de la canasta en {name}',
	'quickCheck.empty': 'La canasta no tiene comercio en esta selección.'
};
