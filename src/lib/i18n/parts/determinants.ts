/** Messages of the determinants view (issue 6), merged into the dictionaries in pt-BR.ts, en.ts, es.ts. */
import type { Translations } from './translations';

export const ptBR = {
	'view.determinants': 'Determinantes',

	'determinants.intro':
		'Estima a equação (5) do artigo: o ln do CIIV do declarante ({reporter}) com cada parceiro e ano contra o PIB dos dois países, a distância e a diferença de PIB per capita, em MQO agrupado, efeitos fixos e efeitos aleatórios, como nas Tabelas 6 e 7.',
	'determinants.methodsLink': 'Veja como é estimado.',
	'determinants.fileLabel': 'Arquivos de covariáveis (CSV, um ou vários)',
	'determinants.fileHint':
		'O modelo preenchido (ISO3, ano, PIB, PIB per capita e, opcional, a distância em km até {reporter}), o dist_cepii do CEPII GeoDist e downloads do WDI do Banco Mundial (PIB, PIB per capita; longos ou largos), juntos por país e ano. Sem distância, usa-se a distância entre as capitais.',
	'determinants.fileChosen': 'Arquivo em uso: {file}',
	'determinants.template': 'Baixar modelo',
	'determinants.templateHint':
		'O modelo já traz o declarante ({reporter}), os {partners} parceiros e os anos {from}–{to} da análise; preencha o PIB e o PIB per capita.',
	'determinants.yearEffects': 'Efeitos de ano (a_t da equação 5)',
	'determinants.alphaInUse':
		'Fator de dispersão em uso: α = {alpha}; GHM e FF lado a lado (FF com θ = {theta}).',
	'determinants.seLegend': 'Erros-padrão',
	'determinants.seCluster': 'Robustos por parceiro (HC1)',
	'determinants.seClassical': 'Clássicos',
	'determinants.waitingFile': 'Escolha um ou mais arquivos de covariáveis para estimar o modelo.',
	'determinants.loading': 'Estimando…',
	'determinants.error': 'Não foi possível estimar o modelo',
	'determinants.downloadCsv': 'Baixar resultados (CSV)',

	'determinants.caption':
		'Determinantes do CIIV, declarante {reporter}, {from}–{to}: ln CIIV por parceiro e ano, α = {alpha}',
	'determinants.col.term': 'Variável',
	'determinants.col.expected': 'Sinal esperado',
	'determinants.method.ghm': 'Método GHM',
	'determinants.method.ff': 'Método FF',
	'determinants.model.pooling': 'MQO agrupado',
	'determinants.model.within': 'Efeitos fixos',
	'determinants.model.random': 'Efeitos aleatórios',
	'determinants.term.gdpReporter': 'ln PIB_i ({reporter})',
	'determinants.term.gdpPartner': 'ln PIB_j (parceiro)',
	'determinants.term.distance': 'ln DIST_ij (distância)',
	'determinants.term.dif': 'ln DIF_ijt (diferença de PIB per capita)',
	'determinants.term.intercept': 'Intercepto (a0)',
	'determinants.row.yearEffects': 'Efeitos de ano',
	'determinants.row.nobs': 'Observações',
	'determinants.row.entities': 'Parceiros',
	'determinants.row.r2': 'R²',
	'determinants.row.hausman': 'Teste de Hausman',
	'determinants.yes': 'sim',
	'determinants.no': 'não',
	'determinants.hausman': 'χ²({df}) = {chisq}, p {p}',
	'determinants.hausmanFixed': 'p < 0,05: efeitos fixos preferidos',
	'determinants.hausmanRandom': 'p ≥ 0,05: efeitos aleatórios não rejeitados',
	'determinants.hausmanSkipped.model-failed': 'não calculado: um dos modelos falhou',
	'determinants.hausmanSkipped.no-common-terms':
		'não calculado: os dois modelos não têm coeficientes em comum',
	'determinants.hausmanSkipped.singular-difference':
		'não calculado: a diferença das covariâncias é singular',
	'determinants.hausmanSkipped.no-observations': 'não calculado: nenhuma observação',

	'determinants.starsNote':
		'*** p < 0,01, ** p < 0,05, * p < 0,10 (bicaudal). Entre parênteses, os erros-padrão {kind}.',
	'determinants.starsCluster': 'robustos agrupados por parceiro (Arellano, HC1)',
	'determinants.starsClassical': 'clássicos',
	'determinants.yearNote':
		'Os interceptos de ano a_t foram estimados e omitidos da tabela, como no artigo; estão no CSV.',
	'determinants.dropped.constant':
		'Excluída: constante em todas as observações, confundida com o intercepto.',
	'determinants.dropped.collinear':
		'Excluída: combinação linear exata das variáveis anteriores (colinearidade perfeita).',
	'determinants.dropped.varies-only-by-time':
		'Excluída: varia só com o ano e se confunde com os efeitos de ano (é o caso do PIB do declarante).',
	'determinants.dropped.no-within-variation':
		'Excluída: não varia dentro de cada parceiro e é absorvida pelos efeitos fixos (é o caso da distância).',
	'determinants.failed.no-regressors': 'Modelo não estimado: todas as variáveis foram excluídas.',
	'determinants.failed.no-within-variation':
		'Modelo não estimado: nenhuma variável varia dentro dos parceiros (um só ano?).',
	'determinants.failed.no-degrees-of-freedom':
		'Modelo não estimado: há tantos parâmetros quanto observações.',
	'determinants.failed.too-few-entities':
		'Modelo não estimado: parceiros de menos para o modelo entre grupos de Swamy–Arora.',
	'determinants.failed.needs-within':
		'Modelo não estimado: a variância idiossincrática vem dos efeitos fixos, que não puderam ser estimados.',
	'determinants.failed.no-observations': 'Modelo não estimado: nenhuma observação restou.',
	'determinants.absorbed':
		'Efeitos fixos: cada parceiro tem o seu próprio intercepto, que não é reportado.',

	'determinants.obsLine':
		'{method}: {used} de {candidates} observações parceiro × ano usadas; {drops}.',
	'determinants.drop.zeroViit': '{count} sem CIIV descartadas',
	'determinants.drop.missingCovariates': '{count} sem covariáveis',
	'determinants.drop.zeroDif': '{count} com PIB per capita igual ao do declarante',
	'determinants.drop.noDistance': '{count} sem distância',
	'determinants.drop.none': 'nenhuma descartada',
	'determinants.covariatesLine': '{file} ({kind}): {used} de {read} linhas usadas.',
	'determinants.covariatesDropped':
		'{rows} linhas deixadas de lado ({reason}; primeiras: {lines}).',
	'determinants.covDrop.empty-value': 'valor vazio',
	'determinants.covDrop.bad-year': 'ano inválido',
	'determinants.covDrop.not-a-number': 'valor que não é número',
	'determinants.covDrop.non-positive-gdp': 'PIB ou PIB per capita não positivo',
	'determinants.covDrop.bad-distance': 'distância inválida',
	'determinants.covDrop.unknown-country': 'país desconhecido',
	'determinants.covDrop.duplicate-country-year': 'país e ano repetidos',
	'determinants.covDrop.aggregate': 'região ou grupo de renda, não um país',
	'determinants.covDrop.footer': 'nota de rodapé do DataBank',
	'determinants.covDrop.unused-series': 'série não usada',
	'determinants.covDrop.other-origin': 'par de outra origem que não o declarante',
	'determinants.covDrop.self-pair': 'o declarante consigo mesmo',
	'determinants.covDrop.missing-distance': 'distância ausente (“.”)',
	'determinants.covDrop.duplicate-distance': 'distância já dada',
	'determinants.kind.template': 'modelo',
	'determinants.kind.dist-cepii': 'CEPII dist_cepii',
	'determinants.kind.wdi-long': 'Banco Mundial, DataBank longo',
	'determinants.kind.wdi-wide-api': 'Banco Mundial, CSV do WDI',
	'determinants.kind.wdi-wide-databank': 'Banco Mundial, DataBank largo',
	'determinants.measureLabel': 'Distância do dist_cepii',
	'determinants.measure.dist': 'dist: entre as cidades principais',
	'determinants.measure.distcap': 'distcap: entre as capitais',
	'determinants.measure.distw': 'distw: ponderada pela população',
	'determinants.measureUsed': 'Distâncias do dist_cepii: {measure}.',
	'determinants.sources.gdp': 'PIB: {sources}.',
	'determinants.sources.gdpPerCapita': 'PIB per capita: {sources}.',
	'determinants.source': '{series} ({count} país-anos)',
	'determinants.source.template': 'o modelo',
	'determinants.source.derived': 'PIB ÷ população ({series})',
	'determinants.unpaired':
		'Deixados de lado: {gdpOnly} país-anos com PIB sem PIB per capita e {perCapitaOnly} com PIB per capita sem PIB.',
	'determinants.distance.file': 'Distâncias: as do arquivo.',
	'determinants.distance.built-in':
		'Distâncias: ortodrômicas entre as capitais (Natural Earth, domínio público).',
	'determinants.distance.both':
		'Distâncias: as do arquivo e, onde faltam, as ortodrômicas entre as capitais (Natural Earth).',

	'determinants.csv.method': 'método',
	'determinants.csv.model': 'modelo',
	'determinants.csv.item': 'item',
	'determinants.csv.value': 'valor',
	'determinants.csv.se': 'erro_padrao',
	'determinants.csv.p': 'p',
	'determinants.csv.seCluster': 'erro_padrao_hc1',
	'determinants.csv.pCluster': 'p_hc1',
	'determinants.csv.note': 'nota'
};

