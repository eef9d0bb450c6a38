/** Spanish. Typed against the Portuguese reference: a missing or extra key fails the type check. */
import type { Messages } from './pt-BR';
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

export const es: Messages = {
	...viewsPart.es,
	...workerViewsPart.es,
	...cellViewsPart.es,
	...chartsPart.es,
	...basketsPart.es,
	...quickCheckPart.es,
	...sharePart.es,
	...shareLinksPart.es,
	...privacyPart.es,
	...determinantsPart.es,
	...determinantsErrorsPart.es,
	...startPart.es,
	...worldPart.es,
	...worldPriceRangesPart.es,
	...readErrorsPart.es,
	...lineLimitPart.es,
	...csvPart.es,
	...stabilityPart.es,
	...classifyOptionsPart.es,
	...imbalancePart.es,
	...layoutPart.es,
	...mapPart.es,
	'app.name': 'IIT Explorer',
	'app.tagline': 'La calidad del comercio intraindustrial, calculada en su navegador',
	'nav.home': 'Análisis',
	'nav.methods': 'Métodos',
	'nav.skip': 'Saltar al contenido',
	'lang.label': 'Idioma',
	'footer.privacy':
		'Sus datos nunca salen del navegador: nada se envía, nada se registra. Los archivos se leen y analizan en esta computadora.',

	'drop.title': 'Archivos de comercio',
	'drop.hint':
		'Arrastre aquí archivos de comercio — BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map o cualquier CSV — o',
	'drop.button': 'elija archivos',
	'drop.accepts':
		'Acepta .csv, .tsv, .txt, .gz y .zip, y el .xls de Trade Map (una tabla de página web); varios archivos de un mismo formato a la vez (Comex Stat: archivos EXP_ e IMP_ con PAIS.csv; Trade Map: una tabla de exportaciones y una de importaciones).',
	'drop.selected': 'Analizando: {names}',

	'settings.title': 'Configuración',
	'settings.method': 'Método',
	'method.ghm': 'GHM',
	'method.ff': 'FF',
	'method.both': 'GHM y FF',
	'settings.alpha': 'Factor de dispersión α',
	'settings.alphaFree': 'Otro valor de α (%)',
	'settings.theta': 'Umbral de superposición θ (FF)',
	'settings.cifFob': 'Factor CIF/FOB de las importaciones',
	'settings.cifFobCif':
		'Las importaciones de estos archivos son CIF: use un factor mayor que 1 (la regla práctica habitual del FMI es 1,10).',
	'settings.cifFobHelp':
		'Divide los valores de las importaciones antes de comparar los valores unitarios, para quitar flete y seguro de importaciones CIF; 1 = ninguno. Los valores de comercio no cambian.',
	'settings.reporter': 'País declarante',
	'settings.yearFrom': 'Desde',
	'settings.yearTo': 'Hasta',
	'settings.years': 'Período',
	'settings.quantityBasis': 'Cantidad para el valor unitario',
	'quantity.auto': 'La del formato',
	'quantity.reported': 'Unidad declarada',
	'quantity.net-weight': 'Peso neto',
	'quantity.autoOf': 'Predeterminada del formato: {unit}',
	'unit.t': 'peso neto en toneladas métricas',
	'unit.kg': 'peso neto en kg',
	'unit.reported': 'unidad declarada de cada producto',
	'settings.reExports': 'Incluir reexportaciones y reimportaciones',
	'settings.reExportsHelp':
		'Desactivado por defecto: los bienes reexportados se produjeron en otro lugar.',
	'settings.topN': 'Socios en la tabla',
	'settings.readGroup': 'Lectura (un cambio vuelve a leer los archivos)',
	'settings.classifyGroup': 'Clasificación',
	'settings.viewGroup': 'Visualización',

	'progress.reading': 'Leyendo {file} ({index} de {count})',
	'progress.classifying': 'Clasificando…',
	'progress.rows': '{rows} filas',
	'progress.rate': '{rate} filas/s',
	'progress.cancel': 'Cancelar',

	'tabs.label': 'Resultados',
	'results.empty': 'Aún no hay resultados. Elija archivos para empezar.',
	'results.methodGhm': 'GHM (α = {alpha})',
	'results.methodFf': 'FF (α = {alpha}, θ = {theta})',
	'table.partnerCaption': '{reporter}: comercio por socio, promedio anual {from}–{to}',
	'table.sectorCaption': '{reporter}: comercio por sector, promedio anual {from}–{to}',
	'table.unitNote':
		'Volúmenes: promedio anual en {unit}. Índice: media de los índices anuales. Participaciones sobre el período.',
	'table.unit.1': '{currency}',
	'table.unit.1000': 'miles de {currency}',
	'table.unit.1000000': 'millones de {currency}',
	'colset.label': 'Columnas de la tabla',
	'colset.volumes': 'Volúmenes',
	'colset.index': 'Índice y composición',
	'colset.quality': 'Calidad del CIIV',
	'col.partner': 'Socio',
	'col.sector': 'Sector',
	'col.trade': 'Comercio total',
	'col.iit': 'CII',
	'col.hiit': 'CIIH',
	'col.viit': 'CIIV',
	'col.iitIndex': 'Índice CII',
	'col.hiitShare': 'CIIH/CII',
	'col.viitShare': 'CIIV/CII',
	'col.viitInfShare': 'CIIVInf/CIIV',
	'col.viitSupShare': 'CIIVSup/CIIV',
	'col.unclassifiedShare': 'No clasif./CII',
	'row.others': 'Otros',
	'row.others-mean': 'Otros (media, como en el artículo)',
	'row.mean': 'Media',
	'row.total': 'Total',

	'chart.iitPartner': 'Índice de comercio intraindustrial por socio',
	'chart.compositionSector':
		'Composición del comercio intraindustrial por sector ({currency}, promedio anual)',
	'chart.qualitySector': 'Calidad del comercio vertical por sector (% del CIIV)',
	'chart.iitIndex': 'Índice CII',
	'chart.hiit': 'Horizontal',
	'chart.viit': 'Vertical',
	'chart.unclassified': 'No clasificado',
	'chart.viitInf': 'Vertical inferior',
	'chart.viitSup': 'Vertical superior',

	'ledger.title': 'Registro de lectura',
	'ledger.file': 'Archivo',
	'ledger.format': 'Formato',
	'ledger.size': 'Tamaño',
	'ledger.rows': 'Filas',
	'ledger.rowsRead': 'Filas leídas',
	'ledger.rowsUsed': 'Filas usadas',
	'ledger.rowsDropped': 'Filas descartadas',
	'ledger.reason': 'Motivo',
	'ledger.value': 'Valor ({currency})',
	'ledger.firstLines': 'Primeras líneas',
	'ledger.valueRead': 'Valor leído',
	'ledger.valueUsed': 'Valor usado',
	'ledger.valueDropped': 'Valor descartado',
	'ledger.noDrops': 'No se descartó ninguna fila.',
	'ledger.dropsCaption': 'Filas descartadas, por motivo',
	'ledger.filesCaption': 'Archivos leídos',
	'ledger.years': 'Años: {years}. Socios: {partners}. Claves: {keys}.',
	'ledger.role': 'Flujo',
	'ledger.container': 'Almacenado como',
	'ledger.encoding': 'Codificación',
	'ledger.skippedCaption': 'Entradas de archivos comprimidos dejadas de lado',
	'ledger.skippedReason': 'Motivo',
	'ledger.downloadCsv': 'Descargar el registro (CSV)',
	'ledger.downloadJson': 'Descargar el registro (JSON)',
	'ledger.unknownCaption':
		'Códigos de país que ninguna tabla conoce (sus filas están entre las usadas)',
	'ledger.code': 'Código',
	'ledger.valuationCaption':
		'Valor importado usado, valorado de cada forma (la opción «FOB donde se informa» usa el valor FOB cuando una fila lo informa)',
	'ledger.valuation': 'Filas de importación',
	'ledger.fobReported': 'Informan un valor FOB',
	'ledger.cifOnly': 'Sin valor FOB (CIF)',
	'ledger.valueFob': 'Valor FOB ({currency})',
	'ledger.valueAsRead': 'Valor leído, CIF ({currency})',
	'role.exports': 'exportaciones',
	'role.imports': 'importaciones',
	'container.plain': 'texto',
	'container.gzip': 'gzip',
	'container.zip': 'dentro de un zip',
	'format.baci': 'BACI (CEPII)',
	'format.comtrade-plus': 'UN Comtrade+',
	'format.comtrade-legacy': 'UN Comtrade (anterior a 2023)',
	'format.comex-stat': 'Comex Stat (Brasil)',
	'format.comext': 'Eurostat Comext',
	'format.wits': 'WITS (Banco Mundial)',
	'format.trade-map': 'ITC Trade Map',
	'format.custom': 'CSV con columnas mapeadas',
	'format.baci-country-codes': 'Códigos de países de BACI',
	'format.comex-countries': 'Países de Comex Stat (PAIS.csv)',
	'format.baci-product-codes': 'Códigos de productos de BACI',

	'download.csv': 'Descargar resultados (CSV)',
	'facts.title': 'Datos leídos',
	'facts.format': 'Formato',
	'facts.files': 'Archivos',
	'facts.companions': 'Tablas de códigos usadas',
	'facts.skipped': 'Dejados de lado',
	'facts.coverage': 'Cobertura',
	'facts.currency': 'Moneda',
	'facts.currencyEur':
		'Los valores están en euros, como en el archivo: todos los importes de esta página son en EUR.',
	'facts.valueUnit': 'Valores en el archivo',
	'facts.valuation': 'Importaciones valoradas',
	'facts.cif':
		'CIF: incluyen flete y seguro, lo que eleva el valor unitario de las importaciones y empuja el comercio hacia “inferior”. El factor CIF/FOB de la configuración lo corrige (ahora: {factor}).',
	'facts.fob': 'FOB, como las exportaciones: los valores unitarios son comparables tal como están.',
	'facts.quantity': 'Cantidad del valor unitario',
	'facts.missingPais':
		'Algunos códigos CO_PAIS no están en la lista incorporada: suelte PAIS.csv (la tabla de países de Comex Stat) con los archivos EXP_/IMP_ para nombrarlos.',
	'facts.missingBaciCodes':
		'Para nombrarlos, suelte con los datos la tabla de países de la versión de BACI (country_codes_V….csv, en el zip de BACI).',
	'facts.noQuantities':
		'Los archivos no tienen cantidades utilizables, así que no se puede calcular ningún valor unitario: todo el comercio intraindustrial queda sin clasificar (solo el índice CII tiene sentido).',
	'facts.customsUnion':
		'La Unión Europea declara aquí como una sola, como un país: sus socios son los países de fuera de ella, y el comercio entre sus miembros no forma parte de sus cifras.',
	'facts.valueUnitAssumed':
		'El archivo no indica la unidad de sus valores: se usa la de Trade Map, miles de dólares (USD).',
	'facts.hsEditions': 'Ediciones del SA: {editions}',
	'facts.editionConversion':
		'Códigos convertidos a {target} con las tablas de correspondencia de la UNSD, para que todos los años estén en una edición: {keys} claves cambiaron de código.',
	'facts.unknownCountries':
		'Códigos de país que ninguna tabla conoce: {countries}. Su comercio se mantiene, cada código como un socio aparte, fuera de todo grupo de países.',
	'facts.unknownCountry': '{code} ({rows} filas, {value})',
	'notice.reporterSwitched':
		'El archivo solo tiene comercio declarado por {to}; el país declarante pasó de {from} a {to}.',
	'mapping.open': 'Mapear columnas',
	'mapping.title': '¿Qué contiene cada columna?',
	'mapping.intro':
		'Elija la columna de cada dato de {file} mirando las primeras filas de abajo; las opciones vienen precompletadas a partir de los nombres de las columnas.',
	'mapping.knownFormat':
		'Este archivo se reconoció como {format}. Con un mapeo se lee como un CSV común.',
	'mapping.loading': 'Leyendo las primeras filas…',
	'mapping.failed': 'No se pudieron leer las primeras filas para mapear las columnas.',
	'mapping.file': 'Archivo',
	'mapping.preview': 'Primeras filas de {file}',
	'mapping.columns': 'Columnas',
	'mapping.values': 'Valores',
	'mapping.layout': 'Exportaciones e importaciones',
	'mapping.layout.flow-column': 'Una columna de flujo (exportación / importación) y una de valor',
	'mapping.layout.split-columns': 'Columnas separadas para el valor exportado y el importado',
	'mapping.role.year': 'Año',
	'mapping.role.reporter': 'País declarante',
	'mapping.role.partner': 'País socio',
	'mapping.role.product': 'Código del producto (SA)',
	'mapping.role.flow': 'Flujo (exportación / importación)',
	'mapping.role.value': 'Valor',
	'mapping.role.exportValue': 'Valor exportado',
	'mapping.role.importValue': 'Valor importado',
	'mapping.role.quantity': 'Cantidad',
	'mapping.role.exportQuantity': 'Cantidad exportada',
	'mapping.role.importQuantity': 'Cantidad importada',
	'mapping.role.unit': 'Unidad de la cantidad',
	'mapping.optional': 'opcional',
	'mapping.choose': '— elija una columna —',
	'mapping.none': '— ninguna —',
	'mapping.chosenReporter': '— todas las filas: {country} —',
	'mapping.noUnit': '— una sola unidad —',
	'mapping.unnamed': 'columna {n}',
	'mapping.flowCodes':
		'Códigos de flujo reconocidos: X/M, E/I, 2/1 (exportación 2, importación 1), Export/Import y las mismas palabras en portugués y español; reexportaciones RX/RM (3/4).',
	'mapping.scale': 'Valores en',
	'mapping.scale.1': 'unidades',
	'mapping.scale.1000': 'miles',
	'mapping.scale.1000000': 'millones',
	'mapping.currency': 'Moneda',
	'mapping.valuation': 'Importaciones valoradas',
	'mapping.valuation.CIF': 'CIF (con flete y seguro)',
	'mapping.valuation.FOB': 'FOB (como las exportaciones)',
	'mapping.decimalComma': 'Coma decimal (1.234,5)',
	'mapping.missing': 'Falta elegir: {roles}.',
	'mapping.shared': 'La misma columna se eligió para más de un dato: {roles}.',
	'mapping.remember':
		'El mapeo se guarda en este dispositivo: los archivos con el mismo encabezado se leerán directamente la próxima vez.',
	'mapping.apply': 'Analizar con este mapeo',
	'mapping.close': 'Cerrar',
	'mapping.remembered': 'Leído con el mapeo de columnas que usted hizo antes para este encabezado.',
	'mapping.change': 'Cambiar el mapeo',

	'error.title': 'No se pudo completar el análisis',
	'error.place': 'Archivo {file}',
	'error.line': 'línea {line}',
	'error.column': 'columna {column}',
	'error.empty-file': 'El archivo está vacío (o solo tiene el encabezado).',
	'error.not-text':
		'El archivo no es una tabla de texto: su contenido es binario (una imagen, un PDF…).',
	'error.unknown-format':
		'El encabezado no corresponde a ningún formato conocido (BACI, UN Comtrade, Comex Stat, Comext, WITS, Trade Map): mapee sus columnas abajo.',
	'error.missing-column': 'Falta una columna obligatoria para este formato.',
	'error.reporter-required':
		'Elija un país declarante: sin él, el archivo no indica la dirección del comercio.',
	'error.unknown-reporter': 'El país declarante elegido no es un país conocido.',
	'error.reporter-not-in-file':
		'El archivo no tiene comercio declarado por {reporter}. Lo declara {reporters}: elija ese país declarante.',
	'error.no-rows-used':
		'No se pudo usar ninguna fila: todas fueron descartadas (el registro indica los motivos).',
	'error.mixed-formats':
		'Los archivos tienen formatos distintos ({format} y {expected}); analice un formato a la vez (valores en EUR y USD nunca se mezclan).',
	'error.spreadsheet':
		'Es un libro de Excel ({kind}), no un CSV: ábralo, guarde la hoja como CSV y suelte el CSV.',
	'error.bad-archive':
		'El archivo comprimido no se puede leer hasta el final: está dañado, protegido con contraseña o incompleto.',
	'error.empty-archive':
		'El archivo .zip no contiene ninguna tabla CSV o de texto (contiene: {entries}).',
	'error.truncated-file':
		'El archivo termina en medio de una fila: está cortado (descárguelo de nuevo).',
	'error.mixed-periods':
		'El año {year} tiene filas mensuales y anuales; se contarían dos veces. Analice unas u otras.',
	'error.unknown-flow-file':
		'No se sabe si este archivo de Comex Stat es de exportaciones o importaciones: mantenga el nombre EXP_AAAA.csv o IMP_AAAA.csv.',
	'error.incomplete-table': 'A esta tabla le falta lo que el método necesita: {missing}.',
	'error.bad-mapping':
		'El mapeo de columnas no sirve para este archivo (falta o está fuera del encabezado: {missing}): revíselo abajo.',
	'error.too-many-keys':
		'Los archivos tienen más de {limit} claves distintas (año, declarante, socio, producto), más de lo que cabe en memoria: lea menos años (o, en la página de análisis, elija un solo declarante).',
	'error.crash':
		'El proceso de análisis se detuvo inesperadamente. Inténtelo de nuevo; si persiste, el archivo puede ser demasiado grande para la memoria disponible.',
	'error.silent':
		'El proceso de análisis dejó de responder durante la lectura (nada en {seconds} s) y se detuvo. Inténtelo de nuevo; si persiste, el archivo puede ser demasiado grande para la memoria disponible.',
	'error.unexpected': 'Error inesperado: {message}',
	'error.demo': 'No se pudieron cargar los datos de demostración.',
	'error.details': 'Detalles',
	'cancelled.notice': 'Análisis cancelado. Se descartaron los resultados anteriores.',
	'demo.badge': 'Datos de demostración sintéticos',
	'demo.loading': 'Cargando los datos de demostración…',

	'skip.not-a-trade-table': 'no es una tabla de comercio reconocida',
	'skip.product-names': 'tabla de nombres de productos (no se necesita)',
	'skip.not-text': 'no es texto',
	'skip.document': 'documento (PDF, Word)',
	'skip.spreadsheet': 'hoja de cálculo: guárdela como CSV para usarla',
	'skip.image': 'imagen',
	'skip.xml': 'archivo XML',
	'skip.nested-archive': 'un archivo comprimido dentro del archivo: descomprímalo antes',
	'skip.system-file': 'archivo de sistema u oculto',
	'skip.empty': 'vacío',
	'drop.malformed-row': 'Fila mal formada (número incorrecto de campos)',
	'drop.invalid-year': 'Año inválido',
	'drop.invalid-value': 'Valor vacío o no numérico',
	'drop.negative-value': 'Valor negativo',
	'drop.zero-value': 'Valor cero',
	'drop.invalid-product': 'Código de producto inválido',
	'drop.not-hs-product':
		'No es un producto del SA (capítulos 77, 98, 99: operaciones especiales como la NCM 99999999; 9999AA; TOTAL)',
	'drop.not-hs6': 'Total de SA2/SA4 (no es SA6)',
	'drop.breakdown-row': 'Desagregación repetida (régimen aduanero, transporte, 2.º socio)',
	'drop.world-partner': 'Socio «Mundo»',
	'drop.aggregate-partner': 'Socio agregado (áreas «nes», totales regionales)',
	'drop.invalid-country': 'Código de país vacío o ilegible',
	'drop.self-trade': 'Comercio de un país consigo mismo',
	'drop.re-export': 'Reexportación o reimportación',
	'drop.unknown-flow': 'Flujo que no es exportación ni importación',
	'drop.gross-flow': 'Flujo “bruto” (exportación + reexportación): contaría doble',
	'drop.confidential-product': 'Código de producto confidencial',
	'drop.other-reporter': 'Fila de otro país declarante',

	'sector.animal': 'Animales y productos animales',
	'sector.vegetable': 'Productos vegetales',
	'sector.foodstuffs': 'Productos alimenticios',
	'sector.mineral': 'Productos minerales',
	'sector.chemicals': 'Productos químicos',
	'sector.plastics': 'Plásticos y caucho',
	'sector.hides': 'Cueros y pieles',
	'sector.wood': 'Productos de madera',
	'sector.textiles': 'Textiles',
	'sector.footwear': 'Calzado',
	'sector.stone_glass': 'Piedra y vidrio',
	'sector.metals': 'Metales',
	'sector.machinery': 'Maquinaria y material eléctrico',
	'sector.transport': 'Material de transporte',
	'sector.misc': 'Productos diversos'
};
