/**
 * The reference dictionary (Portuguese first). Other languages must have exactly
 * these keys: `Messages` is derived from this object, so a missing key fails the type check.
 * Placeholders are `{name}`; `t()` fills them.
 */
import type { TradeErrorCode } from '../engine/errors';
import type { DropReason, FormatId, QuantityBasis, SectorId } from '../engine/types';

/** Keys that must exist because the engine can produce them. */
type RequiredKey =
	| `error.${TradeErrorCode}`
	| `drop.${DropReason}`
	| `sector.${SectorId}`
	| `format.${FormatId}`
	| `quantity.${QuantityBasis}`;

export const ptBR = {
	'app.name': 'IIT Explorer',
	'app.tagline': 'Qualidade do comércio intraindústria, calculada no seu navegador',
	'nav.home': 'Análise',
	'nav.methods': 'Métodos',
	'nav.skip': 'Pular para o conteúdo',
	'lang.label': 'Idioma',
	'footer.privacy':
		'Seus dados nunca saem do navegador: nada é enviado, nada é registrado. Os arquivos são lidos e analisados neste computador.',

	'drop.title': 'Arquivos de comércio',
	'drop.hint': 'Arraste arquivos CSV (BACI ou UN Comtrade+) para cá, ou',
	'drop.button': 'escolha arquivos',
	'drop.accepts': 'Aceita .csv, .tsv e .txt; vários arquivos do mesmo formato de uma vez.',
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
	'settings.cifFobHelp': 'Divide o valor unitário das importações antes da comparação; 1 = nenhum.',
	'settings.reporter': 'País declarante',
	'settings.yearFrom': 'De',
	'settings.yearTo': 'Até',
	'settings.years': 'Período',
	'settings.quantityBasis': 'Quantidade para o valor unitário',
	'quantity.auto': 'A do formato',
	'quantity.reported': 'Unidade declarada',
	'quantity.net-weight': 'Peso líquido (kg)',
	'settings.reExports': 'Incluir reexportações e reimportações',
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
	'tabs.partners': 'Parceiros',
	'tabs.sectors': 'Setores',
	'tabs.charts': 'Gráficos',
	'tabs.ledger': 'Registro',
	'results.empty': 'Ainda não há resultados. Escolha arquivos para começar.',
	'results.methodGhm': 'GHM (α = {alpha})',
	'results.methodFf': 'FF (α = {alpha}, θ = {theta})',
	'table.partnerCaption': '{reporter}: comércio por parceiro, média anual {from}–{to}',
	'table.sectorCaption': '{reporter}: comércio por setor, média anual {from}–{to}',
	'table.unitNote':
		'Volumes: média anual em {unit}. Índice: média dos índices anuais. Participações sobre o período.',
	'table.unit.1': 'US$',
	'table.unit.1000': 'milhares de US$',
	'table.unit.1000000': 'milhões de US$',
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
	'row.mean': 'Média',
	'row.total': 'Total',

	'chart.iitPartner': 'Índice de comércio intraindústria por parceiro',
	'chart.compositionSector': 'Composição do comércio intraindústria por setor (US$, média anual)',
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
	'ledger.value': 'Valor (US$)',
	'ledger.firstLines': 'Primeiras linhas',
	'ledger.valueRead': 'Valor lido',
	'ledger.valueUsed': 'Valor usado',
	'ledger.valueDropped': 'Valor descartado',
	'ledger.noDrops': 'Nenhuma linha descartada.',
	'ledger.dropsCaption': 'Linhas descartadas, por motivo',
	'ledger.filesCaption': 'Arquivos lidos',
	'ledger.valuation':
		'Importações valoradas {valuation} (exportações sempre FOB); moeda {currency}; quantidades em {unit}.',
	'ledger.cifNote':
		'Importações CIF incluem frete e seguro, o que eleva o valor unitário das importações e empurra o comércio para “inferior”.',
	'ledger.years': 'Anos: {years}. Parceiros: {partners}. Chaves: {keys}.',
	'format.baci': 'BACI (CEPII)',
	'format.comtrade-plus': 'UN Comtrade+',
	'format.comtrade-legacy': 'UN Comtrade (legado, antes de 2023)',
	'format.comex-stat': 'Comex Stat (Brasil)',
	'format.comext': 'Eurostat Comext',
	'format.wits': 'WITS (Banco Mundial)',
	'format.trade-map': 'ITC Trade Map',
	'format.custom': 'CSV com colunas mapeadas',

	'download.csv': 'Baixar resultados (CSV)',

	'error.title': 'A análise não pôde ser concluída',
	'error.place': 'Arquivo {file}',
	'error.line': 'linha {line}',
	'error.column': 'coluna {column}',
	'error.empty-file': 'O arquivo está vazio (ou tem só o cabeçalho).',
	'error.not-text':
		'O arquivo não é texto: parece binário (imagem, planilha .xlsx ou .zip não descompactado).',
	'error.unknown-format':
		'O cabeçalho não corresponde a nenhum formato conhecido (BACI ou UN Comtrade+).',
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
		'É uma planilha do Excel ({kind}): salve-a como CSV e solte o CSV.',
	'error.bad-archive':
		'O arquivo compactado não pode ser lido até o fim: está danificado, protegido por senha ou incompleto.',
	'error.empty-archive':
		'O arquivo .zip não contém nenhuma tabela CSV ou de texto (contém: {entries}).',
	'error.truncated-file':
		'O arquivo termina no meio de uma linha: foi cortado (baixe-o de novo).',
	'error.mixed-periods':
		'O ano {year} tem linhas mensais e anuais; seriam contadas duas vezes. Analise só umas ou outras.',
	'error.unknown-flow-file':
		'Não se sabe se este arquivo do Comex Stat é de exportações ou importações: mantenha o nome EXP_AAAA.csv ou IMP_AAAA.csv.',
	'error.incomplete-table':
		'Esta tabela não tem o que o método precisa: falta {missing}.',
	'error.bad-mapping':
		'O mapeamento de colunas não serve para este arquivo: falta {missing}.',
	'error.too-many-keys':
		'Os arquivos têm mais de {limit} chaves distintas (ano, declarante, parceiro, produto), mais do que cabe na memória: escolha um só declarante ou menos anos.',
	'error.crash':
		'O processo de análise parou inesperadamente. Tente de novo; se persistir, o arquivo pode ser grande demais para a memória disponível.',
	'error.unexpected': 'Erro inesperado: {message}',
	'error.demo': 'Não foi possível carregar os dados de demonstração.',
	'error.details': 'Detalhes',
	'cancelled.notice': 'Análise cancelada. Os resultados anteriores foram descartados.',
	'demo.badge': 'Dados de demonstração sintéticos',
	'demo.loading': 'Carregando os dados de demonstração…',

	'drop.malformed-row': 'Linha malformada (número errado de campos)',
	'drop.invalid-year': 'Ano inválido',
	'drop.invalid-value': 'Valor vazio ou não numérico',
	'drop.negative-value': 'Valor negativo',
	'drop.zero-value': 'Valor zero',
	'drop.invalid-product': 'Código de produto inválido',
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
} satisfies Record<RequiredKey, string> & Record<string, string>;

export type MessageKey = keyof typeof ptBR;
/** Every language must translate every key of the reference. */
export type Messages = { [K in MessageKey]: string };
