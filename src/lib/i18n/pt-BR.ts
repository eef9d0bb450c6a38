/**
 * The reference dictionary (Portuguese first). Other languages must have exactly
 * these keys: `Messages` is derived from this object, so a missing key fails the type check.
 * Placeholders are `{name}`; `t()` fills them.
 */
import * as viewsPart from './parts/views';
import * as workerViewsPart from './parts/worker-views';
import * as cellViewsPart from './parts/cell-views';
import * as chartsPart from './parts/charts';
import * as basketsPart from './parts/baskets';
import * as quickCheckPart from './parts/quick-check';
import * as determinantsPart from './parts/determinants';
import * as determinantsErrorsPart from './parts/determinants-errors';
import * as privacyPart from './parts/privacy';
import * as sharePart from './parts/share';
import * as shareLinksPart from './parts/share-links';
import * as startPart from './parts/start';
import * as worldPart from './parts/world';
import * as worldPriceRangesPart from './parts/world-price-ranges';
import * as readErrorsPart from './parts/read-errors';
import * as lineLimitPart from './parts/line-limit';
import * as csvPart from './parts/csv';
import * as stabilityPart from './parts/stability';
import * as classifyOptionsPart from './parts/classify-options';
import * as imbalancePart from './parts/imbalance';
import * as layoutPart from './parts/layout';
import * as mapPart from './parts/map';

