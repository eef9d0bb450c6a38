/**
 * The Methods page in Brazilian Portuguese, the reference version: what the page says, section by
 * section (keyed by the headings' ids). Where each paragraph, formula and table goes is written
 * once, in ../Methods.svelte and ../parts/; every other language has exactly these keys and as
 * many list items (types.ts derives its type from this object).
 *
 * Paragraphs, list items and table cells are prose, in a small inline markup:
 *
 *   *R*                  a variable                       <var>R</var>
 *   **Total**            strong                           <strong>Total</strong>
 *   `VL_FOB`             code, taken literally            <code>VL_FOB</code>
 *   [dfn:chave]          the term a sentence defines      <dfn>chave</dfn>
 *   [em:ausente]         emphasis                         <em>ausente</em>
 *   [i:within]           a foreign word or title          <i>within</i>
 *   [cite:Econometrica]  the title of a work              <cite>Econometrica</cite>
 *   θ_{ij}   2^{−1/2}    subscript, superscript           θ<sub>ij</sub>   2<sup>−1/2</sup>
 *   [análise](/)         a link to a page of the app      <a href="/">análise</a>
 *   {alpha}              a value the page fills in: the thresholds in use ({alpha}, {theta},
 *                        {cifFobFactor}) and the bands of R they give ({ghmBand}, {ffBand})
 *   \*  \[  \]  \{  \}  \`  \_  \^  \\                       the character itself
 *
 * Wrappers nest (*a_{t}*). Write characters, not HTML: “<var>” or “&amp;” is an error, as is any
 * markup this table does not define; the tests parse every string of every language.
 * Headings, captions, labels and the words of formulas (`terms`, `formula`) are plain text.
 */
import type { HeadingId } from '../sections';

/** Every heading has its section's content, headed by the heading's text (the TOC lists them). */
type ContentShape = {
	readonly [Id in HeadingId]: { readonly heading: string; readonly [key: string]: unknown };
} & { readonly [key: string]: unknown };