export const en: Translations<typeof ptBR> = {
	'view.determinants': 'Determinants',

	'determinants.intro':
		'Estimates the paper’s equation (5): the log of VIIT between the reporter ({reporter}) and each partner, year by year, on both countries’ GDP, distance and the gap in GDP per capita, by pooled OLS, fixed effects and random effects, as in Tables 6 and 7.',
	'determinants.methodsLink': 'See how it is estimated.',
	'determinants.fileLabel': 'Covariates files (CSV, one or several)',
	'determinants.fileHint':
		'The filled template (ISO3, year, GDP, GDP per capita and, optionally, the distance in km to {reporter}), CEPII GeoDist’s dist_cepii and World Bank WDI downloads (GDP, GDP per capita; long or wide), merged by country and year. Without a distance, the distance between capitals is used.',
	'determinants.fileChosen': 'File in use: {file}',
	'determinants.template': 'Download template',
	'determinants.templateHint':
		'The template already lists {reporter}, the {partners} partners and the years {from}–{to} of the analysis; fill in GDP and GDP per capita.',
	'determinants.yearEffects': 'Year effects (a_t in equation 5)',
	'determinants.alphaInUse':
		'Dispersion factor in use: α = {alpha}; GHM and FF side by side (FF with θ = {theta}).',
	'determinants.seLegend': 'Standard errors',
	'determinants.seCluster': 'Cluster-robust by partner (HC1)',
	'determinants.seClassical': 'Classical',
	'determinants.waitingFile': 'Choose one or more covariates files to estimate the model.',
	'determinants.loading': 'Estimating…',
	'determinants.error': 'The model could not be estimated',
	'determinants.downloadCsv': 'Download results (CSV)',

	'determinants.caption':
		'Determinants of VIIT, reporter {reporter}, {from}–{to}: ln VIIT by partner and year, α = {alpha}',
	'determinants.col.term': 'Variable',
	'determinants.col.expected': 'Expected sign',
	'determinants.method.ghm': 'GHM method',
	'determinants.method.ff': 'FF method',
	'determinants.model.pooling': 'Pooled OLS',
	'determinants.model.within': 'Fixed effects',
	'determinants.model.random': 'Random effects',
	'determinants.term.gdpReporter': 'ln GDP_i ({reporter})',
	'determinants.term.gdpPartner': 'ln GDP_j (partner)',
	'determinants.term.distance': 'ln DIST_ij (distance)',
	'determinants.term.dif': 'ln DIF_ijt (gap in GDP per capita)',
	'determinants.term.intercept': 'Intercept (a0)',
	'determinants.row.yearEffects': 'Year effects',
	'determinants.row.nobs': 'Observations',
	'determinants.row.entities': 'Partners',
	'determinants.row.r2': 'R²',
	'determinants.row.hausman': 'Hausman test',
	'determinants.yes': 'yes',
	'determinants.no': 'no',
	'determinants.hausman': 'χ²({df}) = {chisq}, p {p}',
	'determinants.hausmanFixed': 'p < 0.05: fixed effects preferred',
	'determinants.hausmanRandom': 'p ≥ 0.05: random effects not rejected',
	'determinants.hausmanSkipped.model-failed': 'not computed: one of the models failed',
	'determinants.hausmanSkipped.no-common-terms':
		'not computed: the two models share no coefficients',
	'determinants.hausmanSkipped.singular-difference':
		'not computed: the difference of the covariances is singular',
	'determinants.hausmanSkipped.no-observations': 'not computed: no observations',

	'determinants.starsNote':
		'*** p < 0.01, ** p < 0.05, * p < 0.10 (two-sided). In parentheses, {kind} standard errors.',
	'determinants.starsCluster': 'cluster-robust by partner (Arellano, HC1)',
	'determinants.starsClassical': 'classical',
	'determinants.yearNote':
		'The year intercepts a_t were estimated and left out of the table, as in the paper; they are in the CSV.',
	'determinants.dropped.constant':
		'Dropped: constant in every observation, confounded with the intercept.',
	'determinants.dropped.collinear':
		'Dropped: an exact linear combination of the variables before it (perfect collinearity).',
	'determinants.dropped.varies-only-by-time':
		'Dropped: varies only by year and is confounded with the year effects (as the reporter’s GDP is).',
	'determinants.dropped.no-within-variation':
		'Dropped: does not vary within any partner and is absorbed by the fixed effects (as distance is).',
	'determinants.failed.no-regressors': 'Model not estimated: every variable was dropped.',
	'determinants.failed.no-within-variation':
		'Model not estimated: no variable varies within partners (a single year?).',
	'determinants.failed.no-degrees-of-freedom':
		'Model not estimated: as many parameters as observations.',
	'determinants.failed.too-few-entities':
		'Model not estimated: too few partners for the Swamy–Arora between model.',
	'determinants.failed.needs-within':
		'Model not estimated: the idiosyncratic variance comes from the fixed-effects model, which could not be estimated.',
	'determinants.failed.no-observations': 'Model not estimated: no observation was left.',
	'determinants.absorbed':
		'Fixed effects: each partner has its own intercept, which is not reported.',

	'determinants.obsLine':
		'{method}: {used} of {candidates} partner × year observations used; {drops}.',
	'determinants.drop.zeroViit': '{count} without VIIT dropped',
	'determinants.drop.missingCovariates': '{count} without covariates',
	'determinants.drop.zeroDif': '{count} with the same GDP per capita as the reporter',
	'determinants.drop.noDistance': '{count} without a distance',
	'determinants.drop.none': 'none dropped',
	'determinants.covariatesLine': '{file} ({kind}): {used} of {read} rows used.',
	'determinants.covariatesDropped': '{rows} rows set aside ({reason}; first: {lines}).',
	'determinants.covDrop.empty-value': 'empty value',
	'determinants.covDrop.bad-year': 'invalid year',
	'determinants.covDrop.not-a-number': 'value that is not a number',
	'determinants.covDrop.non-positive-gdp': 'GDP or GDP per capita not positive',
	'determinants.covDrop.bad-distance': 'invalid distance',
	'determinants.covDrop.unknown-country': 'unknown country',
	'determinants.covDrop.duplicate-country-year': 'country and year repeated',
	'determinants.covDrop.aggregate': 'region or income group, not a country',
	'determinants.covDrop.footer': 'DataBank footer note',
	'determinants.covDrop.unused-series': 'series not used',
	'determinants.covDrop.other-origin': 'pair from an origin other than the reporter',
	'determinants.covDrop.self-pair': 'the reporter with itself',
	'determinants.covDrop.missing-distance': 'distance missing (“.”)',
	'determinants.covDrop.duplicate-distance': 'distance already given',
	'determinants.kind.template': 'template',
	'determinants.kind.dist-cepii': 'CEPII dist_cepii',
	'determinants.kind.wdi-long': 'World Bank, DataBank long',
	'determinants.kind.wdi-wide-api': 'World Bank, WDI CSV',
	'determinants.kind.wdi-wide-databank': 'World Bank, DataBank wide',
	'determinants.measureLabel': 'dist_cepii distance',
	'determinants.measure.dist': 'dist: between the main cities',
	'determinants.measure.distcap': 'distcap: between the capitals',
	'determinants.measure.distw': 'distw: population-weighted',
	'determinants.measureUsed': 'Distances from dist_cepii: {measure}.',
	'determinants.sources.gdp': 'GDP: {sources}.',
	'determinants.sources.gdpPerCapita': 'GDP per capita: {sources}.',
	'determinants.source': '{series} ({count} country-years)',
	'determinants.source.template': 'the template',
	'determinants.source.derived': 'GDP ÷ population ({series})',
	'determinants.unpaired':
		'Left out: {gdpOnly} country-years with GDP but no GDP per capita and {perCapitaOnly} with GDP per capita but no GDP.',
	'determinants.distance.file': 'Distances: those in the file.',
	'determinants.distance.built-in':
		'Distances: great-circle distances between capitals (Natural Earth, public domain).',
	'determinants.distance.both':
		'Distances: those in the file and, where missing, great-circle distances between capitals (Natural Earth).',

	'determinants.csv.method': 'method',
	'determinants.csv.model': 'model',
	'determinants.csv.item': 'item',
	'determinants.csv.value': 'value',
	'determinants.csv.se': 'std_error',
	'determinants.csv.p': 'p',
	'determinants.csv.seCluster': 'std_error_hc1',
	'determinants.csv.pCluster': 'p_hc1',
	'determinants.csv.note': 'note'
};

