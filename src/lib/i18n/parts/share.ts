/** Messages of the share part (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'share.open': 'Compartilhar resultados',
	'share.title': 'Compartilhar resultados por link',
	'share.intro':
		'O link leva os resultados agregados da seleção atual, não os seus arquivos. Ele fica depois do # do endereço, parte que o navegador nunca envia a servidor algum.',
	'share.contains': 'O que o link contém',
	'share.containsSettings':
		'as suas configurações e a visão aberta ({reporter}, {from}–{to}, α = {alpha}, θ = {theta});',
	'share.containsFacts':
		'fatos do conjunto de dados: formato, anos, {partners} parceiros e contagens de linhas do registro (os nomes dos arquivos só se marcados);',
	'share.containsCells':
		'{cells} células agregadas (parceiro × setor × ano) em {sets} classificação(ões);',
	'share.containsKeys': '{keys} linhas de produtos (HS6) da seleção;',
	'share.noKeys': 'nenhuma linha de produto: nenhum dado bruto.',
	'share.table5': 'Incluir a Tabela 5 (células também em α = 15 % e 25 %)',
	'share.products':
		'Incluir as linhas de produtos (HS6) da seleção: o detalhamento, a sensibilidade e o IIT marginal passam a funcionar para quem abrir',
	'share.building': 'Preparando o link…',
	'share.length': 'Tamanho do link: {length} caracteres.',
	'share.tooLongMessenger':
		'Links com mais de {limit} caracteres podem ser cortados por aplicativos de mensagem e e-mail. Prefira enviar o arquivo de resultados.',
	'share.tooLongBrowser':
		'Longo demais para um link (links de até {limit} caracteres abrem no IIT Explorer). Salve o arquivo de resultados e envie-o.',
	'share.copy': 'Copiar link',
	'share.copied': 'Link copiado.',
	'share.copyFailed': 'Não foi possível copiar: selecione o link abaixo e copie-o.',
	'share.linkLabel': 'Link dos resultados',
	'share.save': 'Salvar arquivo de resultados',
	'share.close': 'Fechar',
	'share.banner.title': 'Resultados compartilhados (somente leitura)',
	'share.banner.who':
		'Calculados por quem enviou o link, com as configurações dessa pessoa: {reporter}, {from}–{to}, {method}. Criados em {created}.',
	'share.banner.noData':
		'Nenhum dado bruto está incluído: apenas resultados agregados{keys}. Para mudar α, θ, o filtro de produtos ou o país declarante, abra o arquivo de dados.',
	'share.banner.withKeys': ' e {keys} linhas de produtos',
	'share.banner.leave': 'Sair e analisar os meus arquivos',
	'share.banner.settingsLocked':
		'As configurações mostram as de quem compartilhou e não podem ser alteradas aqui.',
	'share.unavailable':
		'Esta visão precisa das linhas de produtos, que não estão nos resultados compartilhados. Peça a quem enviou um link com as linhas de produtos, ou abra o arquivo de dados.',
	'share.error.title': 'Não foi possível abrir os resultados compartilhados',
	'share.error.not-results': 'Isto não é um link nem um arquivo de resultados do IIT Explorer.',
	'share.error.damaged':
		'O link ou o arquivo está incompleto ou foi alterado (talvez cortado ao ser copiado). Peça o link de novo, ou o arquivo de resultados.',
	'share.error.too-large':
		'Os resultados são grandes demais para abrir aqui (mais do que qualquer resultado real). O link pode ter sido alterado; se é um arquivo de resultados, peça um com menos anos ou parceiros.',
	'share.error.bad-id':
		'Os resultados trazem um nome que não é um código de país ({detail}). O link pode ter sido alterado; nada dele foi usado.',
	'share.error.empty':
		'Estes resultados não têm nada para mostrar: o link ou o arquivo não traz nenhuma célula de comércio para a seleção de quem o enviou. Peça o link de novo.',
	'share.opening': 'Abrindo os resultados compartilhados…',
	'share.error.too-long':
		'Este link é longo demais para ser aberto como link ({detail} caracteres). Peça a quem o enviou o arquivo de resultados: ele abre aqui do mesmo modo.',
	'share.error.version':
		'Estes resultados foram criados por uma versão mais nova do IIT Explorer. Recarregue a página para obter a versão atual.',
	'share.error.invalid':
		'Os resultados contêm um valor inválido ({detail}). O link pode ter sido alterado.',
	'share.file.kind': 'arquivo de resultados'
};

export const en: Translations<typeof ptBR> = {
	'share.open': 'Share results',
	'share.title': 'Share results by link',
	'share.intro':
		'The link carries the aggregated results of the current selection, not your files. They sit after the # of the address, the part browsers never send to any server.',
	'share.contains': 'What the link contains',
	'share.containsSettings':
		'your settings and the open view ({reporter}, {from}–{to}, α = {alpha}, θ = {theta});',
	'share.containsFacts':
		'facts about the dataset: format, years, {partners} partners and the ledger’s row counts (the file names only when ticked);',
	'share.containsCells':
		'{cells} aggregated cells (partner × sector × year) in {sets} classification(s);',
	'share.containsKeys': '{keys} product rows (HS6) of the selection;',
	'share.noKeys': 'no product rows: no raw data.',
	'share.table5': 'Include Table 5 (cells also at α = 15% and 25%)',
	'share.products':
		'Include the selection’s product rows (HS6): the drill-down, sensitivity and marginal IIT then work for whoever opens it',
	'share.building': 'Preparing the link…',
	'share.length': 'Link length: {length} characters.',
	'share.tooLongMessenger':
		'Links longer than {limit} characters may be cut by messaging apps and e-mail. Prefer sending the results file.',
	'share.tooLongBrowser':
		'Too long for a link (IIT Explorer opens links of up to {limit} characters). Save the results file and send it instead.',
	'share.copy': 'Copy link',
	'share.copied': 'Link copied.',
	'share.copyFailed': 'Could not copy: select the link below and copy it.',
	'share.linkLabel': 'Results link',
	'share.save': 'Save results file',
	'share.close': 'Close',
	'share.banner.title': 'Shared results (read-only)',
	'share.banner.who':
		'Computed by whoever sent the link, with their settings: {reporter}, {from}–{to}, {method}. Created on {created}.',
	'share.banner.noData':
		'No raw data is included: only aggregated results{keys}. To change α, θ, the product filter or the reporter, open the data file.',
	'share.banner.withKeys': ' and {keys} product rows',
	'share.banner.leave': 'Leave and analyse my own files',
	'share.banner.settingsLocked': 'The settings show the sender’s and cannot be changed here.',
	'share.unavailable':
		'This view needs the product rows, which are not in the shared results. Ask the sender for a link with product rows, or open the data file.',
	'share.error.title': 'The shared results could not be opened',
	'share.error.not-results': 'This is not an IIT Explorer results link or file.',
	'share.error.damaged':
		'The link or file is incomplete or was altered (perhaps cut when it was copied). Ask for the link again, or for the results file.',
	'share.error.too-large':
		'The results are too large to open here (more than any real result). The link may have been altered; for a results file, ask for one with fewer years or partners.',
	'share.error.bad-id':
		'The results hold a name that is not a country code ({detail}). The link may have been altered; nothing in it was used.',
	'share.error.empty':
		'These results have nothing to show: the link or file holds no trade cell for the sender’s selection. Ask for the link again.',
	'share.opening': 'Opening the shared results…',
	'share.error.too-long':
		'This link is too long to be opened as a link ({detail} characters). Ask the sender for the results file: it opens here just the same.',
	'share.error.version':
		'These results were made by a newer version of IIT Explorer. Reload the page to get the current version.',
	'share.error.invalid':
		'The results hold an invalid value ({detail}). The link may have been altered.',
	'share.file.kind': 'results file'
};

export const es: Translations<typeof ptBR> = {
	'share.open': 'Compartir resultados',
	'share.title': 'Compartir resultados por enlace',
	'share.intro':
		'El enlace lleva los resultados agregados de la selección actual, no sus archivos. Van después del # de la dirección, la parte que el navegador nunca envía a ningún servidor.',
	'share.contains': 'Qué contiene el enlace',
	'share.containsSettings':
		'su configuración y la vista abierta ({reporter}, {from}–{to}, α = {alpha}, θ = {theta});',
	'share.containsFacts':
		'datos del conjunto: formato, años, {partners} socios y los recuentos de filas del registro (los nombres de los archivos solo si se marcan);',
	'share.containsCells':
		'{cells} celdas agregadas (socio × sector × año) en {sets} clasificación(es);',
	'share.containsKeys': '{keys} filas de productos (HS6) de la selección;',
	'share.noKeys': 'ninguna fila de producto: ningún dato en bruto.',
	'share.table5': 'Incluir la Tabla 5 (celdas también con α = 15 % y 25 %)',
	'share.products':
		'Incluir las filas de productos (HS6) de la selección: el detalle, la sensibilidad y el IIT marginal funcionan entonces para quien lo abra',
	'share.building': 'Preparando el enlace…',
	'share.length': 'Longitud del enlace: {length} caracteres.',
	'share.tooLongMessenger':
		'Los enlaces de más de {limit} caracteres pueden ser cortados por aplicaciones de mensajería y correo. Es mejor enviar el archivo de resultados.',
	'share.tooLongBrowser':
		'Demasiado largo para un enlace (IIT Explorer abre enlaces de hasta {limit} caracteres). Guarde el archivo de resultados y envíelo.',
	'share.copy': 'Copiar enlace',
	'share.copied': 'Enlace copiado.',
	'share.copyFailed': 'No se pudo copiar: seleccione el enlace de abajo y cópielo.',
	'share.linkLabel': 'Enlace de los resultados',
	'share.save': 'Guardar archivo de resultados',
	'share.close': 'Cerrar',
	'share.banner.title': 'Resultados compartidos (solo lectura)',
	'share.banner.who':
		'Calculados por quien envió el enlace, con su configuración: {reporter}, {from}–{to}, {method}. Creados el {created}.',
	'share.banner.noData':
		'No se incluye ningún dato en bruto: solo resultados agregados{keys}. Para cambiar α, θ, el filtro de productos o el declarante, abra el archivo de datos.',
	'share.banner.withKeys': ' y {keys} filas de productos',
	'share.banner.leave': 'Salir y analizar mis propios archivos',
	'share.banner.settingsLocked':
		'La configuración muestra la de quien compartió y no se puede cambiar aquí.',
	'share.unavailable':
		'Esta vista necesita las filas de productos, que no están en los resultados compartidos. Pida a quien lo envió un enlace con filas de productos, o abra el archivo de datos.',
	'share.error.title': 'No se pudieron abrir los resultados compartidos',
	'share.error.not-results': 'Esto no es un enlace ni un archivo de resultados de IIT Explorer.',
	'share.error.damaged':
		'El enlace o el archivo está incompleto o fue alterado (quizá se cortó al copiarlo). Pida el enlace de nuevo, o el archivo de resultados.',
	'share.error.too-large':
		'Los resultados son demasiado grandes para abrirlos aquí (más que cualquier resultado real). El enlace puede haber sido alterado; si es un archivo de resultados, pida uno con menos años o socios.',
	'share.error.bad-id':
		'Los resultados contienen un nombre que no es un código de país ({detail}). El enlace puede haber sido alterado; no se usó nada de él.',
	'share.error.empty':
		'Estos resultados no tienen nada que mostrar: el enlace o el archivo no contiene ninguna celda de comercio para la selección de quien lo envió. Pida el enlace de nuevo.',
	'share.opening': 'Abriendo los resultados compartidos…',
	'share.error.too-long':
		'Este enlace es demasiado largo para abrirse como enlace ({detail} caracteres). Pida a quien lo envió el archivo de resultados: se abre aquí de la misma manera.',
	'share.error.version':
		'Estos resultados fueron creados por una versión más nueva de IIT Explorer. Recargue la página para obtener la versión actual.',
	'share.error.invalid':
		'Los resultados contienen un valor no válido ({detail}). El enlace puede haber sido alterado.',
	'share.file.kind': 'archivo de resultados'
};