export const pt = {
	page: {
		title: 'Métodos',
		intro:
			'Esta página explica cada número que o IIT Explorer mostra: de onde vem, como é calculado e como lê-lo. As fórmulas trazem os limiares em uso; para mudá-los, use as configurações da [análise](/).',
		thresholdLabels: {
			title: 'Limiares em uso',
			alpha: 'Fator de dispersão',
			theta: 'Limiar de sobreposição (FF)',
			cifFobFactor: 'Fator CIF/FOB'
		},
		tocLabel: 'Nesta página'
	},
	terms: {
		iit: 'CII',
		hiit: 'CIIH',
		viit: 'CIIV',
		viitSup: 'CIIVSup',
		viitInf: 'CIIVInf',
		unclassified: 'não classificado',
		oneWay: 'uma via',
		twoWay: 'duas vias',
		iitIndex: 'índice CII',
		viitSupShare: 'participação do CIIVSup',
		and: 'e',
		notDefined: 'indefinido'
	},
	unit: {
		heading: 'A unidade de análise',
		lead: 'Todo número do app parte da mesma peça: o comércio de um produto entre dois países em um ano.',
		key: 'Uma [dfn:chave] é a combinação (ano, país declarante, parceiro, produto do Sistema Harmonizado a 6 dígitos, o HS6). Para cada chave o app guarda as exportações *X* do declarante para o parceiro, as importações *M* do declarante vindas do parceiro e as quantidades *qX* e *qM* desses dois fluxos. Linhas com a mesma chave são somadas: meses, regimes aduaneiros, modais de transporte e os vários códigos nacionais de 8 dígitos (NCM, NC) sob um mesmo HS6. O código do produto tem sempre 6 caracteres (o BACI escreve `10121` para `010121`).',
		currency:
			'Os valores ficam na moeda dos dados, sem conversão: dólares (US$) em todos os formatos, exceto o Eurostat Comext, que está em euros (€). Arquivos em milhares (BACI, WITS, Trade Map) são multiplicados por 1.000.',
		quantities:
			'As quantidades seguem uma única [dfn:base de quantidade] por análise: a unidade declarada (peças, litros, pares…) ou o peso líquido em kg. O padrão de cada formato: toneladas no BACI; peso líquido (`KG_LIQUIDO`) no Comex Stat, porque as unidades de `QT_ESTAT` mudam entre os códigos NCM de um mesmo HS6; peso líquido no Comext; a unidade declarada no UN Comtrade e no WITS. Uma soma de quantidades fica [em:ausente] se alguma linha somada tinha valor mas não tinha quantidade utilizável, ou tinha outra unidade: uma soma parcial distorceria o valor unitário. O “sem quantidade” do Comtrade (unidade `-1` com quantidade 0) é ausente, não zero.',
		formula: {
			total: 'comércio total da chave',
			exportUnitValue: 'valor unitário das exportações',
			importUnitValue: 'valor unitário das importações',
			unitValueRatio: 'razão dos valores unitários'
		},
		reading:
			'Chaves com *T* = 0 são ignoradas. *R* > 1 quer dizer que o declarante vende o produto mais caro, por unidade, do que o compra do parceiro; a literatura lê isso como qualidade superior. *R* < 1 indica qualidade inferior. *R* é calculado em precisão dupla (IEEE 754) exatamente na ordem da fórmula.'
	},
	'grubel-lloyd': {
		heading: 'Grubel–Lloyd',
		lead: 'O índice de Grubel–Lloyd diz quanto do comércio de um produto é de mão dupla: vale 1 quando o país exporta e importa o mesmo valor e 0 quando só exporta ou só importa.',
		formula: {
			overlap: 'sobreposição'
		},
		aggregate:
			'Para um conjunto de chaves (um parceiro, um setor, um ano), o GL agregado é Σ*O* / Σ*T*: a média dos GL dos produtos ponderada pelo comércio. Exemplo: *X* = 80 e *M* = 20 dão *O* = 40, *T* = 100 e GL = 0,40.'
	},
	ghm: {
		heading: 'GHM (Greenaway, Hine e Milner)',
		lead: 'O GHM divide o comércio de cada produto em duas partes — a sobreposição, que é comércio intraindústria (CII), e o desequilíbrio, que é comércio de uma via — e classifica a sobreposição pela qualidade, comparando os valores unitários.',
		overlap:
			'O desequilíbrio |*X* − *M*| é comércio de uma via (interindústria). A sobreposição *O* é classificada por *R* com o fator de dispersão α, com limites inclusivos:',
		formula: {
			horizontal: 'horizontal',
			verticalSuperior: 'vertical superior',
			verticalInferior: 'vertical inferior'
		},
		inUse:
			'Em uso: α = {alpha}, ou seja, CIIH quando {ghmBand}. O artigo usa α = 15% nas Tabelas 1 a 4 e também 25% na Tabela 5; Greenaway, Hine e Milner e Abd-el-Rahman (1991) usam os dois valores. Um α de 15% quer dizer que os valores unitários de exportação e de importação diferem em no máximo 15%. Por produto, uma via + CIIH + CIIVSup + CIIVInf + não classificado = *T*.',
		example:
			'Exemplo: *X* = 80, *M* = 20, *qX* = 10 e *qM* = 4 dão *UVx* = 8, *UVm* = 5 e *R* = 1,6 > 1,15: com α = 15%, os 40 da sobreposição são CIIVSup e os 60 restantes são comércio de uma via.',
		paperNote:
			'Uma nota para quem confere o artigo: na equação (3) o limite inferior é 1 − α, mas o texto descreve o CIIVInf como a razão “inferior ao inverso de 1,15”. Aqui o GHM segue a equação (3), 1 − α; o limite 1/(1 + α) é o do FF.'
	},
	ff: {
		heading: 'FF (Fontagné e Freudenberg)',
		lead: 'O FF decide, produto a produto, se o comércio é de fato de mão dupla — o fluxo menor precisa ser maior que a fração θ do maior — e, se for, classifica todo o comércio do produto, não só a sobreposição.',
		formula: {
			strictly: 'estritamente',
			orOneFlowZero: 'ou um fluxo nulo',
			twoWayClassifiedBy: 'o comércio de duas vias é classificado por'
		},
		inUse:
			'Em uso: θ = {theta} e α = {alpha}, ou seja, CIIH quando {ffBand}. No artigo, θ = 10% (equação 2): abaixo disso, segundo Fontagné e Freudenberg (1997), o fluxo minoritário não representa uma característica estrutural do comércio. A desigualdade é estrita: um produto com min/max exatamente igual a θ é de uma via. No FF, uma via + CIIH + CIIVSup + CIIVInf + não classificado = *T*.',
		asymmetry:
			'Por que a faixa é assimétrica: com α = 25%, a faixa do GHM vai de 0,75 a 1,25. O lado direito aceita que a exportação seja até 1,25 vez mais cara que a importação; o esquerdo, *R* = 0,75, aceita que a importação seja 1/0,75 = 1,33 vez mais cara que a exportação. Fontagné e Freudenberg apontam essa incoerência, e o artigo a reproduz: a faixa 1/(1 + α) ≤ *R* ≤ 1 + α trata os dois sentidos igualmente (nenhum dos valores unitários pode superar o outro em mais de α). Com 15%, ela vai de 0,87 a 1,15; com 25%, de 0,80 a 1,25.',
		example:
			'No exemplo acima, min/max = 20/80 = 0,25 > 0,10: o produto é de duas vias e, com *R* = 1,6, os 100 inteiros vão para CIIVSup, contra 40 no GHM. Por isso os volumes de CII do FF são maiores (no artigo, cerca de 65% maiores que os do GHM).'
	},
	unclassified: {
		heading: 'Comércio não classificado',
		lead: 'Quando não dá para comparar preços unitários, o app não adivinha: o comércio intraindústria desse produto fica “não classificado”, é contado e é mostrado.',
		undefinedRatio:
			'*R* é indefinido quando falta uma das quantidades, quando ela é zero ou negativa, ou quando os dois fluxos estão em unidades diferentes (kg de um lado, peças do outro). No GHM, a sobreposição *O* desse produto vai para “não classificado”; no FF, todo o *T* de um produto de duas vias. Esse comércio nunca é descartado: continua no CII (CII = CIIH + CIIV + não classificado) e no índice CII, e as classes continuam somando o comércio total.',
		shares:
			'As participações CIIH/CII e CIIV/CII são dadas sobre todo o CII, com a participação do não classificado ao lado; também são dadas sobre a parte classificada, CIIH/(CIIH + CIIV) e CIIV/(CIIH + CIIV), para comparar com estudos que descartam o não classificado. Os arquivos do Trade Map lidos pelo app não trazem quantidades: todo o seu CII fica não classificado, e só o índice CII tem sentido.'
	},
	aggregates: {
		heading: 'Agregados: índice, composição e médias',
		lead: 'As tabelas somam as chaves em grupos — um parceiro, um setor, um par parceiro × setor — e resumem os anos escolhidos de duas maneiras, cada uma respondendo a uma pergunta diferente.',
		classes:
			'Dentro de um grupo, cada dólar (ou euro, no Comext) do comércio total cai em exatamente uma classe, então as classes somam o total:',
		composition: 'A composição é a razão das somas sobre o período escolhido:',
		years: 'Os anos escolhidos *Y* são resumidos de duas formas:',
		formula: {
			aggregateGl: 'no GHM, o GL agregado',
			classifiedPart: 'parte classificada',
			averageVolume: 'volume médio anual',
			yearWithoutTrade: 'ano sem comércio',
			averageIndex: 'índice médio anual',
			meanOf: 'média de',
			overYearsWith: 'nos anos com'
		},
		averages:
			'O volume médio responde “quanto, por ano, em média” (Tabelas 1 e 4 do artigo). O índice médio é a média dos índices anuais, e é assim que se lê a Tabela 2 do artigo: cada ano pesa o mesmo, qualquer que seja o seu comércio, por isso ele não é igual ao volume de CII dividido pelo volume de comércio. Exemplo: CII de 10 em *T* = 100 num ano (10%) e de 90 em *T* = 300 no outro (30%) dão índice médio de 20%, enquanto a razão dos totais é 100/400 = 25%. Uma participação de nada (por exemplo, CIIVSup/CIIV sem CIIV) fica indefinida e aparece como “–”, não como zero.',
		rows: 'As linhas seguem o volume médio anual de CII pelo GHM, do maior para o menor. Com um limite de N linhas, os parceiros fora das N primeiras são somados na linha **Outros**, tratados como um só grupo (o índice dela é o do comércio somado desses parceiros). Abaixo dela, **Outros (média, como no artigo)** traz os mesmos parceiros como a Tabela 2 do artigo os calcula: cada coluna é a média sobre os parceiros deixados de fora, como a linha Média faz para todos. A linha **Média** é a média simples de cada coluna sobre todos os parceiros (ou setores) com comércio, mostrados ou não, como a linha “Média” do artigo. A linha **Total** trata toda a seleção como um único grupo.'
	},
	'paper-tables': {
		heading: 'As tabelas do artigo',
		lead: 'As Tabelas 1 a 5 e as Figuras 1 a 3 de Castellano, Oliveira e Bittencourt são telas do app: com os mesmos dados, cada número pode ser conferido.',
		study:
			'O artigo estuda o comércio do Brasil com os 35 países da OCDE de 2001 a 2016, com dados do Trade Map no HS6, agrupados nos 15 setores abaixo.',
		views: {
			caption: 'As tabelas e figuras do artigo e as telas correspondentes',
			paper: 'Artigo',
			inApp: 'No app',
			rows: {
				table1: {
					name: 'Tabela 1',
					view: 'Por parceiro: volume médio anual de CII, CIIH e CIIV, pelo GHM e pelo FF; os N maiores, “Outros”, “Média” e “Total”.'
				},
				table2: {
					name: 'Tabela 2',
					view: 'Por parceiro: índice médio anual do CII e composição CIIH/CII e CIIV/CII, GHM e FF.'
				},
				table3: {
					name: 'Tabela 3',
					view: 'Por parceiro: CIIVInf/CIIV e CIIVSup/CIIV, GHM e FF.'
				},
				table4: {
					name: 'Tabela 4',
					view: 'As mesmas colunas, por setor.'
				},
				figure1: {
					name: 'Figura 1',
					view: 'Índice médio anual do CII por setor.'
				},
				figure2: {
					name: 'Figura 2',
					view: 'CIIH e CIIV por setor (GHM).'
				},
				figure3: {
					name: 'Figura 3',
					view: 'CIIVInf e CIIVSup por setor (GHM).'
				},
				table5: {
					name: 'Tabela 5',
					view: 'Células setor × parceiro em que o CIIVSup supera o CIIVInf, com α = 15% e 25% (a seguir).'
				}
			}
		}
	},
	'table-5': {
		heading: 'Tabela 5: onde o comércio vertical superior predomina',
		lead: 'A Tabela 5 mostra onde o declarante vendeu, em média, produtos mais caros do que comprou: os pares setor × parceiro em que o comércio vertical superior supera o inferior.',
		formula: {
			tRunsOver: 't percorre os anos escolhidos',
			cellListedWhen: 'a célula setor × parceiro entra quando essa participação > 50%,',
			thatIsWhen: 'isto é, quando',
			overThePeriod: 'no período'
		},
		alphas:
			'Como no artigo, o cálculo é feito com dois fatores de dispersão, α = 15% e α = 25% (outros pares podem ser escolhidos), pelo GHM; o FF também é oferecido. Uma célula aparece quando predomina em pelo menos um dos dois α, com uma marca onde não predomina; os setores com CIIV em que o declarante não predomina com nenhum parceiro são listados à parte (no artigo, o têxtil). Um α maior alarga a faixa horizontal e tira comércio do CIIV dos dois lados, por isso a participação pode subir ou cair.'
	},
	beyond: {
		heading: 'Além do artigo',
		lead: 'Estas telas não estão no artigo. Usam as mesmas chaves e as mesmas classes, então seus números batem com os das tabelas.'
	},
	series: {
		heading: 'Série anual',
		lead: 'Mostra como o comércio intraindústria muda ano a ano, em vez da média do período.',
		formula: {
			undefinedWhen: 'indefinido se',
			iitVolume: 'volume de CII'
		},
		lines:
			'Para a seleção inteira e para os parceiros, grupos ou setores escolhidos; GHM em linha cheia, FF tracejada. A média dos índices anuais, sobre os anos com comércio, é exatamente o índice médio anual das tabelas.'
	},
	heatmap: {
		heading: 'Mapa de calor parceiro × setor',
		lead: 'Mostra, numa grade, em quais combinações de parceiro e setor está o comércio intraindústria.',
		cells:
			'Cada célula resume o comércio de um parceiro (ou grupo) em um setor ao longo do período, com as mesmas fórmulas das tabelas: o índice médio anual do CII ou a participação CIIVSup/CIIV, pelo método escolhido. As linhas são os N maiores parceiros por volume de CII no GHM, na ordem da tabela; uma célula vazia não tem comércio. Cada célula abre os seus produtos.'
	},
	'drill-down': {
		heading: 'Produtos: o detalhe por trás de cada número',
		lead: 'Mostra, produto por produto, as chaves por trás de qualquer número de uma tabela.',
		columns:
			'Para cada chave: ano, parceiro, produto HS6, setor, *X*, *M*, as quantidades e suas unidades, *UVx*, *UVm*, *R* (com o fator CIF/FOB aplicado), GL, a classe pelo GHM (a da sobreposição; uma via quando *X* ou *M* é zero) e a classe pelo FF. A lista pode ser ordenada, filtrada por código ou nome do parceiro e baixada em CSV.',
		totals:
			'Os totais da lista — *X*, *M*, *T* e cada classe — são somas sobre os anos escolhidos e reconciliam com as tabelas: divididos pelo número de anos |*Y*|, dão os volumes médios anuais da célula de onde se partiu.'
	},
	sensitivity: {
		heading: 'Sensibilidade aos limiares',
		lead: 'Mostra quanto os resultados dependem dos limiares escolhidos.',
		why: 'Os limiares (15% ou 25% para α, 10% para θ) são convenções, e a principal crítica da literatura a esses métodos é justamente que são arbitrários. Esta tela refaz a classificação numa grade de valores, para ver se uma conclusão — “o CIIV é sobretudo inferior”, por exemplo — resiste a outras escolhas:',
		formula: {
			alphaGrid: 'de 5% a 50%, de 1 em 1 ponto',
			thetaGrid: 'de 0 a 50%, de 1 em 1 ponto',
			with: 'com',
			share: 'participação',
			tradeInClass: 'comércio na classe'
		},
		reading:
			'O θ e o α fixos são os valores em uso; as somas correm sobre a seleção e seus anos, e as cinco participações somam 100%. Cada ponto da grade é exatamente a classificação das tabelas com aquele limiar. Aumentar α alarga a faixa horizontal: o CIIH só pode crescer e o CIIV só pode diminuir; a parte de uma via e o não classificado não dependem de α. Aumentar θ só passa comércio do FF de duas vias para uma via; o GHM não usa θ.'
	},
	stability: {
		heading: 'Estabilidade das classes',
		lead: 'Mostra se um produto fica na mesma classe de um ano para o outro.',
		pairs:
			'Compara as chaves (declarante, parceiro e produto HS6, ou posição SH4 ao classificar em SH4) com comércio *T* > 0 em dois anos consecutivos *t* e *t*+1 da seleção; um ano sem comércio interrompe a comparação. Pelo FF, cada chave tem uma classe em cada ano (uma via, CIIH, CIIV superior, CIIV inferior, não classificado) e entram as chaves de duas vias em pelo menos um dos dois anos. Pelo GHM, compara-se a classe da sobreposição (CIIH, CIIV superior, CIIV inferior, não classificado), e entram as chaves com sobreposição nos dois anos. Com o filtro de valores unitários ligado, o atípico é uma classe à parte.',
		reading:
			'A matriz de transição soma o comércio *T* de cada chave no ano *t*+1, linha = classe em *t*, coluna = classe em *t*+1, sobre todos os pares de anos; a participação estável é a da diagonal. Usa os mesmos α, θ e fator CIF/FOB das tabelas. Nielsen e Lüthje (2002) acharam as classes dos produtos instáveis de um ano para o outro: uma participação estável baixa pede cautela ao ler a classe de um produto num ano só.'
	},
	'price-ranges': {
		heading: 'Faixas de preço no mundo',
		lead: 'Na página Mundo (um ano do BACI com todos os pares), cada fluxo de exportação é comparado ao preço do mundo do mesmo produto: acima, no meio ou abaixo do mercado (Fontagné, Freudenberg e Péridy 1997, como na base trade-types do CEPII).',
		reference:
			'O [dfn:valor unitário de referência] de cada ano e produto SH6 é a mediana dos valores unitários de todos os fluxos com quantidade utilizável, ponderada pelo valor de cada fluxo (a mediana inferior quando o peso se divide exatamente ao meio).',
		ranges:
			'Um fluxo está *acima do mercado* quando *UV* > (1 + α)·ref, *abaixo* quando *UV* < ref / (1 + α), e *no meio* nos outros casos; sem quantidade utilizável, fica *sem faixa*. A página mostra, por exportador (e por exportador × parceiro, × setor), as parcelas do valor exportado em cada faixa; o detalhe de um par mostra seus maiores fluxos com o valor de referência. Na linha de comando: `npm run cli -- price-ranges FILE --out ranges.csv`.'
	},
	marginal: {
		heading: 'CII marginal (índice A de Brülhart)',
		lead: 'O CII marginal olha para a mudança do comércio entre dois anos: se exportações e importações de um produto cresceram (ou caíram) juntas, a mudança foi intraindústria.',
		formula: {
			year: 'ano'
		},
		index:
			'É o índice A de Brülhart (1994), produto a produto (HS6) e parceiro a parceiro, somado por parceiro, grupo ou setor. O A agregado é a média dos *A_i* ponderada por |Δ*X_i*| + |Δ*M_i*|. Vai de 0 a 1: 1 quando exportações e importações mudaram no mesmo valor; 0 quando a mudança ficou toda de um lado ou foi em sentidos opostos. Fica indefinido quando nada mudou. Um produto comerciado em só um dos anos conta como zero no outro.',
		example:
			'Exemplo: o produto 1 passa de *X* = 100, *M* = 50 para *X* = 150, *M* = 100 (Δ*X* = Δ*M* = 50, *A_1* = 1); o produto 2 só aparece no ano B, com *X* = 30 (Δ*X* = 30, Δ*M* = 0, *A_2* = 0). Então *A* = 1 − (0 + 30) / (100 + 30) = 100/130 ≈ 0,77.',
		why: 'Por que importa: Brülhart argumenta que o custo de ajuste a uma abertura comercial depende da estrutura da mudança do comércio, não do nível do CII num ano. Um A alto sugere que trabalhadores e capital se realocam dentro dos mesmos setores, com custos de ajuste menores. O A não usa quantidades nem limiares (α, θ ou fator CIF/FOB). Para grupos de países vale a composição do ano B.'
	},
	quality: {
		heading: 'Índice de qualidade relativa',
		lead: 'Resume num só número quanto mais caro (ou mais barato) o declarante vende do que compra os mesmos produtos dos mesmos parceiros.',
		formula: {
			keysWith: 'chaves com',
			defined: 'definido',
			weights: 'pesos',
			mean: 'média',
			spread: 'dispersão',
			premium: 'prêmio'
		},
		premium:
			'O prêmio é a diferença típica de preço entre as exportações e as importações: +34% quer dizer que, numa média geométrica ponderada pelo valor, o declarante vende 34% mais caro por unidade do que compra; um prêmio negativo indica produtos vendidos mais baratos. A dispersão *s*, em pontos de log, diz quão diferentes são os produtos: uma média perto de zero com *s* grande esconde produtos muito superiores e muito inferiores. A [dfn:cobertura] é Σ*w* dividido pelo comércio total da linha: a parte do comércio que pôde ser comparada.',
		example:
			'Exemplo: uma chave com *R* = 2 e *T* = 100 e outra com *R* = 0,5 e *T* = 300 dão *m* = (100 − 300) · ln 2 / 400 ≈ −0,347, prêmio = 2^{−1/2} − 1 ≈ −29,3% e *s* = ln 2 · √3 / 2 ≈ 0,600.',
		thresholds:
			'O índice não usa limiar, então não depende de α nem de θ: dois produtos com *R* = 1,14 e 1,16 caem em classes diferentes no GHM a 15%, mas pesam quase igual aqui. Ele depende do fator CIF/FOB *f*: cada *R* é multiplicado por *f*, então *m* aumenta exatamente ln *f* e *s* não muda.'
	},
	groups: {
		heading: 'Grupos de países como parceiros',
		lead: 'Um grupo de países (OCDE, União Europeia, Mercosul…) pode ocupar o lugar de um parceiro; seus números são a soma dos números bilaterais dos seus membros.',
		bilateral:
			'Por isso o CII de um grupo é a soma dos CII bilaterais, e não o CII do comércio somado do grupo. Se o Brasil exporta 100 de um produto para um país e importa 100 do mesmo produto de outro, não há CII com nenhum dos dois, e o grupo também mostra zero, embora o comércio somado pareça perfeitamente de mão dupla: a sobreposição é medida país a país, como no artigo.',
		membership:
			'Um país conta num grupo só nos anos em que era membro: a OCDE pelo ano de adesão; a UE27 com a composição de 2020 (a EU27_2020 do Eurostat) em todos os anos; o Mercosul, os BRICS e o G20 como na tabela abaixo. Grupos personalizados (um nome e uma lista de países) valem para todos os anos. No CII marginal vale a composição do ano mais recente. O artigo analisa os 35 membros da OCDE em todo o período 2001–2016; para reproduzi-lo, use um grupo personalizado com esses 35 países.',
		table: {
			caption: 'Membros de cada grupo e os anos em que contam',
			group: 'Grupo',
			members: 'Membros (anos)',
			everyYear: 'Todos os anos'
		}
	},
	filters: {
		heading: 'Filtros',
		lead: 'Os filtros escolhem o que entra em todas as telas ao mesmo tempo.',
		scope:
			'Setores, capítulos do HS, anos e parceiros (um país, um grupo ou todos) valem para as tabelas, os gráficos, o mapa de calor, os produtos, a sensibilidade, o CII marginal e o índice de qualidade, por isso os números de todas as telas concordam. Setores e capítulos valem juntos: um produto precisa estar num setor escolhido e num capítulo escolhido. O intervalo de anos é inclusivo, e |*Y*| conta todos os anos do intervalo, até os sem comércio. O CII marginal usa os dois anos escolhidos nele.'
	},
	determinants: {
		heading: 'Determinantes do CIIV (regressão em painel)',
		lead: 'Mostra o que explica o volume de comércio intraindústria vertical entre o declarante e cada parceiro, com as três estimações das Tabelas 6 e 7 do artigo, pelo GHM e pelo FF lado a lado.',
		equation: 'A equação (5) do artigo, para o declarante *i*, o parceiro *j* e o ano *t*:',
		formula: {
			gdp: 'PIB',
			gdpPerCapita: 'PIBpc',
			fixedEffects: 'EF',
			randomEffects: 'EA'
		},
		variables:
			'CIIV_{ijt} = CIIVSup + CIIVInf do parceiro no ano, somado sobre os setores e capítulos escolhidos, pelo GHM e pelo FF com α = {alpha} (FF com θ = {theta}). Os interceptos de ano *a_{t}* são opcionais (ligados por padrão, como no artigo) e ficam fora da tabela; θ_{ij} é a heterogeneidade não observada de cada par de países. O PIB, o PIB per capita e a distância vêm dos arquivos de covariáveis que o usuário fornece (abaixo).',
		covariates:
			'**Covariáveis.** Vários arquivos podem ser soltos de uma vez; o tipo de cada um é lido do cabeçalho e eles são juntados por país (ISO3) e ano. (1) O *modelo* da tela (ISO3, ano, PIB, PIB per capita e, opcional, a distância em km até o declarante), já preenchido com os parceiros e os anos da análise. (2) O *dist_cepii* do CEPII GeoDist (Mayer e Zignago, 2011): as linhas do declarante dão a distância a cada parceiro, na medida escolhida — `dist` (entre as cidades principais, o padrão), `distcap` (entre as capitais) ou `distw` (ponderada pela população); `.` é ausente; os códigos antigos do CEPII são lidos como os de hoje (ROM Romênia, ZAR RD Congo, PAL Cisjordânia e Gaza, TMP Timor-Leste, YUG Sérvia). O arquivo de países, *geo_cepii*, não tem distâncias bilaterais e é recusado. (3) Downloads do *WDI* do Banco Mundial, longos (DataBank: Series Code, Country Code, Time, Value) ou largos (o CSV do WDI com o seu preâmbulo, ou o DataBank com os anos nas colunas): NY.GDP.MKTP.* é o PIB, NY.GDP.PCAP.* o PIB per capita; `..` é ausente; regiões e grupos de renda (WLD, EUU, HIC…) e as notas de rodapé do DataBank são deixados de lado e contados. Usa-se uma série por variável em todos os arquivos: US$ constantes antes de US$ correntes antes de PPC (os preços constantes tiram a inflação do dólar do ln PIB); a série usada é informada ao lado dos resultados. Onde falta o PIB per capita mas há o PIB e a população (SP.POP.TOTL), ele é o PIB ÷ população. Os valores do Banco Mundial vêm antes dos do modelo, e as distâncias do dist_cepii antes das do modelo; fora isso vale o primeiro arquivo. Cada linha é usada ou contada com o motivo e as primeiras linhas; o PIB deve estar numa mesma moeda e base em todas as linhas.',
		signs:
			'Sinais esperados, os do artigo: *b1*, *b2* > 0 (o tamanho do mercado aumenta o CIIV), *b3* < 0 (a distância, como custo de transporte, reduz) e *b4* > 0 (pela teoria de Falvey e Kierzkowski, diferenças de dotação de fatores, medidas pela diferença de renda per capita, levam a comércio de qualidades diferentes).',
		observations:
			'Cada observação é um parceiro num ano. As que têm CIIV = 0 não têm logaritmo e são descartadas e contadas; também as que não têm PIB do declarante ou do parceiro naquele ano, as com PIB per capita igual (DIF = 0) e as sem distância. A tela informa quantas de cada.',
		estimators: {
			heading: 'Estimadores',
			pooled: '**MQO agrupado**: mínimos quadrados sobre todas as observações, ignorando θ_{ij}.',
			fixed:
				'**Efeitos fixos** ([i:within]): cada variável menos a sua média no parceiro; estima só o que varia dentro de cada parceiro. Não há intercepto comum, e a distância, constante por parceiro, sai do modelo.',
			random:
				'**Efeitos aleatórios** (Swamy e Arora, 1972): cada variável menos θ_{i} vezes a sua média no parceiro, com θ_{i} = 1 − √(σ²_{ν} / (σ²_{ν} + T_{i} σ²_{μ})); σ²_{ν} vem dos resíduos dos efeitos fixos e σ²_{μ} da regressão entre parceiros. Em painéis desbalanceados, θ_{i} muda com o número de anos T_{i} de cada parceiro, como no plm.'
		},
		hausman:
			'O **teste de Hausman** (1978) compara efeitos fixos e aleatórios nos coeficientes que ambos estimam, com a matriz de covariâncias inteira da diferença:',
		hausmanReading:
			'Com p < 0,05 os efeitos fixos são preferidos (os aleatórios seriam viesados); caso contrário, os efeitos aleatórios não são rejeitados.',
		standardErrors:
			'Os erros-padrão podem ser os clássicos ou os robustos agrupados por parceiro (Arellano, 1987), com a correção HC1 n/(n − k), como `vcovHC(method = "arellano", type = "HC1")` do plm; os robustos são o padrão, como no artigo. As estrelas marcam p < 0,01 (\\*\\*\\*), p < 0,05 (\\*\\*) e p < 0,10 (\\*), bicaudal, com os graus de liberdade residuais do modelo. Uma variável perfeitamente colinear com as outras é retirada com uma nota que diz por quê: o PIB do declarante, por exemplo, varia só com o ano e se confunde com os efeitos de ano; a distância não varia dentro dos parceiros e some nos efeitos fixos. A decomposição usada é a QR com pivotamento, nunca a inversa direta de X′X.',
		validation:
			'As estimativas concordam com o pacote plm 2.6 do R (Croissant e Millo, 2008) em 6 algarismos significativos — coeficientes, os dois tipos de erro-padrão, R² e o teste de Hausman —, verificado nos dados de Grunfeld. O R² é o do modelo sobre os dados transformados, como o do plm.',
		distances:
			'**Distâncias.** Sem a coluna de distância no arquivo, usa-se a distância ortodrômica (de grande círculo, pela fórmula de haversine com o raio médio da Terra, 6 371,0088 km) entre as capitais dos dois países, com as coordenadas do Natural Earth, [i:Populated Places] 1:110m (domínio público); onde há mais de uma capital, a sede do governo (Amsterdã, La Paz, Pretória). Uma distância dos arquivos, quando existe (o dist_cepii, ou a coluna do modelo), tem precedência.'
	},
	sectors: {
		heading: 'Os 15 setores e seus capítulos do HS',
		lead: 'Os produtos são agrupados em 15 setores pelo capítulo do HS (os dois primeiros dígitos do código), como no artigo.',
		table: {
			caption: 'Setores e capítulos do HS',
			sector: 'Setor',
			chapters: 'Capítulos'
		},
		stoneGlass:
			'O artigo chama o setor dos capítulos 68–71 de “Ferro/Vidro”. Esses capítulos são de pedra, cimento, cerâmica, vidro, pérolas e pedras e metais preciosos; ferro e aço estão em Metais (72–83). Por isso aqui ele se chama “Pedra/Vidro”.'
	},
	'cif-fob': {
		heading: 'CIF e FOB',
		lead: 'As importações costumam ser registradas com frete e seguro, e as exportações sem eles; isso faz o valor unitário das importações parecer mais alto e empurra o comércio para “inferior”.',
		valuation:
			'As exportações são sempre FOB (o valor na fronteira do exportador). As importações são CIF (com custo, seguro e frete até a fronteira do importador) no UN Comtrade, no WITS e no Trade Map, que usam dados do Comtrade, e nas importações do Eurostat Comext. São FOB no BACI, em que o CEPII retira os custos de frete e seguro ao conciliar os fluxos, e no Comex Stat (`VL_FOB` nos dois sentidos). O app informa a valoração do arquivo lido.',
		factor:
			'Com importações CIF, *UVm* inclui frete e seguro, *R* fica menor e parte do comércio passa de CIIVSup ou CIIH para CIIVInf. O [dfn:fator CIF/FOB] *f* (a razão entre o valor CIF e o FOB, por exemplo 1,05 quando frete e seguro somam 5%) divide os valores de importação antes da comparação dos valores unitários:',
		inUse:
			'Em uso: *f* = {cifFobFactor} (1 = sem correção; mantenha 1 com dados FOB como BACI e Comex Stat). O fator muda só a comparação de preços: *R*, as classes CIIH, CIIVSup e CIIVInf e o índice de qualidade. Nunca muda os valores de comércio, o GL, o teste de duas vias do FF, os volumes nem o CII marginal. O artigo usou dados do Trade Map, com importações CIF: parte do predomínio do CIIVInf pode vir de frete e seguro, o que a análise de sensibilidade e o fator permitem verificar.'
	},
	robustness: {
		heading: 'Opções de robustez',
		lead: 'Quatro opções, as três primeiras desligadas por padrão (os números do artigo), refazem a classificação de outra forma. Quando uma está ligada, ela é nomeada acima de cada visão (“Opções em vigor: …”), no relatório e nos links; nenhum dólar se perde: o que uma opção tira da classificação vai para uma parte nomeada do “não classificado”.',
		screen:
			'[dfn:Filtro de valores unitários]. Um valor unitário de uma chave (o das exportações ou o das importações) é atípico, por grupo (ano, produto no nível classificado, unidade de quantidade), fora de \\[*Q*(*p*), *Q*(1 − *p*)\\], os quantis do grupo (como o `quantile(type = 7)` do R; grupos com menos de 5 valores não são filtrados), ou acima de *k* vezes a média do grupo ou abaixo da média dividida por *k* (Hallak 2006). O comércio (GHM: a sobreposição; FF: o comércio de duas vias) de uma chave com um valor atípico vai para “não classificado — valor unitário atípico”, mostrado à parte nas tabelas; o Registro conta as chaves filtradas e seu comércio. No app: Configurações → Opções de robustez → Filtro de valores unitários, escolhendo quantis (*p* = 0,05 por padrão) ou múltiplo da média (*k* = 5 por padrão).',
		valuation:
			'[dfn:FOB onde informado]. Quando uma linha traz o valor FOB das importações (`fobvalue` do Comtrade+, `FOB Trade Value (US$)` do Comtrade antigo), a opção usa esse valor na linha, e o fator CIF/FOB só divide as linhas sem ele. O Registro mostra o valor das importações valorado de cada forma. No app: marque “FOB onde informado” nas Opções de robustez; a caixa só fica ativa quando algum arquivo lido informa importações FOB.',
		level:
			'[dfn:Nível de classificação]. “SH4” soma as chaves por (ano, declarante, parceiro, posição de 4 dígitos) — valores e quantidades, com a regra das quantidades ausentes — antes de aplicar o GHM e o FF. No app: Opções de robustez → Nível de classificação → SH4.',
		editions:
			'[dfn:Edições do SH]. Quando os anos lidos estão em mais de uma edição do SH (as edições de 2007, 2012, 2017 e 2022 mudaram códigos), cada chave é convertida para a edição mais antiga presente com as tabelas de correspondência da UNSD, e os dados do conjunto dizem quantas chaves mudaram de código: ligado por padrão. Para classificar os códigos como lidos: Opções de robustez → Edições do SH misturadas → Manter os códigos como lidos (oferecido só quando as edições se misturam).'
	},
	ledger: {
		heading: 'O que é descartado e por quê',
		lead: 'Nenhuma linha some sem explicação: cada linha lida é usada ou contada como descartada, com o motivo.',
		tab: 'A aba Registro mostra, para cada análise, as linhas lidas, usadas e descartadas por motivo (com os números das primeiras linhas de cada motivo), os valores lidos, usados e descartados, e os itens de arquivos compactados deixados de lado (um leia-me, a tabela de produtos). O registro pode ser baixado em CSV ou JSON. As contas fecham:',
		formula: {
			rowsRead: 'linhas lidas',
			rowsUsed: 'linhas usadas',
			rowsDropped: 'linhas descartadas',
			byReason: 'por motivo',
			valueRead: 'valor lido',
			valueUsed: 'valor usado',
			valueDropped: 'valor descartado',
			overAllKeys: 'sobre todas as chaves'
		},
		reasons:
			'O valor descartado soma as linhas cujo valor pôde ser lido; a última igualdade vale até o arredondamento do ponto flutuante. Os motivos: parceiros “Mundo” e agregados regionais contariam o comércio duas vezes; totais de HS2 e HS4 também; reexportações e reimportações ficam fora por padrão (uma configuração permite incluí-las), porque não são produção do país; o comércio de um país consigo mesmo não é comércio internacional. A lista completa:',
		errors:
			'Um erro no arquivo (ilegível, formato errado, coluna obrigatória ausente) interrompe a análise com uma mensagem que indica o arquivo, a linha e a coluna; o app nunca mostra resultados parciais em silêncio.'
	},
	sources: {
		heading: 'Referências e fontes de dados',
		lead: 'Os métodos, o artigo reproduzido e as bases de dados que o app lê.',
		methodsHeading: 'Métodos e artigo',
		methods: [
			'ABD-EL-RAHMAN, K. (1991). Firms’ competitive and national comparative advantages as joint determinants of trade composition. [cite:Weltwirtschaftliches Archiv], 127.',
			'ARELLANO, M. (1987). Computing robust standard errors for within-groups estimators. [cite:Oxford Bulletin of Economics and Statistics], 49(4), 431–434. doi:10.1111/j.1468-0084.1987.mp49004006.x',
			'BRÜLHART, M. (1994). Marginal intra-industry trade: measurement and relevance for the pattern of industrial adjustment. [cite:Weltwirtschaftliches Archiv], 130(3), 600–613. doi:10.1007/BF02707615',
			'CASTELLANO, E. F. de A.; OLIVEIRA, C. C. A. de; BITTENCOURT, M. V. L. Análise da qualidade do comércio entre Brasil e países da OCDE. Universidade Federal do Paraná (UFPR; PPGDE/UFPR). Área 5: Economia Internacional; JEL F10, F14, F15. Dados do Trade Map, 2001–2016.',
			'CROISSANT, Y.; MILLO, G. (2008). Panel data econometrics in R: the plm package. [cite:Journal of Statistical Software], 27(2), 1–43. doi:10.18637/jss.v027.i02',
			'FALVEY, R. E.; KIERZKOWSKI, H. (1987). Product quality, intra-industry trade and (im)perfect competition. In: KIERZKOWSKI, H. (org.), [cite:Protection and Competition in International Trade]. Oxford: Basil Blackwell.',
			'FONTAGNÉ, L.; FREUDENBERG, M. (1997). Intra-industry trade: methodological issues reconsidered. [cite:CEPII Working Paper] 97-01.',
			'GREENAWAY, D.; HINE, R. C.; MILNER, C. (1994). Country-specific factors and the pattern of horizontal and vertical intra-industry trade in the UK. [cite:Weltwirtschaftliches Archiv], 130(1). doi:10.1007/BF02706010',
			'GREENAWAY, D.; HINE, R. C.; MILNER, C. (1995). Vertical and horizontal intra-industry trade: a cross industry analysis for the United Kingdom. [cite:The Economic Journal], 105(433). doi:10.2307/2235113',
			'GRUBEL, H. G.; LLOYD, P. J. (1975). [cite:Intra-Industry Trade: The Theory and Measurement of International Trade in Differentiated Products]. Londres: Macmillan.',
			'HAUSMAN, J. A. (1978). Specification tests in econometrics. [cite:Econometrica], 46(6), 1251–1271. doi:10.2307/1913827',
			'NIELSEN, J. U.-M.; LÜTHJE, T. (2002). Tests of the empirical classification of horizontal and vertical intra-industry trade. [cite:Weltwirtschaftliches Archiv], 138(4), 587–604.',
			'SWAMY, P. A. V. B.; ARORA, S. S. (1972). The exact finite sample properties of the estimators of coefficients in the error components regression models. [cite:Econometrica], 40(2), 261–275. doi:10.2307/1909405'
		],
		journalRenamed:
			'A [cite:Weltwirtschaftliches Archiv] chama-se hoje [cite:Review of World Economics].',
		dataHeading: 'Dados',
		data: [
			'BACI — CEPII. GAULIER, G.; ZIGNAGO, S. (2010). BACI: International Trade Database at the Product-Level. The 1994–2007 Version. [cite:CEPII Working Paper] 2010-23.',
			'UN Comtrade (Comtrade+ e a versão anterior) — Divisão de Estatística das Nações Unidas.',
			'Comex Stat — Ministério do Desenvolvimento, Indústria, Comércio e Serviços (MDIC), SECEX.',
			'Eurostat Comext — Comissão Europeia.',
			'WITS (World Integrated Trade Solution) — Banco Mundial.',
			'Trade Map — International Trade Centre (ITC); a fonte do artigo.',
			'GeoDist (dist_cepii) — CEPII. Mayer, T., & Zignago, S. (2011). Notes on CEPII’s distances measures: the GeoDist database. [cite:CEPII Working Paper] 2011-25.',
			'World Development Indicators (WDI) — Banco Mundial: PIB (NY.GDP.MKTP.*), PIB per capita (NY.GDP.PCAP.*), população (SP.POP.TOTL).',
			'Capitais das distâncias embutidas: Natural Earth, [i:Populated Places] 1:110m (naturalearthdata.com, domínio público).',
			'Fronteiras do mapa: Natural Earth, [i:Admin 0 – Countries] 1:110m (naturalearthdata.com, domínio público).',
			'Códigos de países: a tabela de países do BACI, versão V202201 (CEPII, Licença Aberta Etalab 2.0). Nomes de países: a lista do próprio navegador (Intl.DisplayNames).'
		]
	}
} as const satisfies ContentShape;
