/** Messages of the cell-views part (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'cellViews.dim.partner': 'parceiro',
	'cellViews.dim.group': 'grupo de países',
	'cellViews.dim.sector': 'setor',
	'cellViews.col.partner': 'Parceiro',
	'cellViews.col.group': 'Grupo',
	'cellViews.col.sector': 'Setor',
	'cellViews.plural.partner': 'Parceiros',
	'cellViews.plural.group': 'Grupos de países',
	'cellViews.plural.sector': 'Setores',
	'cellViews.allPartners': 'todos os parceiros',
	'cellViews.measure.iitIndex': 'Índice CII',
	'cellViews.measure.viitSupShare': 'CIIV superior / CIIV',
	'cellViews.measure.iit': 'Volume de CII ({currency})',
	'cellViews.measure': 'Medida',
	'cellViews.method': 'Método',

	'dominance.intro':
		'{reporter}: setores e parceiros para os quais o país exportou, em média, produtos de qualidade superior à importada — o CIIV superior passa de 50% do CIIV em ao menos um dos dois fatores de dispersão (Tabela 5 do artigo).',
	'dominance.alphaA': 'Primeiro fator de dispersão (α₁)',
	'dominance.alphaB': 'Segundo fator de dispersão (α₂)',
	'dominance.caption':
		'{reporter}: setores e parceiros com predomínio do CIIV superior ({method}), {from}–{to}',
	'dominance.col.share': 'CIIVSup/CIIV (α = {alpha})',
	'dominance.col.viit': 'CIIV, média anual (α = {alpha})',
	'dominance.notDominant': 'não predomina com este α',
	'dominance.legend':
		'° Parcela de 50% ou menos: com este fator de dispersão, o CIIV superior não supera o inferior.',
	'dominance.without':
		'Setores com comércio vertical em que o CIIV superior não predomina com nenhum parceiro: {sectors}.',
	'dominance.withoutNone':
		'Em todos os setores com comércio vertical, o CIIV superior predomina com ao menos um parceiro.',
	'dominance.empty': 'Em nenhum par de setor e parceiro o CIIV superior predomina nesta seleção.',
	'dominance.loading': 'Classificando com α = {alphaA} e α = {alphaB}…',
	'dominance.errorTitle': 'Não foi possível montar a Tabela 5',
	'dominance.drill': 'Ver os produtos de {partner} no setor {sector}',

	'series.pick': 'Linhas a acompanhar (até {max})',
	'series.pickLimit': 'No máximo {max} linhas: desmarque uma para escolher outra.',
	'series.none': 'Escolha ao menos uma linha para acompanhar.',
	'series.title': '{measure} por ano',
	'series.legend': 'GHM em linha contínua, FF em linha tracejada.',
	'series.caption': '{reporter}: {measure} por ano, {from}–{to}',
	'series.col.year': 'Ano',
	'series.description': '{measure}, {from}–{to}. {lines}.',
	'series.descriptionLine': '{name}: de {first} em {firstYear} a {last} em {lastYear}',
	'series.descriptionEmpty': '{name}: sem dados',

	'heatmap.title': '{measure} por {rows} e setor',
	'heatmap.caption': '{reporter}: {measure} por {rows} e setor, {from}–{to}',
	'heatmap.scaleNote':
		'Acima de 50%, predomina o CIIV superior: as exportações custam mais que as importações dos mesmos produtos.',
	'heatmap.drill': '{row}, {sector}: {value}. Ver os produtos',
	'heatmap.noTrade': 'sem comércio',
	'heatmap.empty': 'Não há comércio para mostrar nesta seleção.',
	'heatmap.description':
		'{measure} em {rows} linhas e {columns} setores. Maior valor: {max} ({maxPlace}). Menor valor: {min} ({minPlace}). Células sem dado: {empty} de {cells}.',
	'heatmap.descriptionEmpty': '{measure}: nenhuma célula tem dado.',

	'quality.intro':
		'Índice de qualidade relativa: média de ln R (R = valor unitário da exportação ÷ valor unitário da importação do mesmo produto), ponderada pelo comércio, nos produtos exportados e importados com valores unitários conhecidos. O prêmio, exp(média) − 1, diz quanto as exportações custam a mais (ou a menos) que as importações.',
	'quality.methodsLink': 'Como o índice é calculado',
	'quality.summary.above':
		'{reporter} — no comércio com {partners}, as exportações custam em média {premium} a mais que as importações dos mesmos produtos (média ponderada pelo valor; {coverage} do comércio coberto).',
	'quality.summary.below':
		'{reporter} — no comércio com {partners}, as exportações custam em média {premium} a menos que as importações dos mesmos produtos (média ponderada pelo valor; {coverage} do comércio coberto).',
	'quality.summary.same':
		'{reporter} — no comércio com {partners}, as exportações custam em média o mesmo que as importações dos mesmos produtos (média ponderada pelo valor; {coverage} do comércio coberto).',
	'quality.summary.none':
		'{reporter} — no comércio com {partners}, nenhum produto tem valores unitários de exportação e de importação: o índice não pode ser calculado.',
	'quality.col.weight': 'Comércio coberto (soma do período)',
	'quality.col.coverage': 'Cobertura',
	'quality.col.meanLnR': 'Média de ln R',
	'quality.col.sd': 'Dispersão (desvio-padrão de ln R)',
	'quality.col.premium': 'Prêmio de preço',
	'quality.partnerCaption': '{reporter}: qualidade relativa por {rows}, {from}–{to}',
	'quality.sectorCaption': '{reporter}: qualidade relativa por setor, {from}–{to}',
	'quality.chartTitle':
		'Prêmio de preço das exportações por {rows} (até {count}, os de maior comércio coberto)',
	'quality.chartBy': 'Gráfico por',
	'quality.chartDescription': 'Prêmio de preço das exportações sobre as importações: {items}.',
	'quality.drill': 'Ver os produtos de {name}',
	'quality.empty': 'Nenhum produto da seleção tem valores unitários de exportação e de importação.'
};

export const en: Translations<typeof ptBR> = {
	'cellViews.dim.partner': 'partner',
	'cellViews.dim.group': 'country group',
	'cellViews.dim.sector': 'sector',
	'cellViews.col.partner': 'Partner',
	'cellViews.col.group': 'Group',
	'cellViews.col.sector': 'Sector',
	'cellViews.plural.partner': 'Partners',
	'cellViews.plural.group': 'Country groups',
	'cellViews.plural.sector': 'Sectors',
	'cellViews.allPartners': 'all partners',
	'cellViews.measure.iitIndex': 'IIT index',
	'cellViews.measure.viitSupShare': 'Superior VIIT / VIIT',
	'cellViews.measure.iit': 'IIT volume ({currency})',
	'cellViews.measure': 'Measure',
	'cellViews.method': 'Method',

	'dominance.intro':
		'Sectors and partners to which {reporter} exported, on average, goods of higher quality than it imported: superior VIIT is more than 50% of VIIT for at least one of the two dispersion factors (the paper’s Table 5).',
	'dominance.alphaA': 'First dispersion factor (α₁)',
	'dominance.alphaB': 'Second dispersion factor (α₂)',
	'dominance.caption':
		'{reporter}: sectors and partners where superior VIIT prevails ({method}), {from}–{to}',
	'dominance.col.share': 'VIITsup/VIIT (α = {alpha})',
	'dominance.col.viit': 'VIIT, annual average (α = {alpha})',
	'dominance.notDominant': 'does not prevail at this α',
	'dominance.legend':
		'° A share of 50% or less: at this dispersion factor, superior VIIT does not exceed inferior VIIT.',
	'dominance.without':
		'Sectors with vertical trade where superior VIIT prevails with no partner: {sectors}.',
	'dominance.withoutNone':
		'In every sector with vertical trade, superior VIIT prevails with at least one partner.',
	'dominance.empty': 'Superior VIIT prevails in no sector–partner pair of this selection.',
	'dominance.loading': 'Classifying at α = {alphaA} and α = {alphaB}…',
	'dominance.errorTitle': 'Table 5 could not be built',
	'dominance.drill': 'Show the products of {partner} in {sector}',

	'series.pick': 'Lines to follow (up to {max})',
	'series.pickLimit': 'At most {max} lines: untick one to choose another.',
	'series.none': 'Choose at least one line to follow.',
	'series.title': '{measure} by year',
	'series.legend': 'GHM as solid lines, FF as dashed lines.',
	'series.caption': '{reporter}: {measure} by year, {from}–{to}',
	'series.col.year': 'Year',
	'series.description': '{measure}, {from}–{to}. {lines}.',
	'series.descriptionLine': '{name}: from {first} in {firstYear} to {last} in {lastYear}',
	'series.descriptionEmpty': '{name}: no data',

	'heatmap.title': '{measure} by {rows} and sector',
	'heatmap.caption': '{reporter}: {measure} by {rows} and sector, {from}–{to}',
	'heatmap.scaleNote':
		'Above 50%, superior VIIT prevails: exports are dearer than imports of the same products.',
	'heatmap.drill': '{row}, {sector}: {value}. Show the products',
	'heatmap.noTrade': 'no trade',
	'heatmap.empty': 'There is no trade to show in this selection.',
	'heatmap.description':
		'{measure} across {rows} rows and {columns} sectors. Highest: {max} ({maxPlace}). Lowest: {min} ({minPlace}). Cells without data: {empty} of {cells}.',
	'heatmap.descriptionEmpty': '{measure}: no cell has data.',

	'quality.intro':
		'Relative quality index: the trade-weighted mean of ln R (R = the export unit value ÷ the import unit value of the same product) over the products both exported and imported with known unit values. The premium, exp(mean) − 1, says how much dearer (or cheaper) exports are than imports.',
	'quality.methodsLink': 'How the index is computed',
	'quality.summary.above':
		'{reporter} — in trade with {partners}, exports are priced {premium} above imports of the same products on average (value-weighted; {coverage} of trade covered).',
	'quality.summary.below':
		'{reporter} — in trade with {partners}, exports are priced {premium} below imports of the same products on average (value-weighted; {coverage} of trade covered).',
	'quality.summary.same':
		'{reporter} — in trade with {partners}, exports are priced on a par with imports of the same products on average (value-weighted; {coverage} of trade covered).',
	'quality.summary.none':
		'{reporter} — in trade with {partners}, no product has both export and import unit values: the index cannot be computed.',
	'quality.col.weight': 'Trade covered (sum over the period)',
	'quality.col.coverage': 'Coverage',
	'quality.col.meanLnR': 'Mean ln R',
	'quality.col.sd': 'Spread (standard deviation of ln R)',
	'quality.col.premium': 'Price premium',
	'quality.partnerCaption': '{reporter}: relative quality by {rows}, {from}–{to}',
	'quality.sectorCaption': '{reporter}: relative quality by sector, {from}–{to}',
	'quality.chartTitle':
		'Export price premium by {rows} (up to {count}, those with most trade covered)',
	'quality.chartBy': 'Chart by',
	'quality.chartDescription': 'Price premium of exports over imports: {items}.',
	'quality.drill': 'Show the products of {name}',
	'quality.empty': 'No product in the selection has both export and import unit values.'
};

export const es: Translations<typeof ptBR> = {
	'cellViews.dim.partner': 'socio',
	'cellViews.dim.group': 'grupo de países',
	'cellViews.dim.sector': 'sector',
	'cellViews.col.partner': 'Socio',
	'cellViews.col.group': 'Grupo',
	'cellViews.col.sector': 'Sector',
	'cellViews.plural.partner': 'Socios',
	'cellViews.plural.group': 'Grupos de países',
	'cellViews.plural.sector': 'Sectores',
	'cellViews.allPartners': 'todos los socios',
	'cellViews.measure.iitIndex': 'Índice CII',
	'cellViews.measure.viitSupShare': 'CIIV superior / CIIV',
	'cellViews.measure.iit': 'Volumen de CII ({currency})',
	'cellViews.measure': 'Medida',
	'cellViews.method': 'Método',

	'dominance.intro':
		'Sectores y socios a los que {reporter} exportó, en promedio, productos de mayor calidad que los importados: el CIIV superior supera el 50 % del CIIV en al menos uno de los dos factores de dispersión (cuadro 5 del artículo).',
	'dominance.alphaA': 'Primer factor de dispersión (α₁)',
	'dominance.alphaB': 'Segundo factor de dispersión (α₂)',
	'dominance.caption':
		'{reporter}: sectores y socios con predominio del CIIV superior ({method}), {from}–{to}',
	'dominance.col.share': 'CIIVSup/CIIV (α = {alpha})',
	'dominance.col.viit': 'CIIV, promedio anual (α = {alpha})',
	'dominance.notDominant': 'no predomina con este α',
	'dominance.legend':
		'° Participación del 50 % o menos: con este factor de dispersión, el CIIV superior no supera al inferior.',
	'dominance.without':
		'Sectores con comercio vertical en los que el CIIV superior no predomina con ningún socio: {sectors}.',
	'dominance.withoutNone':
		'En todos los sectores con comercio vertical, el CIIV superior predomina con al menos un socio.',
	'dominance.empty':
		'En ningún par de sector y socio predomina el CIIV superior en esta selección.',
	'dominance.loading': 'Clasificando con α = {alphaA} y α = {alphaB}…',
	'dominance.errorTitle': 'No se pudo construir el cuadro 5',
	'dominance.drill': 'Ver los productos de {partner} en el sector {sector}',

	'series.pick': 'Líneas a seguir (hasta {max})',
	'series.pickLimit': 'Como máximo {max} líneas: desmarque una para elegir otra.',
	'series.none': 'Elija al menos una línea para seguir.',
	'series.title': '{measure} por año',
	'series.legend': 'GHM en línea continua, FF en línea discontinua.',
	'series.caption': '{reporter}: {measure} por año, {from}–{to}',
	'series.col.year': 'Año',
	'series.description': '{measure}, {from}–{to}. {lines}.',
	'series.descriptionLine': '{name}: de {first} en {firstYear} a {last} en {lastYear}',
	'series.descriptionEmpty': '{name}: sin datos',

	'heatmap.title': '{measure} por {rows} y sector',
	'heatmap.caption': '{reporter}: {measure} por {rows} y sector, {from}–{to}',
	'heatmap.scaleNote':
		'Por encima del 50 %, predomina el CIIV superior: las exportaciones son más caras que las importaciones de los mismos productos.',
	'heatmap.drill': '{row}, {sector}: {value}. Ver los productos',
	'heatmap.noTrade': 'sin comercio',
	'heatmap.empty': 'No hay comercio para mostrar en esta selección.',
	'heatmap.description':
		'{measure} en {rows} filas y {columns} sectores. Valor más alto: {max} ({maxPlace}). Valor más bajo: {min} ({minPlace}). Celdas sin datos: {empty} de {cells}.',
	'heatmap.descriptionEmpty': '{measure}: ninguna celda tiene datos.',

	'quality.intro':
		'Índice de calidad relativa: media de ln R (R = valor unitario de la exportación ÷ valor unitario de la importación del mismo producto), ponderada por el comercio, en los productos exportados e importados con valores unitarios conocidos. La prima, exp(media) − 1, indica cuánto más caras (o más baratas) son las exportaciones que las importaciones.',
	'quality.methodsLink': 'Cómo se calcula el índice',
	'quality.summary.above':
		'{reporter} — en el comercio con {partners}, las exportaciones cuestan en promedio un {premium} más que las importaciones de los mismos productos (promedio ponderado por valor; {coverage} del comercio cubierto).',
	'quality.summary.below':
		'{reporter} — en el comercio con {partners}, las exportaciones cuestan en promedio un {premium} menos que las importaciones de los mismos productos (promedio ponderado por valor; {coverage} del comercio cubierto).',
	'quality.summary.same':
		'{reporter} — en el comercio con {partners}, las exportaciones cuestan en promedio lo mismo que las importaciones de los mismos productos (promedio ponderado por valor; {coverage} del comercio cubierto).',
	'quality.summary.none':
		'{reporter} — en el comercio con {partners}, ningún producto tiene valores unitarios de exportación y de importación: no se puede calcular el índice.',
	'quality.col.weight': 'Comercio cubierto (suma del período)',
	'quality.col.coverage': 'Cobertura',
	'quality.col.meanLnR': 'Media de ln R',
	'quality.col.sd': 'Dispersión (desviación estándar de ln R)',
	'quality.col.premium': 'Prima de precio',
	'quality.partnerCaption': '{reporter}: calidad relativa por {rows}, {from}–{to}',
	'quality.sectorCaption': '{reporter}: calidad relativa por sector, {from}–{to}',
	'quality.chartTitle':
		'Prima de precio de las exportaciones por {rows} (hasta {count}, los de mayor comercio cubierto)',
	'quality.chartBy': 'Gráfico por',
	'quality.chartDescription':
		'Prima de precio de las exportaciones sobre las importaciones: {items}.',
	'quality.drill': 'Ver los productos de {name}',
	'quality.empty':
		'Ningún producto de la selección tiene valores unitarios de exportación y de importación.'
};