export const es: Translations<typeof ptBR> = {
	'view.determinants': 'Determinantes',

	'determinants.intro':
		'Estima la ecuación (5) del artículo: el logaritmo del CIIV de {reporter} con cada socio y año frente al PIB de ambos países, la distancia y la diferencia de PIB per cápita, por MCO agrupados, efectos fijos y efectos aleatorios, como en los Cuadros 6 y 7.',
	'determinants.methodsLink': 'Vea cómo se estima.',
	'determinants.fileLabel': 'Archivos de covariables (CSV, uno o varios)',
	'determinants.fileHint':
		'La plantilla completada (ISO3, año, PIB, PIB per cápita y, opcionalmente, la distancia en km a {reporter}), el dist_cepii de CEPII GeoDist y descargas del WDI del Banco Mundial (PIB, PIB per cápita; largas o anchas), unidas por país y año. Sin distancia, se usa la distancia entre las capitales.',
	'determinants.fileChosen': 'Archivo en uso: {file}',
	'determinants.template': 'Descargar plantilla',
	'determinants.templateHint':
		'La plantilla ya incluye a {reporter}, los {partners} socios y los años {from}–{to} del análisis; complete el PIB y el PIB per cápita.',
	'determinants.yearEffects': 'Efectos de año (a_t de la ecuación 5)',
	'determinants.alphaInUse':
		'Factor de dispersión en uso: α = {alpha}; GHM y FF lado a lado (FF con θ = {theta}).',
	'determinants.seLegend': 'Errores estándar',
	'determinants.seCluster': 'Robustos por socio (HC1)',
	'determinants.seClassical': 'Clásicos',
	'determinants.waitingFile': 'Elija uno o más archivos de covariables para estimar el modelo.',
	'determinants.loading': 'Estimando…',
	'determinants.error': 'No se pudo estimar el modelo',
	'determinants.downloadCsv': 'Descargar resultados (CSV)',

	'determinants.caption':
		'Determinantes del CIIV, declarante {reporter}, {from}–{to}: ln CIIV por socio y año, α = {alpha}',
	'determinants.col.term': 'Variable',
	'determinants.col.expected': 'Signo esperado',
	'determinants.method.ghm': 'Método GHM',
	'determinants.method.ff': 'Método FF',
	'determinants.model.pooling': 'MCO agrupados',
	'determinants.model.within': 'Efectos fijos',
	'determinants.model.random': 'Efectos aleatorios',
	'determinants.term.gdpReporter': 'ln PIB_i ({reporter})',
	'determinants.term.gdpPartner': 'ln PIB_j (socio)',
	'determinants.term.distance': 'ln DIST_ij (distancia)',
	'determinants.term.dif': 'ln DIF_ijt (diferencia de PIB per cápita)',
	'determinants.term.intercept': 'Intercepto (a0)',
	'determinants.row.yearEffects': 'Efectos de año',
	'determinants.row.nobs': 'Observaciones',
	'determinants.row.entities': 'Socios',
	'determinants.row.r2': 'R²',
	'determinants.row.hausman': 'Prueba de Hausman',
	'determinants.yes': 'sí',
	'determinants.no': 'no',
	'determinants.hausman': 'χ²({df}) = {chisq}, p {p}',
	'determinants.hausmanFixed': 'p < 0,05: se prefieren los efectos fijos',
	'determinants.hausmanRandom': 'p ≥ 0,05: no se rechazan los efectos aleatorios',
	'determinants.hausmanSkipped.model-failed': 'no calculada: uno de los modelos falló',
	'determinants.hausmanSkipped.no-common-terms':
		'no calculada: los dos modelos no tienen coeficientes en común',
	'determinants.hausmanSkipped.singular-difference':
		'no calculada: la diferencia de las covarianzas es singular',
	'determinants.hausmanSkipped.no-observations': 'no calculada: ninguna observación',

	'determinants.starsNote':
		'*** p < 0,01, ** p < 0,05, * p < 0,10 (bilateral). Entre paréntesis, los errores estándar {kind}.',
	'determinants.starsCluster': 'robustos agrupados por socio (Arellano, HC1)',
	'determinants.starsClassical': 'clásicos',
	'determinants.yearNote':
		'Los interceptos de año a_t se estimaron y se omiten del cuadro, como en el artículo; están en el CSV.',
	'determinants.dropped.constant':
		'Excluida: constante en todas las observaciones, confundida con el intercepto.',
	'determinants.dropped.collinear':
		'Excluida: combinación lineal exacta de las variables anteriores (colinealidad perfecta).',
	'determinants.dropped.varies-only-by-time':
		'Excluida: solo varía con el año y se confunde con los efectos de año (es el caso del PIB del declarante).',
	'determinants.dropped.no-within-variation':
		'Excluida: no varía dentro de cada socio y la absorben los efectos fijos (es el caso de la distancia).',
	'determinants.failed.no-regressors': 'Modelo no estimado: se excluyeron todas las variables.',
	'determinants.failed.no-within-variation':
		'Modelo no estimado: ninguna variable varía dentro de los socios (¿un solo año?).',
	'determinants.failed.no-degrees-of-freedom':
		'Modelo no estimado: hay tantos parámetros como observaciones.',
	'determinants.failed.too-few-entities':
		'Modelo no estimado: muy pocos socios para el modelo entre grupos de Swamy–Arora.',
	'determinants.failed.needs-within':
		'Modelo no estimado: la varianza idiosincrática proviene de los efectos fijos, que no pudieron estimarse.',
	'determinants.failed.no-observations': 'Modelo no estimado: no quedó ninguna observación.',
	'determinants.absorbed':
		'Efectos fijos: cada socio tiene su propio intercepto, que no se reporta.',

	'determinants.obsLine':
		'{method}: {used} de {candidates} observaciones socio × año utilizadas; {drops}.',
	'determinants.drop.zeroViit': '{count} sin CIIV descartadas',
	'determinants.drop.missingCovariates': '{count} sin covariables',
	'determinants.drop.zeroDif': '{count} con el mismo PIB per cápita que el declarante',
	'determinants.drop.noDistance': '{count} sin distancia',
	'determinants.drop.none': 'ninguna descartada',
	'determinants.covariatesLine': '{file} ({kind}): {used} de {read} filas utilizadas.',
	'determinants.covariatesDropped': '{rows} filas apartadas ({reason}; primeras: {lines}).',
	'determinants.covDrop.empty-value': 'valor vacío',
	'determinants.covDrop.bad-year': 'año no válido',
	'determinants.covDrop.not-a-number': 'valor que no es un número',
	'determinants.covDrop.non-positive-gdp': 'PIB o PIB per cápita no positivo',
	'determinants.covDrop.bad-distance': 'distancia no válida',
	'determinants.covDrop.unknown-country': 'país desconocido',
	'determinants.covDrop.duplicate-country-year': 'país y año repetidos',
	'determinants.covDrop.aggregate': 'región o grupo de ingreso, no un país',
	'determinants.covDrop.footer': 'nota al pie de DataBank',
	'determinants.covDrop.unused-series': 'serie no utilizada',
	'determinants.covDrop.other-origin': 'par de un origen distinto del declarante',
	'determinants.covDrop.self-pair': 'el declarante consigo mismo',
	'determinants.covDrop.missing-distance': 'distancia ausente (“.”)',
	'determinants.covDrop.duplicate-distance': 'distancia ya dada',
	'determinants.kind.template': 'plantilla',
	'determinants.kind.dist-cepii': 'CEPII dist_cepii',
	'determinants.kind.wdi-long': 'Banco Mundial, DataBank largo',
	'determinants.kind.wdi-wide-api': 'Banco Mundial, CSV del WDI',
	'determinants.kind.wdi-wide-databank': 'Banco Mundial, DataBank ancho',
	'determinants.measureLabel': 'Distancia del dist_cepii',
	'determinants.measure.dist': 'dist: entre las ciudades principales',
	'determinants.measure.distcap': 'distcap: entre las capitales',
	'determinants.measure.distw': 'distw: ponderada por la población',
	'determinants.measureUsed': 'Distancias del dist_cepii: {measure}.',
	'determinants.sources.gdp': 'PIB: {sources}.',
	'determinants.sources.gdpPerCapita': 'PIB per cápita: {sources}.',
	'determinants.source': '{series} ({count} país-años)',
	'determinants.source.template': 'la plantilla',
	'determinants.source.derived': 'PIB ÷ población ({series})',
	'determinants.unpaired':
		'Apartados: {gdpOnly} país-años con PIB sin PIB per cápita y {perCapitaOnly} con PIB per cápita sin PIB.',
	'determinants.distance.file': 'Distancias: las del archivo.',
	'determinants.distance.built-in':
		'Distancias: ortodrómicas entre las capitales (Natural Earth, dominio público).',
	'determinants.distance.both':
		'Distancias: las del archivo y, donde faltan, las ortodrómicas entre las capitales (Natural Earth).',

	'determinants.csv.method': 'metodo',
	'determinants.csv.model': 'modelo',
	'determinants.csv.item': 'item',
	'determinants.csv.value': 'valor',
	'determinants.csv.se': 'error_estandar',
	'determinants.csv.p': 'p',
	'determinants.csv.seCluster': 'error_estandar_hc1',
	'determinants.csv.pCluster': 'p_hc1',
	'determinants.csv.note': 'nota'
};