export const ptBR = {
	...viewsPart.ptBR,
	...workerViewsPart.ptBR,
	...cellViewsPart.ptBR,
	...chartsPart.ptBR,
	...basketsPart.ptBR,
	...quickCheckPart.ptBR,
	...sharePart.ptBR,
	...shareLinksPart.ptBR,
	...privacyPart.ptBR,
	...determinantsPart.ptBR,
	...determinantsErrorsPart.ptBR,
	...startPart.ptBR,
	...worldPart.ptBR,
	...worldPriceRangesPart.ptBR,
	...readErrorsPart.ptBR,
	...lineLimitPart.ptBR,
	...csvPart.ptBR,
	...stabilityPart.ptBR,
	...classifyOptionsPart.ptBR,
	...imbalancePart.ptBR,
	...layoutPart.ptBR,
	...mapPart.ptBR,
	'app.name': 'IIT Explorer',
	'app.tagline': 'Qualidade do comércio intraindústria, calculada no seu navegador',
	'nav.home': 'Análise',
	'nav.methods': 'Métodos',
	'nav.skip': 'Pular para o conteúdo',
	'lang.label': 'Idioma',
	'footer.privacy':
		'Seus dados nunca saem do navegador: nada é enviado, nada é registrado. Os arquivos são lidos e analisados neste computador.',

	'drop.title': 'Arquivos de comércio',
	'drop.hint':
		'Arraste para cá arquivos de comércio — BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map ou qualquer CSV — ou',
	'drop.button': 'escolha arquivos',
	'drop.accepts':
		'Aceita .csv, .tsv, .txt, .gz e .zip, e o .xls do Trade Map (uma tabela de página web); vários arquivos de um mesmo formato de uma vez (Comex Stat: arquivos EXP_ e IMP_ com o PAIS.csv; Trade Map: uma tabela de exportações e uma de importações).',
	'drop.selected': 'Analisando: {names}',

	'settings.title': 'Configurações',
	'settings.method': 'Método',
	'method.ghm': 'GHM',
	'method.ff': 'FF',
	'method.both': 'GHM e FF',
	'settings.alpha': 'Fator de dispersão α',
	'settings.alphaFree': 'Outro valor de α (%)',
	'settings.theta': 'Limite de sobreposição θ (FF)',
	'settings.cifFob': 'Fator CIF/FOB das importações',
	'settings.cifFobCif':
		'As importações destes arquivos são CIF: use um fator acima de 1 (a regra prática usual do FMI é 1,10).',
	'settings.cifFobHelp':
		'Divide os valores das importações antes de comparar os valores unitários, para tirar frete e seguro de importações CIF; 1 = nenhum. Os valores de comércio não mudam.',
	'settings.reporter': 'País declarante',
	'settings.yearFrom': 'De',
	'settings.yearTo': 'Até',
	'settings.years': 'Período',
	'settings.quantityBasis': 'Quantidade para o valor unitário',
	'quantity.auto': 'A do formato',
	'quantity.reported': 'Unidade declarada',
	'quantity.net-weight': 'Peso líquido',
	'quantity.autoOf': 'Padrão do formato: {unit}',
	'unit.t': 'peso líquido em toneladas métricas',
	'unit.kg': 'peso líquido em kg',
	'unit.reported': 'unidade declarada de cada produto',
	'settings.reExports': 'Incluir reexportações e reimportações',
	'settings.reExportsHelp':
		'Desligado por padrão: bens reexportados foram produzidos em outro lugar.',
	'settings.topN': 'Parceiros na tabela',
	'settings.readGroup': 'Leitura (muda ⇒ reler os arquivos)',
	'settings.classifyGroup': 'Classificação',
	'settings.viewGroup': 'Exibição',

	'progress.reading': 'Lendo {file} ({index} de {count})',
	'progress.classifying': 'Classificando…',
	'progress.rows': '{rows} linhas',
	'progress.rate': '{rate} linhas/s',
	'progress.cancel': 'Cancelar',

	'tabs.label': 'Resultados',
	'results.empty': 'Ainda não há resultados. Escolha arquivos para começar.',
	'results.methodGhm': 'GHM (α = {alpha})',
	'results.methodFf': 'FF (α = {alpha}, θ = {theta})',
	'table.partnerCaption': '{reporter}: comércio por parceiro, média anual {from}–{to}',
	'table.sectorCaption': '{reporter}: comércio por setor, média anual {from}–{to}',
	'table.unitNote':
		'Volumes: média anual em {unit}. Índice: média dos índices anuais. Participações sobre o período.',
	'table.unit.1': '{currency}',
	'table.unit.1000': 'milhares de {currency}',
	'table.unit.1000000': 'milhões de {currency}',
	'colset.label': 'Colunas da tabela',
	'colset.volumes': 'Volumes',
	'colset.index': 'Índice e composição',
	'colset.quality': 'Qualidade do CIIV',
	'col.partner': 'Parceiro',
	'col.sector': 'Setor',
	'col.trade': 'Comércio total',
	'col.iit': 'CII',
	'col.hiit': 'CIIH',
	'col.viit': 'CIIV',
	'col.iitIndex': 'Índice CII',
	'col.hiitShare': 'CIIH/CII',
	'col.viitShare': 'CIIV/CII',
	'col.viitInfShare': 'CIIVInf/CIIV',
	'col.viitSupShare': 'CIIVSup/CIIV',
	'col.unclassifiedShare': 'Não classif./CII',
	'row.others': 'Outros',
	'row.others-mean': 'Outros (média, como no artigo)',
	'row.mean': 'Média',
	'row.total': 'Total',

	'chart.iitPartner': 'Índice de comércio intraindústria por parceiro',
	'chart.compositionSector':
		'Composição do comércio intraindústria por setor ({currency}, média anual)',
	'chart.qualitySector': 'Qualidade do comércio vertical por setor (% do CIIV)',
	'chart.iitIndex': 'Índice CII',
	'chart.hiit': 'Horizontal',
	'chart.viit': 'Vertical',
	'chart.unclassified': 'Não classificado',
	'chart.viitInf': 'Vertical inferior',
	'chart.viitSup': 'Vertical superior',

	'ledger.title': 'Registro da leitura',
	'ledger.file': 'Arquivo',
	'ledger.format': 'Formato',
	'ledger.size': 'Tamanho',
	'ledger.rows': 'Linhas',
	'ledger.rowsRead': 'Linhas lidas',
	'ledger.rowsUsed': 'Linhas usadas',
	'ledger.rowsDropped': 'Linhas descartadas',
	'ledger.reason': 'Motivo',
	'ledger.value': 'Valor ({currency})',
	'ledger.firstLines': 'Primeiras linhas',
	'ledger.valueRead': 'Valor lido',
	'ledger.valueUsed': 'Valor usado',
	'ledger.valueDropped': 'Valor descartado',
	'ledger.noDrops': 'Nenhuma linha descartada.',
	'ledger.dropsCaption': 'Linhas descartadas, por motivo',
	'ledger.filesCaption': 'Arquivos lidos',
	'ledger.years': 'Anos: {years}. Parceiros: {partners}. Chaves: {keys}.',
	'ledger.role': 'Fluxo',
	'ledger.container': 'Armazenado como',
	'ledger.encoding': 'Codificação',
	'ledger.skippedCaption': 'Itens de arquivos compactados deixados de lado',
	'ledger.skippedReason': 'Motivo',
	'ledger.downloadCsv': 'Baixar o registro (CSV)',
	'ledger.downloadJson': 'Baixar o registro (JSON)',
	'ledger.unknownCaption':
		'Códigos de país que nenhuma tabela conhece (suas linhas estão entre as usadas)',
	'ledger.code': 'Código',
	'ledger.valuationCaption':
		'Valor importado usado, valorado de cada forma (a opção "FOB onde informado" usa o valor FOB quando uma linha o informa)',
	'ledger.valuation': 'Linhas de importação',
	'ledger.fobReported': 'Informam um valor FOB',
	'ledger.cifOnly': 'Sem valor FOB (CIF)',
	'ledger.valueFob': 'Valor FOB ({currency})',
	'ledger.valueAsRead': 'Valor lido, CIF ({currency})',
	'role.exports': 'exportações',
	'role.imports': 'importações',
	'container.plain': 'texto',
	'container.gzip': 'gzip',
	'container.zip': 'dentro de um zip',
	'format.baci': 'BACI (CEPII)',
	'format.comtrade-plus': 'UN Comtrade+',
	'format.comtrade-legacy': 'UN Comtrade (legado, antes de 2023)',
	'format.comex-stat': 'Comex Stat (Brasil)',
	'format.comext': 'Eurostat Comext',
	'format.wits': 'WITS (Banco Mundial)',
	'format.trade-map': 'ITC Trade Map',
	'format.custom': 'CSV com colunas mapeadas',
	'format.baci-country-codes': 'Códigos de países do BACI',
	'format.comex-countries': 'Países do Comex Stat (PAIS.csv)',
	'format.baci-product-codes': 'Códigos de produtos do BACI',

	'download.csv': 'Baixar resultados (CSV)',
	'facts.title': 'Dados lidos',
	'facts.format': 'Formato',
	'facts.files': 'Arquivos',
	'facts.companions': 'Tabelas de códigos usadas',
	'facts.skipped': 'Deixados de lado',
	'facts.coverage': 'Cobertura',
	'facts.currency': 'Moeda',
	'facts.currencyEur':
		'Os valores estão em euros, como no arquivo: todos os montantes desta página são em EUR.',
	'facts.valueUnit': 'Valores no arquivo',
	'facts.valuation': 'Importações valoradas',
	'facts.cif':
		'CIF: incluem frete e seguro, o que eleva o valor unitário das importações e empurra o comércio para “inferior”. O fator CIF/FOB nas configurações corrige isso (agora: {factor}).',
	'facts.fob': 'FOB, como as exportações: os valores unitários são comparáveis como estão.',
	'facts.quantity': 'Quantidade do valor unitário',
	'facts.missingPais':
		'Alguns códigos CO_PAIS não estão na lista embutida: solte o PAIS.csv (a tabela de países do Comex Stat) junto com os arquivos EXP_/IMP_ para dar nome a eles.',
	'facts.missingBaciCodes':
		'Para dar nome a eles, solte junto com os dados a tabela de países da versão do BACI (country_codes_V….csv, no zip do BACI).',
	'facts.noQuantities':
		'Os arquivos não têm quantidades utilizáveis, então nenhum valor unitário pode ser calculado: todo o comércio intraindústria fica não classificado (só o índice CII tem sentido).',
	'facts.customsUnion':
		'A União Europeia declara aqui como um só, como um país: seus parceiros são os países de fora dela, e o comércio entre seus membros não entra nos seus números.',
	'facts.valueUnitAssumed':
		'O arquivo não diz a unidade dos valores: foi usada a do Trade Map, milhares de dólares (USD).',
	'facts.hsEditions': 'Edições do SH: {editions}',
	'facts.editionConversion':
		'Códigos convertidos para {target} com as tabelas de correspondência da UNSD, para que todos os anos fiquem numa só edição: {keys} chaves mudaram de código.',
	'facts.unknownCountries':
		'Códigos de país que nenhuma tabela conhece: {countries}. O comércio deles foi mantido, cada código como um parceiro à parte, fora de qualquer grupo de países.',
	'facts.unknownCountry': '{code} ({rows} linhas, {value})',
	'notice.reporterSwitched':
		'O arquivo só tem comércio declarado por {to}; o país declarante passou de {from} para {to}.',
	'mapping.open': 'Mapear colunas',
	'mapping.title': 'O que cada coluna contém?',
	'mapping.intro':
		'Escolha a coluna de cada informação de {file} olhando as primeiras linhas abaixo; as escolhas já vêm preenchidas a partir dos nomes das colunas.',
	'mapping.knownFormat':
		'Este arquivo foi reconhecido como {format}. Com um mapeamento, ele passa a ser lido como um CSV comum.',
	'mapping.loading': 'Lendo as primeiras linhas…',
	'mapping.failed': 'Não foi possível ler as primeiras linhas para mapear as colunas.',
	'mapping.file': 'Arquivo',
	'mapping.preview': 'Primeiras linhas de {file}',
	'mapping.columns': 'Colunas',
	'mapping.values': 'Valores',
	'mapping.layout': 'Exportações e importações',
	'mapping.layout.flow-column': 'Uma coluna de fluxo (exportação / importação) e uma de valor',
	'mapping.layout.split-columns': 'Colunas separadas para o valor exportado e o importado',
	'mapping.role.year': 'Ano',
	'mapping.role.reporter': 'País declarante',
	'mapping.role.partner': 'País parceiro',
	'mapping.role.product': 'Código do produto (SH)',
	'mapping.role.flow': 'Fluxo (exportação / importação)',
	'mapping.role.value': 'Valor',
	'mapping.role.exportValue': 'Valor exportado',
	'mapping.role.importValue': 'Valor importado',
	'mapping.role.quantity': 'Quantidade',
	'mapping.role.exportQuantity': 'Quantidade exportada',
	'mapping.role.importQuantity': 'Quantidade importada',
	'mapping.role.unit': 'Unidade da quantidade',
	'mapping.optional': 'opcional',
	'mapping.choose': '— escolha uma coluna —',
	'mapping.none': '— nenhuma —',
	'mapping.chosenReporter': '— todas as linhas: {country} —',
	'mapping.noUnit': '— uma só unidade —',
	'mapping.unnamed': 'coluna {n}',
	'mapping.flowCodes':
		'Códigos de fluxo reconhecidos: X/M, E/I, 2/1 (exportação 2, importação 1), Export/Import e as mesmas palavras em português e espanhol; reexportações RX/RM (3/4).',
	'mapping.scale': 'Valores em',
	'mapping.scale.1': 'unidades',
	'mapping.scale.1000': 'milhares',
	'mapping.scale.1000000': 'milhões',
	'mapping.currency': 'Moeda',
	'mapping.valuation': 'Importações valoradas',
	'mapping.valuation.CIF': 'CIF (com frete e seguro)',
	'mapping.valuation.FOB': 'FOB (como as exportações)',
	'mapping.decimalComma': 'Vírgula decimal (1.234,5)',
	'mapping.missing': 'Falta escolher: {roles}.',
	'mapping.shared': 'A mesma coluna foi escolhida para mais de uma informação: {roles}.',
	'mapping.remember':
		'O mapeamento fica guardado neste dispositivo: arquivos com o mesmo cabeçalho serão lidos direto da próxima vez.',
	'mapping.apply': 'Analisar com este mapeamento',
	'mapping.close': 'Fechar',
	'mapping.remembered': 'Lido com o mapeamento de colunas que você fez antes para este cabeçalho.',
	'mapping.change': 'Alterar o mapeamento',

	'error.title': 'A análise não pôde ser concluída',
	'error.place': 'Arquivo {file}',
	'error.line': 'linha {line}',
	'error.column': 'coluna {column}',
	'error.empty-file': 'O arquivo está vazio (ou tem só o cabeçalho).',
	'error.not-text':
		'O arquivo não é uma tabela de texto: o conteúdo é binário (uma imagem, um PDF…).',
	'error.unknown-format':
		'O cabeçalho não corresponde a nenhum formato conhecido (BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map): mapeie as colunas abaixo.',
	'error.missing-column': 'Falta uma coluna obrigatória para este formato.',
	'error.reporter-required':
		'Escolha um país declarante: o arquivo não permite decidir a direção do comércio sem ele.',
	'error.unknown-reporter': 'O país declarante escolhido não é um país conhecido.',
	'error.reporter-not-in-file':
		'O arquivo não tem comércio declarado por {reporter}. Quem declara é {reporters}: escolha esse país declarante.',
	'error.no-rows-used':
		'Nenhuma linha pôde ser usada: todas foram descartadas (veja o registro para os motivos).',
	'error.mixed-formats':
		'Os arquivos têm formatos diferentes ({format} e {expected}); analise um formato por vez (valores em EUR e USD nunca se misturam).',
	'error.spreadsheet':
		'É uma pasta de trabalho do Excel ({kind}), não um CSV: abra-a, salve a planilha como CSV e solte o CSV.',
	'error.bad-archive':
		'O arquivo compactado não pode ser lido até o fim: está danificado, protegido por senha ou incompleto.',
	'error.empty-archive':
		'O arquivo .zip não contém nenhuma tabela CSV ou de texto (contém: {entries}).',
	'error.truncated-file': 'O arquivo termina no meio de uma linha: foi cortado (baixe-o de novo).',
	'error.mixed-periods':
		'O ano {year} tem linhas mensais e anuais; seriam contadas duas vezes. Analise só umas ou outras.',
	'error.unknown-flow-file':
		'Não se sabe se este arquivo do Comex Stat é de exportações ou importações: mantenha o nome EXP_AAAA.csv ou IMP_AAAA.csv.',
	'error.incomplete-table': 'Esta tabela não tem o que o método precisa: {missing}.',
	'error.bad-mapping':
		'O mapeamento de colunas não serve para este arquivo (falta ou está fora do cabeçalho: {missing}): confira abaixo.',
	'error.too-many-keys':
		'Os arquivos têm mais de {limit} chaves distintas (ano, declarante, parceiro, produto), mais do que cabe na memória: leia menos anos (ou, na página de análise, escolha um só declarante).',
	'error.crash':
		'O processo de análise parou inesperadamente. Tente de novo; se persistir, o arquivo pode ser grande demais para a memória disponível.',
	'error.silent':
		'O processo de análise parou de responder durante a leitura (nada em {seconds} s) e foi encerrado. Tente de novo; se persistir, o arquivo pode ser grande demais para a memória disponível.',
	'error.unexpected': 'Erro inesperado: {message}',
	'error.demo': 'Não foi possível carregar os dados de demonstração.',
	'error.details': 'Detalhes',
	'cancelled.notice': 'Análise cancelada. Os resultados anteriores foram descartados.',
	'demo.badge': 'Dados de demonstração sintéticos',
	'demo.loading': 'Carregando os dados de demonstração…',

	'skip.not-a-trade-table': 'não é uma tabela de comércio reconhecida',
	'skip.product-names': 'tabela de nomes de produtos (não é necessária)',
	'skip.not-text': 'não é texto',
	'skip.document': 'documento (PDF, Word)',
	'skip.spreadsheet': 'planilha: salve-a como CSV para usá-la',
	'skip.image': 'imagem',
	'skip.xml': 'arquivo XML',
	'skip.nested-archive': 'arquivo compactado dentro do arquivo: descompacte-o antes',
	'skip.system-file': 'arquivo de sistema ou oculto',
	'skip.empty': 'vazio',
	'drop.malformed-row': 'Linha malformada (número errado de campos)',
	'drop.invalid-year': 'Ano inválido',
	'drop.invalid-value': 'Valor vazio ou não numérico',
	'drop.negative-value': 'Valor negativo',
	'drop.zero-value': 'Valor zero',
	'drop.invalid-product': 'Código de produto inválido',
	'drop.not-hs-product':
		'Não é produto do SH (capítulos 77, 98, 99: operações especiais como a NCM 99999999; 9999AA; TOTAL)',
	'drop.not-hs6': 'Total de HS2/HS4 (não é HS6)',
	'drop.breakdown-row': 'Desagregação repetida (regime, transporte, 2º parceiro)',
	'drop.world-partner': 'Parceiro “Mundo”',
	'drop.aggregate-partner': 'Parceiro agregado (áreas “nes”, totais regionais)',
	'drop.invalid-country': 'Código de país vazio ou ilegível',
	'drop.self-trade': 'Comércio do país consigo mesmo',
	'drop.re-export': 'Reexportação ou reimportação',
	'drop.unknown-flow': 'Fluxo que não é exportação nem importação',
	'drop.gross-flow': 'Fluxo “bruto” (exportação + reexportação): contaria em dobro',
	'drop.confidential-product': 'Código de produto confidencial',
	'drop.other-reporter': 'Linha de outro país declarante',

	'sector.animal': 'Animal/Produto animal',
	'sector.vegetable': 'Produtos vegetais',
	'sector.foodstuffs': 'Alimentício',
	'sector.mineral': 'Produtos minerais',
	'sector.chemicals': 'Químico',
	'sector.plastics': 'Plástico/Borracha',
	'sector.hides': 'Couro/Pele',
	'sector.wood': 'Produtos de madeira',
	'sector.textiles': 'Têxtil',
	'sector.footwear': 'Calçado',
	'sector.stone_glass': 'Pedra/Vidro',
	'sector.metals': 'Metais',
	'sector.machinery': 'Máquina/Elétrico',
	'sector.transport': 'Transporte',
	'sector.misc': 'Produtos diversos'
} satisfies Record<string, string>;

export type MessageKey = keyof typeof ptBR;
/** Every language must translate every key of the reference. */
export type Messages = { [K in MessageKey]: string };
