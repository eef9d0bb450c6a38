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
		'Só entram nas listas e nas frases os mercados com ao menos {share} do comércio da cesta ({money} por ano), para que mercados minúsculos não fiquem no topo.',
	'quickCheck.upMarket.title': 'Onde a cesta vende mais caro',
	'quickCheck.upMarket.intro':
		'Mercados em que o CIIV superior predomina, da maior para a menor parcela do comércio de mão dupla vendida mais cara.',
	'quickCheck.price.title': 'Onde a cesta compete por preço',
	'quickCheck.price.intro':
		'Mercados em que o CIIV inferior predomina, da maior para a menor parcela do comércio de mão dupla vendida mais barata.',
	'quickCheck.rankingEmpty': 'Nenhum mercado acima do limite.',
	'quickCheck.rankingItem': '{partner}: {share} do comércio de mão dupla ({trade} por ano)',
	'quickCheck.sentencesTitle': 'Mercado a mercado',
	'quickCheck.sentence':
		'{partner}: {sup} do comércio de mão dupla dos seus produtos é vendido mais caro do que é comprado de volta, e {inf} é vendido mais barato.',
	'quickCheck.sentence.noViit':
		'{partner}: há comércio de mão dupla dos seus produtos, mas em nenhuma parte dele o preço de venda se afasta do de compra em mais de {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: o comércio dos seus produtos é só de mão única (vende-se ou compra-se, não as duas coisas), então não há preços a comparar.',
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
		'Only markets with at least {share} of the basket’s trade ({money} a year) enter the lists and sentences, so that tiny markets do not top them.',
	'quickCheck.upMarket.title': 'Where the basket sells up-market',
	'quickCheck.upMarket.intro':
		'Markets where superior VIIT dominates, from the largest to the smallest share of two-way trade sold dearer.',
	'quickCheck.price.title': 'Where the basket competes on price',
	'quickCheck.price.intro':
		'Markets where inferior VIIT dominates, from the largest to the smallest share of two-way trade sold cheaper.',
	'quickCheck.rankingEmpty': 'No market above the threshold.',
	'quickCheck.rankingItem': '{partner}: {share} of two-way trade ({trade} a year)',
	'quickCheck.sentencesTitle': 'Market by market',
	'quickCheck.sentence':
		'{partner}: {sup} of two-way trade in your products is sold dearer than it is bought back, and {inf} is sold cheaper.',
	'quickCheck.sentence.noViit':
		'{partner}: there is two-way trade in your products, but in no part of it does the selling price differ from the buying price by more than {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: trade in your products is one-way only (bought or sold, not both), so there are no prices to compare.',
	'quickCheck.trend.up': 'IIT index rising: {first} in {firstYear}, {last} in {lastYear}',
	'quickCheck.trend.down': 'IIT index falling: {first} in {firstYear}, {last} in {lastYear}',
	'quickCheck.trend.flat': 'IIT index steady: {first} in {firstYear}, {last} in {lastYear}',
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
		'Solo entran en las listas y en las frases los mercados con al menos un {share} del comercio de la canasta ({money} por año), para que los mercados diminutos no queden arriba.',
	'quickCheck.upMarket.title': 'Dónde la canasta vende más caro',
	'quickCheck.upMarket.intro':
		'Mercados en los que predomina el CIIV superior, de la mayor a la menor participación del comercio de doble vía vendida más cara.',
	'quickCheck.price.title': 'Dónde la canasta compite por precio',
	'quickCheck.price.intro':
		'Mercados en los que predomina el CIIV inferior, de la mayor a la menor participación del comercio de doble vía vendida más barata.',
	'quickCheck.rankingEmpty': 'Ningún mercado supera el umbral.',
	'quickCheck.rankingItem': '{partner}: {share} del comercio de doble vía ({trade} por año)',
	'quickCheck.sentencesTitle': 'Mercado por mercado',
	'quickCheck.sentence':
		'{partner}: el {sup} del comercio de doble vía de sus productos se vende más caro de lo que se compra de vuelta, y el {inf} se vende más barato.',
	'quickCheck.sentence.noViit':
		'{partner}: hay comercio de doble vía de sus productos, pero en ninguna parte de él el precio de venta se aparta del de compra en más de un {alpha}.',
	'quickCheck.sentence.oneWay':
		'{partner}: el comercio de sus productos es solo en un sentido (se vende o se compra, no ambas cosas), así que no hay precios que comparar.',
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
