/**
 * The Methods page in Spanish: the same keys as the reference, pt.ts, where the inline markup of
 * the prose is described.
 */
import type { MethodsContent } from './types';

export const es: MethodsContent = {
	page: {
		title: 'Métodos',
		intro:
			'Esta página explica cada número que muestra IIT Explorer: de dónde viene, cómo se calcula y cómo leerlo. Las fórmulas muestran los umbrales en uso; para cambiarlos, use la configuración del [análisis](/).',
		thresholdLabels: {
			title: 'Umbrales en uso',
			alpha: 'Factor de dispersión',
			theta: 'Umbral de superposición (FF)',
			cifFobFactor: 'Factor CIF/FOB'
		},
		tocLabel: 'En esta página'
	},
	terms: {
		iit: 'CII',
		hiit: 'CIIH',
		viit: 'CIIV',
		viitSup: 'CIIVSup',
		viitInf: 'CIIVInf',
		unclassified: 'no clasificado',
		oneWay: 'un sentido',
		twoWay: 'doble sentido',
		iitIndex: 'índice CII',
		viitSupShare: 'participación del CIIVSup',
		and: 'y',
		notDefined: 'indefinido'
	},
	unit: {
		heading: 'La unidad de análisis',
		lead: 'Todo número de la aplicación parte de la misma pieza: el comercio de un producto entre dos países en un año.',
		key: 'Una [dfn:clave] es la combinación (año, país declarante, socio, producto del Sistema Armonizado a 6 dígitos, el SA6). Para cada clave la aplicación guarda las exportaciones *X* del declarante al socio, las importaciones *M* del declarante desde el socio y las cantidades *qX* y *qM* de esos dos flujos. Las filas con la misma clave se suman: meses, regímenes aduaneros, modos de transporte y los varios códigos nacionales de 8 dígitos (NCM, NC) bajo un mismo SA6. El código del producto tiene siempre 6 caracteres (BACI escribe `10121` por `010121`).',
		currency:
			'Los valores quedan en la moneda de los datos, sin conversión: dólares (US$) en todos los formatos salvo Eurostat Comext, que está en euros (€). Los archivos en miles (BACI, WITS, Trade Map) se multiplican por 1000.',
		quantities:
			'Las cantidades siguen una única [dfn:base de cantidad] por análisis: la unidad declarada (piezas, litros, pares…) o el peso neto en kg. El valor por defecto de cada formato: toneladas en BACI; peso neto (`KG_LIQUIDO`) en Comex Stat, porque las unidades de `QT_ESTAT` cambian entre los códigos NCM de un mismo SA6; peso neto en Comext; la unidad declarada en UN Comtrade y WITS. Una suma de cantidades queda [em:ausente] si alguna fila sumada tenía valor pero no una cantidad utilizable, o tenía otra unidad: una suma parcial sesgaría el valor unitario. El “sin cantidad” de Comtrade (unidad `-1` con cantidad 0) es ausente, no cero.',
		formula: {
			total: 'comercio total de la clave',
			exportUnitValue: 'valor unitario de las exportaciones',
			importUnitValue: 'valor unitario de las importaciones',
			unitValueRatio: 'razón de valores unitarios'
		},
		reading:
			'Las claves con *T* = 0 se ignoran. *R* > 1 significa que el declarante vende el producto más caro, por unidad, de lo que se lo compra al socio; la literatura lo lee como calidad superior. *R* < 1 indica calidad inferior. *R* se calcula en doble precisión (IEEE 754) exactamente en el orden de la fórmula.'
	},
	'grubel-lloyd': {
		heading: 'Grubel–Lloyd',
		lead: 'El índice de Grubel–Lloyd dice cuánto del comercio de un producto va en ambos sentidos: vale 1 cuando el país exporta e importa el mismo valor y 0 cuando solo exporta o solo importa.',
		formula: {
			overlap: 'superposición'
		},
		aggregate:
			'Para un conjunto de claves (un socio, un sector, un año), el GL agregado es Σ*O* / Σ*T*: el GL de los productos ponderado por su comercio. Ejemplo: *X* = 80 y *M* = 20 dan *O* = 40, *T* = 100 y GL = 0,40.'
	},
	ghm: {
		heading: 'GHM (Greenaway, Hine y Milner)',
		lead: 'El GHM divide el comercio de cada producto en dos partes — la superposición, que es comercio intraindustrial (CII), y el desequilibrio, que es comercio en un solo sentido — y clasifica la superposición por calidad, comparando los valores unitarios.',
		overlap:
			'El desequilibrio |*X* − *M*| es comercio en un solo sentido (interindustrial). La superposición *O* se clasifica por *R* con el factor de dispersión α, con los límites incluidos:',
		formula: {
			horizontal: 'horizontal',
			verticalSuperior: 'vertical superior',
			verticalInferior: 'vertical inferior'
		},
		inUse:
			'En uso: α = {alpha}, es decir, CIIH cuando {ghmBand}. El artículo usa α = 15 % en las Tablas 1 a 4 y también 25 % en la Tabla 5; Greenaway, Hine y Milner y Abd-el-Rahman (1991) usan ambos valores. Un α de 15 % significa que los valores unitarios de exportación e importación difieren como máximo en un 15 %. Por producto, un solo sentido + CIIH + CIIVSup + CIIVInf + no clasificado = *T*.',
		example:
			'Ejemplo: *X* = 80, *M* = 20, *qX* = 10 y *qM* = 4 dan *UVx* = 8, *UVm* = 5 y *R* = 1,6 > 1,15: con α = 15 %, los 40 de la superposición son CIIVSup y los 60 restantes son comercio en un solo sentido.',
		paperNote:
			'Una nota para quien coteje el artículo: en su ecuación (3) el límite inferior es 1 − α, pero el texto describe el CIIVInf como una razón “inferior al inverso de 1,15”. Aquí el GHM sigue la ecuación (3), 1 − α; el límite 1/(1 + α) es el del FF.'
	},
	ff: {
		heading: 'FF (Fontagné y Freudenberg)',
		lead: 'El FF decide, producto por producto, si el comercio va de verdad en ambos sentidos — el flujo menor debe superar la fracción θ del mayor — y, si es así, clasifica todo el comercio del producto, no solo la superposición.',
		formula: {
			strictly: 'estrictamente',
			orOneFlowZero: 'o un flujo nulo',
			twoWayClassifiedBy: 'el comercio en doble sentido se clasifica por'
		},
		inUse:
			'En uso: θ = {theta} y α = {alpha}, es decir, CIIH cuando {ffBand}. En el artículo θ = 10 % (ecuación 2): por debajo, según Fontagné y Freudenberg (1997), el flujo minoritario no es un rasgo estructural del comercio. La desigualdad es estricta: un producto con min/max exactamente igual a θ va en un solo sentido. En el FF, un solo sentido + CIIH + CIIVSup + CIIVInf + no clasificado = *T*.',
		asymmetry:
			'Por qué la banda es asimétrica: con α = 25 %, la banda del GHM va de 0,75 a 1,25. Su lado derecho acepta que la exportación sea hasta 1,25 veces más cara que la importación; el izquierdo, *R* = 0,75, acepta que la importación sea 1/0,75 = 1,33 veces más cara que la exportación. Fontagné y Freudenberg señalan esta incoherencia, y el artículo recoge su argumento: la banda 1/(1 + α) ≤ *R* ≤ 1 + α trata igual ambos sentidos (ningún valor unitario puede superar al otro en más de α). Con 15 % va de 0,87 a 1,15; con 25 %, de 0,80 a 1,25.',
		example:
			'En el ejemplo anterior, min/max = 20/80 = 0,25 > 0,10: el producto va en doble sentido y, con *R* = 1,6, los 100 enteros van a CIIVSup, frente a 40 en el GHM. Por eso los volúmenes de CII del FF son mayores (en el artículo, alrededor de un 65 % mayores que los del GHM).'
	},
	unclassified: {
		heading: 'Comercio no clasificado',
		lead: 'Cuando no se pueden comparar precios unitarios, la aplicación no adivina: el comercio intraindustrial de ese producto queda “no clasificado”, se cuenta y se muestra.',
		undefinedRatio:
			'*R* es indefinido cuando falta una cantidad, cuando es cero o negativa, o cuando los dos flujos están en unidades distintas (kg de un lado, piezas del otro). En el GHM, la superposición *O* del producto va a “no clasificado”; en el FF, todo el *T* de un producto en doble sentido. Ese comercio nunca se descarta: sigue en el CII (CII = CIIH + CIIV + no clasificado) y en el índice CII, y las clases siguen sumando el comercio total.',
		shares:
			'Las participaciones CIIH/CII y CIIV/CII se dan sobre todo el CII, con la del no clasificado al lado; también se dan sobre la parte clasificada, CIIH/(CIIH + CIIV) y CIIV/(CIIH + CIIV), para comparar con estudios que descartan lo no clasificado. Los archivos de Trade Map que lee la aplicación no traen cantidades: todo su CII queda no clasificado y solo el índice CII tiene sentido.'
	},
	aggregates: {
		heading: 'Agregados: índice, composición y medias',
		lead: 'Las tablas suman las claves en grupos — un socio, un sector, un par socio × sector — y resumen los años elegidos de dos maneras, cada una de las cuales responde a una pregunta distinta.',
		classes:
			'Dentro de un grupo, cada dólar (o euro, en Comext) del comercio total cae en exactamente una clase, así que las clases suman el total:',
		composition: 'La composición es una razón de sumas sobre el período elegido:',
		years: 'Los años elegidos *Y* se resumen de dos formas:',
		formula: {
			aggregateGl: 'en el GHM, el GL agregado',
			classifiedPart: 'parte clasificada',
			averageVolume: 'volumen medio anual',
			yearWithoutTrade: 'año sin comercio',
			averageIndex: 'índice medio anual',
			meanOf: 'media de',
			overYearsWith: 'en los años con'
		},
		averages:
			'El volumen medio responde “cuánto por año, en promedio” (Tablas 1 y 4 del artículo). El índice medio es la media de los índices anuales, y así se lee la Tabla 2 del artículo: cada año pesa lo mismo, sea cual sea su comercio, por lo que no es igual al volumen de CII dividido por el volumen de comercio. Ejemplo: un CII de 10 con *T* = 100 un año (10 %) y de 90 con *T* = 300 el otro (30 %) dan un índice medio del 20 %, mientras que la razón de los totales es 100/400 = 25 %. Una participación de nada (por ejemplo, CIIVSup/CIIV sin CIIV) queda indefinida y aparece como “–”, no como cero.',
		rows: 'Las filas siguen el volumen medio anual de CII según el GHM, de mayor a menor. Con un límite de N filas, los socios más allá de los N primeros se suman en la fila **Otros** como un solo grupo (su índice es el de su comercio sumado). Debajo, **Otros (media, como en el artículo)** da los mismos socios como lo hace la Tabla 2 del artículo: cada columna es la media sobre los socios dejados fuera, como la fila Media lo hace para todos. La fila **Media** es la media simple de cada columna sobre todos los socios (o sectores) con comercio, mostrados o no, como la fila “Média” del artículo. La fila **Total** trata toda la selección como un único grupo.'
	},
	'paper-tables': {
		heading: 'Las tablas del artículo',
		lead: 'Las Tablas 1 a 5 y las Figuras 1 a 3 de Castellano, Oliveira y Bittencourt son vistas de la aplicación: con los mismos datos, cada número se puede comprobar.',
		study:
			'El artículo estudia el comercio de Brasil con los 35 países de la OCDE de 2001 a 2016, con datos de Trade Map a nivel SA6, agrupados en los 15 sectores de más abajo.',
		views: {
			caption: 'Las tablas y figuras del artículo y las vistas correspondientes',
			paper: 'Artículo',
			inApp: 'En la aplicación',
			rows: {
				table1: {
					name: 'Tabla 1',
					view: 'Por socio: volumen medio anual de CII, CIIH y CIIV, según el GHM y el FF; los N mayores, “Otros”, “Media” y “Total”.'
				},
				table2: {
					name: 'Tabla 2',
					view: 'Por socio: índice medio anual del CII y composición CIIH/CII y CIIV/CII, GHM y FF.'
				},
				table3: {
					name: 'Tabla 3',
					view: 'Por socio: CIIVInf/CIIV y CIIVSup/CIIV, GHM y FF.'
				},
				table4: {
					name: 'Tabla 4',
					view: 'Las mismas columnas, por sector.'
				},
				figure1: {
					name: 'Figura 1',
					view: 'Índice medio anual del CII por sector.'
				},
				figure2: {
					name: 'Figura 2',
					view: 'CIIH y CIIV por sector (GHM).'
				},
				figure3: {
					name: 'Figura 3',
					view: 'CIIVInf y CIIVSup por sector (GHM).'
				},
				table5: {
					name: 'Tabla 5',
					view: 'Celdas sector × socio en las que el CIIVSup supera al CIIVInf, con α = 15 % y 25 % (a continuación).'
				}
			}
		}
	},
	'table-5': {
		heading: 'Tabla 5: dónde predomina el comercio vertical superior',
		lead: 'La Tabla 5 muestra dónde el declarante vendió, en promedio, productos más caros que los que compró: los pares sector × socio en los que el comercio vertical superior supera al inferior.',
		formula: {
			tRunsOver: 't recorre los años elegidos',
			cellListedWhen: 'la celda sector × socio entra cuando esa participación > 50 %,',
			thatIsWhen: 'es decir, cuando',
			overThePeriod: 'en el período'
		},
		alphas:
			'Como en el artículo, se calcula con dos factores de dispersión, α = 15 % y α = 25 % (se pueden elegir otros pares), según el GHM; también se ofrece el FF. Una celda aparece cuando predomina con al menos uno de los dos α, con una marca donde no predomina; los sectores con CIIV en los que el declarante no predomina con ningún socio se listan aparte (en el artículo, el textil). Un α mayor ensancha la banda horizontal y saca comercio del CIIV por ambos lados, así que la participación puede subir o bajar.'
	},
	beyond: {
		heading: 'Más allá del artículo',
		lead: 'Estas vistas no están en el artículo. Usan las mismas claves y las mismas clases, así que sus números coinciden con los de las tablas.'
	},
	series: {
		heading: 'Serie anual',
		lead: 'Muestra cómo cambia el comercio intraindustrial año a año, en lugar de la media del período.',
		formula: {
			undefinedWhen: 'indefinido si',
			iitVolume: 'volumen de CII'
		},
		lines:
			'Para toda la selección y para los socios, grupos o sectores elegidos; GHM en línea continua, FF en línea discontinua. La media de los índices anuales, sobre los años con comercio, es exactamente el índice medio anual de las tablas.'
	},
	heatmap: {
		heading: 'Mapa de calor socio × sector',
		lead: 'Muestra, en una cuadrícula, en qué combinaciones de socio y sector está el comercio intraindustrial.',
		cells:
			'Cada celda resume el comercio de un socio (o grupo) en un sector a lo largo del período, con las mismas fórmulas que las tablas: el índice medio anual del CII o la participación CIIVSup/CIIV, según el método elegido. Las filas son los N mayores socios por volumen de CII según el GHM, en el orden de la tabla; una celda vacía no tiene comercio. Cada celda abre sus productos.'
	},
	'drill-down': {
		heading: 'Productos: el detalle detrás de cada número',
		lead: 'Muestra, producto por producto, las claves detrás de cualquier número de una tabla.',
		columns:
			'Para cada clave: año, socio, producto SA6, sector, *X*, *M*, las cantidades y sus unidades, *UVx*, *UVm*, *R* (con el factor CIF/FOB aplicado), GL, la clase según el GHM (la de la superposición; un sentido cuando *X* o *M* es cero) y la clase según el FF. La lista se puede ordenar, filtrar por código o nombre del socio y descargar en CSV.',
		totals:
			'Los totales de la lista — *X*, *M*, *T* y cada clase — son sumas sobre los años elegidos y concilian con las tablas: divididos por el número de años |*Y*| dan los volúmenes medios anuales de la celda de partida.'
	},
	sensitivity: {
		heading: 'Sensibilidad a los umbrales',
		lead: 'Muestra cuánto dependen los resultados de los umbrales elegidos.',
		why: 'Los umbrales (15 % o 25 % para α, 10 % para θ) son convenciones, y la principal crítica de la literatura a estos métodos es justamente que son arbitrarios. Esta vista rehace la clasificación sobre una cuadrícula de valores, para ver si una conclusión — “el CIIV es sobre todo inferior”, por ejemplo — resiste a otras elecciones:',
		formula: {
			alphaGrid: 'de 5 % a 50 %, de punto en punto',
			thetaGrid: 'de 0 a 50 %, de punto en punto',
			with: 'con',
			share: 'participación',
			tradeInClass: 'comercio en la clase'
		},
		reading:
			'El θ y el α fijos son los valores en uso; las sumas recorren la selección y sus años, y las cinco participaciones suman 100 %. Cada punto de la cuadrícula es exactamente la clasificación de las tablas con ese umbral. Subir α ensancha la banda horizontal: el CIIH solo puede crecer y el CIIV solo puede disminuir; la parte en un solo sentido y lo no clasificado no dependen de α. Subir θ solo pasa comercio del FF de doble sentido a un sentido; el GHM no usa θ.'
	},
	stability: {
		heading: 'Estabilidad de las clases',
		lead: 'Muestra si un producto se queda en la misma clase de un año al siguiente.',
		pairs:
			'Compara las claves (declarante, socio y producto SA6, o partida SA4 al clasificar en SA4) con comercio *T* > 0 en dos años consecutivos *t* y *t*+1 de la selección; un año sin comercio interrumpe la comparación. Con FF cada clave tiene una clase cada año (una vía, CIIH, CIIV superior, CIIV inferior, no clasificado) y cuentan las claves de dos vías en al menos uno de los dos años. Con GHM se compara la clase del solapamiento (CIIH, CIIV superior, CIIV inferior, no clasificado) y cuentan las claves con solapamiento en ambos años. Con el filtro de valores unitarios activo, el atípico es una clase aparte.',
		reading:
			'La matriz de transición suma el comercio *T* de cada clave en el año *t*+1, fila = clase en *t*, columna = clase en *t*+1, sobre todos los pares de años; la participación estable es la de la diagonal. Usa los mismos α, θ y factor CIF/FOB de las tablas. Nielsen y Lüthje (2002) hallaron inestables las clases de los productos de un año al siguiente: una participación estable baja pide cautela al leer la clase de un producto en un solo año.'
	},
	'price-ranges': {
		heading: 'Rangos de precio en el mundo',
		lead: 'En la página Mundo (un año de BACI con todos los pares), cada flujo de exportación se compara con el precio mundial de su producto: alto, medio o bajo (Fontagné, Freudenberg y Péridy 1997, como en la base trade-types del CEPII).',
		reference:
			'El [dfn:valor unitario de referencia] de cada año y producto SA6 es la mediana de los valores unitarios de todos sus flujos con cantidad utilizable, ponderada por el valor de cada flujo (la mediana inferior cuando el peso se divide exactamente por la mitad).',
		ranges:
			'Un flujo es de *gama alta* cuando *UV* > (1 + α)·ref, de *gama baja* cuando *UV* < ref / (1 + α), y *medio* en los demás casos; sin cantidad utilizable queda *sin rango*. La página muestra, por exportador (y por exportador × socio, × sector), las participaciones del valor exportado en cada rango; el detalle de un par lista sus mayores flujos con su valor de referencia. Desde la línea de comandos: `npm run cli -- price-ranges FILE --out ranges.csv`.'
	},
	marginal: {
		heading: 'CII marginal (índice A de Brülhart)',
		lead: 'El CII marginal mira el cambio del comercio entre dos años: si las exportaciones y las importaciones de un producto crecieron (o cayeron) juntas, el cambio fue intraindustrial.',
		formula: {
			year: 'año'
		},
		index:
			'Es el índice A de Brülhart (1994), producto por producto (SA6) y socio por socio, sumado por socio, grupo o sector. El A agregado es la media de los *A_i* ponderada por |Δ*X_i*| + |Δ*M_i*|. Va de 0 a 1: 1 cuando exportaciones e importaciones cambiaron en el mismo monto; 0 cuando el cambio fue todo de un lado o en sentidos opuestos. Queda indefinido cuando nada cambió. Un producto comerciado en solo uno de los años cuenta como cero en el otro.',
		example:
			'Ejemplo: el producto 1 pasa de *X* = 100, *M* = 50 a *X* = 150, *M* = 100 (Δ*X* = Δ*M* = 50, *A_1* = 1); el producto 2 solo aparece en el año B, con *X* = 30 (Δ*X* = 30, Δ*M* = 0, *A_2* = 0). Entonces *A* = 1 − (0 + 30) / (100 + 30) = 100/130 ≈ 0,77.',
		why: 'Por qué importa: Brülhart sostiene que el costo de ajuste a una apertura comercial depende de la estructura del cambio del comercio, no del nivel del CII en un año. Un A alto sugiere que trabajadores y capital se reubican dentro de las mismas industrias, con menores costos de ajuste. El A no usa cantidades ni umbrales (α, θ ni factor CIF/FOB). Para los grupos de países vale la composición del año B.'
	},
	quality: {
		heading: 'Índice de calidad relativa',
		lead: 'Resume en un solo número cuánto más caro (o más barato) vende el declarante de lo que compra los mismos productos a los mismos socios.',
		formula: {
			keysWith: 'claves con',
			defined: 'definido',
			weights: 'pesos',
			mean: 'media',
			spread: 'dispersión',
			premium: 'prima'
		},
		premium:
			'La prima es la diferencia típica de precio entre exportaciones e importaciones: +34 % significa que, en una media geométrica ponderada por el valor, el declarante vende un 34 % más caro por unidad de lo que compra; una prima negativa indica productos vendidos más baratos. La dispersión *s*, en puntos logarítmicos, dice cuán distintos son los productos: una media cercana a cero con una *s* grande esconde productos muy superiores y muy inferiores. La [dfn:cobertura] es Σ*w* dividido por el comercio total de la fila: la parte del comercio que se pudo comparar.',
		example:
			'Ejemplo: una clave con *R* = 2 y *T* = 100 y otra con *R* = 0,5 y *T* = 300 dan *m* = (100 − 300) · ln 2 / 400 ≈ −0,347, prima = 2^{−1/2} − 1 ≈ −29,3 % y *s* = ln 2 · √3 / 2 ≈ 0,600.',
		thresholds:
			'El índice no usa umbrales, así que no depende ni de α ni de θ: dos productos con *R* = 1,14 y 1,16 caen en clases distintas en el GHM al 15 %, pero aquí pesan casi igual. Sí depende del factor CIF/FOB *f*: cada *R* se multiplica por *f*, así que *m* sube exactamente ln *f* y *s* no cambia.'
	},
	groups: {
		heading: 'Grupos de países como socios',
		lead: 'Un grupo de países (OCDE, Unión Europea, Mercosur…) puede ocupar el lugar de un socio; sus cifras son la suma de las cifras bilaterales de sus miembros.',
		bilateral:
			'Por eso el CII de un grupo es la suma de los CII bilaterales, no el CII del comercio sumado del grupo. Si Brasil exporta 100 de un producto a un país e importa 100 del mismo producto de otro, no hay CII con ninguno de los dos, y el grupo también muestra cero, aunque el comercio sumado parezca perfectamente de doble sentido: la superposición se mide país por país, como en el artículo.',
		membership:
			'Un país cuenta en un grupo solo en los años en que era miembro: la OCDE por año de adhesión; la UE27 con su composición de 2020 (la EU27_2020 de Eurostat) en todos los años; el Mercosur, los BRICS y el G20 como en la tabla de abajo. Los grupos personalizados (un nombre y una lista de países) valen para todos los años. En el CII marginal vale la composición del año más reciente. El artículo analiza los 35 miembros de la OCDE durante todo el período 2001–2016; para reproducirlo, use un grupo personalizado con esos 35 países.',
		table: {
			caption: 'Miembros de cada grupo y los años en que cuentan',
			group: 'Grupo',
			members: 'Miembros (años)',
			everyYear: 'Todos los años'
		}
	},
	filters: {
		heading: 'Filtros',
		lead: 'Los filtros eligen lo que entra en todas las vistas a la vez.',
		scope:
			'Sectores, capítulos del SA, años y socios (un país, un grupo o todos) se aplican a las tablas, los gráficos, el mapa de calor, los productos, la sensibilidad, el CII marginal y el índice de calidad, así que los números de todas las vistas concuerdan. Sectores y capítulos se aplican juntos: un producto debe estar en un sector elegido y en un capítulo elegido. El intervalo de años es inclusivo, y |*Y*| cuenta todos los años del intervalo, incluso los que no tienen comercio. El CII marginal usa los dos años elegidos en él.'
	},
	determinants: {
		heading: 'Determinantes del CIIV (regresión de panel)',
		lead: 'Muestra qué explica el volumen de comercio intraindustrial vertical entre el declarante y cada socio, con las tres estimaciones de los Cuadros 6 y 7 del artículo, por GHM y por FF lado a lado.',
		equation: 'La ecuación (5) del artículo, para el declarante *i*, el socio *j* y el año *t*:',
		formula: {
			gdp: 'PIB',
			gdpPerCapita: 'PIBpc',
			fixedEffects: 'EF',
			randomEffects: 'EA'
		},
		variables:
			'CIIV_{ijt} = CIIVSup + CIIVInf del socio en el año, sumado sobre los sectores y capítulos elegidos, por GHM y por FF con α = {alpha} (FF con θ = {theta}). Los interceptos de año *a_{t}* son opcionales (activados por defecto, como en el artículo) y quedan fuera del cuadro; θ_{ij} es la heterogeneidad no observada de cada par de países. El PIB, el PIB per cápita y la distancia provienen de los archivos de covariables que aporta el usuario (abajo).',
		covariates:
			'**Covariables.** Pueden soltarse varios archivos a la vez; el tipo de cada uno se lee de su cabecera y se unen por país (ISO3) y año. (1) La *plantilla* de la vista (ISO3, año, PIB, PIB per cápita y, opcionalmente, la distancia en km al declarante), ya completada con los socios y los años del análisis. (2) El *dist_cepii* de CEPII GeoDist (Mayer y Zignago, 2011): las filas del declarante dan la distancia a cada socio, en la medida elegida — `dist` (entre las ciudades principales, por defecto), `distcap` (entre las capitales) o `distw` (ponderada por la población); `.` es ausente; los códigos antiguos del CEPII se leen como los actuales (ROM Rumania, ZAR RD del Congo, PAL Cisjordania y Gaza, TMP Timor-Leste, YUG Serbia). Su archivo de países, *geo_cepii*, no tiene distancias bilaterales y se rechaza. (3) Descargas del *WDI* del Banco Mundial, largas (DataBank: Series Code, Country Code, Time, Value) o anchas (el CSV del WDI con su preámbulo, o DataBank con los años en columnas): NY.GDP.MKTP.* es el PIB, NY.GDP.PCAP.* el PIB per cápita; `..` es ausente; las regiones y grupos de ingreso (WLD, EUU, HIC…) y las notas al pie de DataBank se apartan y se cuentan. Se usa una serie por variable en todos los archivos: US$ constantes antes que US$ corrientes antes que PPA (los precios constantes quitan la inflación del dólar del ln PIB); la serie usada se indica junto a los resultados. Donde falta el PIB per cápita pero hay PIB y población (SP.POP.TOTL), es el PIB ÷ población. Los valores del Banco Mundial van antes que los de la plantilla, y las distancias del dist_cepii antes que las de la plantilla; por lo demás cuenta el primer archivo. Cada fila se usa o se cuenta con su motivo y sus primeras líneas; el PIB debe estar en una misma moneda y base en todas las filas.',
		signs:
			'Signos esperados, los del artículo: *b1*, *b2* > 0 (el tamaño del mercado aumenta el CIIV), *b3* < 0 (la distancia, como costo de transporte, lo reduce) y *b4* > 0 (según la teoría de Falvey y Kierzkowski, las diferencias de dotación de factores, medidas por la diferencia de renta per cápita, llevan a comerciar calidades distintas).',
		observations:
			'Cada observación es un socio en un año. Las que tienen CIIV = 0 no tienen logaritmo y se descartan y se cuentan; también las que no tienen el PIB del declarante o del socio ese año, las de igual PIB per cápita (DIF = 0) y las que no tienen distancia. La vista indica cuántas de cada una.',
		estimators: {
			heading: 'Estimadores',
			pooled:
				'**MCO agrupados**: mínimos cuadrados sobre todas las observaciones, ignorando θ_{ij}.',
			fixed:
				'**Efectos fijos** ([i:within]): cada variable menos su media en el socio; estima solo lo que varía dentro de cada socio. No hay intercepto común, y la distancia, constante por socio, sale del modelo.',
			random:
				'**Efectos aleatorios** (Swamy y Arora, 1972): cada variable menos θ_{i} veces su media en el socio, con θ_{i} = 1 − √(σ²_{ν} / (σ²_{ν} + T_{i} σ²_{μ})); σ²_{ν} proviene de los residuos de efectos fijos y σ²_{μ} de la regresión entre socios. En paneles no balanceados θ_{i} cambia con el número de años T_{i} de cada socio, como en plm.'
		},
		hausman:
			'La **prueba de Hausman** (1978) compara efectos fijos y aleatorios en los coeficientes que ambos estiman, con la matriz de covarianzas completa de la diferencia:',
		hausmanReading:
			'Con p < 0,05 se prefieren los efectos fijos (los aleatorios estarían sesgados); si no, no se rechazan los efectos aleatorios.',
		standardErrors:
			'Los errores estándar pueden ser los clásicos o los robustos agrupados por socio (Arellano, 1987), con la corrección HC1 n/(n − k), como `vcovHC(method = "arellano", type = "HC1")` de plm; los robustos son el valor por defecto, como en el artículo. Las estrellas marcan p < 0,01 (\\*\\*\\*), p < 0,05 (\\*\\*) y p < 0,10 (\\*), bilateral, con los grados de libertad residuales del modelo. Una variable perfectamente colineal con las demás se excluye con una nota que dice por qué: el PIB del declarante, por ejemplo, solo varía con el año y se confunde con los efectos de año; la distancia no varía dentro de los socios y desaparece con los efectos fijos. La descomposición es QR con pivoteo, nunca la inversa directa de X′X.',
		validation:
			'Las estimaciones coinciden con el paquete plm 2.6 de R (Croissant y Millo, 2008) en 6 cifras significativas —coeficientes, los dos tipos de error estándar, R² y la prueba de Hausman—, comprobado con los datos de Grunfeld. El R² es el del modelo sobre los datos transformados, como el de plm.',
		distances:
			'**Distancias.** Sin la columna de distancia en el archivo, se usa la distancia ortodrómica (de círculo máximo, por la fórmula del haversine con el radio medio de la Tierra, 6371,0088 km) entre las capitales de los dos países, con las coordenadas de Natural Earth, [i:Populated Places] 1:110m (dominio público); donde hay más de una capital, la sede del gobierno (Ámsterdam, La Paz, Pretoria). Una distancia de los archivos, cuando existe (el dist_cepii, o la columna de la plantilla), tiene prioridad.'
	},
	sectors: {
		heading: 'Los 15 sectores y sus capítulos del SA',
		lead: 'Los productos se agrupan en 15 sectores por capítulo del SA (los dos primeros dígitos del código), como en el artículo.',
		table: {
			caption: 'Sectores y capítulos del SA',
			sector: 'Sector',
			chapters: 'Capítulos'
		},
		stoneGlass:
			'El artículo llama “Ferro/Vidro” (hierro/vidrio) al sector de los capítulos 68–71. Esos capítulos son de piedra, cemento, cerámica, vidrio, perlas, piedras y metales preciosos; el hierro y el acero están en Metales (72–83). Por eso aquí se llama “Piedra y vidrio”.'
	},
	'cif-fob': {
		heading: 'CIF y FOB',
		lead: 'Las importaciones suelen registrarse con flete y seguro, y las exportaciones sin ellos; eso hace que el valor unitario de las importaciones parezca más alto y empuja el comercio hacia “inferior”.',
		valuation:
			'Las exportaciones son siempre FOB (el valor en la frontera del exportador). Las importaciones son CIF (costo, seguro y flete hasta la frontera del importador) en UN Comtrade, en WITS y en Trade Map, que usan datos de Comtrade, y en las importaciones de Eurostat Comext. Son FOB en BACI, donde el CEPII quita los costos de flete y seguro al conciliar los flujos, y en Comex Stat (`VL_FOB` en ambos sentidos). La aplicación indica la valoración del archivo leído.',
		factor:
			'Con importaciones CIF, *UVm* incluye flete y seguro, *R* baja y parte del comercio pasa de CIIVSup o CIIH a CIIVInf. El [dfn:factor CIF/FOB] *f* (la razón entre el valor CIF y el FOB, por ejemplo 1,05 cuando flete y seguro suman un 5 %) divide los valores de importación antes de comparar los valores unitarios:',
		inUse:
			'En uso: *f* = {cifFobFactor} (1 = sin corrección; mantenga 1 con datos FOB como BACI y Comex Stat). El factor solo cambia la comparación de precios: *R*, las clases CIIH, CIIVSup y CIIVInf y el índice de calidad. Nunca cambia los valores de comercio, el GL, la prueba de doble sentido del FF, los volúmenes ni el CII marginal. El artículo usó datos de Trade Map, con importaciones CIF: parte del predominio del CIIVInf puede deberse al flete y al seguro, lo que el análisis de sensibilidad y el factor permiten comprobar.'
	},
	robustness: {
		heading: 'Opciones de robustez',
		lead: 'Cuatro opciones, las tres primeras desactivadas por defecto (las cifras del artículo), rehacen la clasificación de otra manera. Cuando una está activada se nombra encima de cada vista (“Opciones en vigor: …”), en el informe y en los enlaces; no se pierde ningún dólar: lo que una opción saca de la clasificación va a una parte nombrada del “no clasificado”.',
		screen:
			'[dfn:Filtro de valores unitarios]. Un valor unitario de una clave (el de sus exportaciones o el de sus importaciones) es atípico, por grupo (año, producto en el nivel clasificado, unidad de cantidad), fuera de \\[*Q*(*p*), *Q*(1 − *p*)\\], los cuantiles del grupo (como `quantile(type = 7)` de R; los grupos de menos de 5 valores no se filtran), o por encima de *k* veces la media del grupo o por debajo de la media dividida por *k* (Hallak 2006). El comercio (GHM: el solapamiento; FF: el comercio en ambos sentidos) de una clave con un valor atípico va a “no clasificado — valor unitario atípico”, mostrado aparte en las tablas; el Registro cuenta las claves filtradas y su comercio. En la app: Configuración → Opciones de robustez → Filtro de valores unitarios, eligiendo cuantiles (*p* = 0,05 por defecto) o múltiplo de la media (*k* = 5 por defecto).',
		valuation:
			'[dfn:FOB donde se informa]. Cuando una fila trae el valor FOB de las importaciones (`fobvalue` de Comtrade+, `FOB Trade Value (US$)` del Comtrade antiguo), la opción usa ese valor en la fila, y el factor CIF/FOB solo divide las filas sin él. El Registro muestra el valor de las importaciones valorado de cada forma. En la app: marque “FOB donde se informa” en las Opciones de robustez; la casilla solo se activa cuando algún archivo leído informa importaciones FOB.',
		level:
			'[dfn:Nivel de clasificación]. “SA4” suma las claves por (año, declarante, socio, partida de 4 dígitos) — valores y cantidades, con la regla de las cantidades faltantes — antes de aplicar GHM y FF. En la app: Opciones de robustez → Nivel de clasificación → SA4.',
		editions:
			'[dfn:Ediciones del SA]. Cuando los años leídos están en más de una edición del SA (las ediciones de 2007, 2012, 2017 y 2022 cambiaron códigos), cada clave se convierte a la edición más antigua presente con las tablas de correspondencia de la UNSD, y los datos del conjunto dicen cuántas claves cambiaron de código: activado por defecto. Para clasificar los códigos como se leyeron: Opciones de robustez → Ediciones del SA mezcladas → Mantener los códigos como se leyeron (se ofrece solo cuando las ediciones se mezclan).'
	},
	ledger: {
		heading: 'Qué se descarta y por qué',
		lead: 'Ninguna fila desaparece sin explicación: cada fila leída se usa o se cuenta como descartada, con su motivo.',
		tab: 'La pestaña Registro muestra, para cada análisis, las filas leídas, usadas y descartadas por motivo (con los números de las primeras filas de cada motivo), los valores leídos, usados y descartados, y los elementos de archivos comprimidos que se dejaron de lado (un léame, la tabla de productos). El registro se puede descargar en CSV o JSON. Las cuentas cuadran:',
		formula: {
			rowsRead: 'filas leídas',
			rowsUsed: 'filas usadas',
			rowsDropped: 'filas descartadas',
			byReason: 'por motivo',
			valueRead: 'valor leído',
			valueUsed: 'valor usado',
			valueDropped: 'valor descartado',
			overAllKeys: 'sobre todas las claves'
		},
		reasons:
			'El valor descartado suma las filas cuyo valor se pudo leer; la última igualdad vale salvo el redondeo de coma flotante. Los motivos: los socios “Mundo” y los agregados regionales contarían el comercio dos veces; los totales SA2 y SA4 también; las reexportaciones y reimportaciones quedan fuera por defecto (una opción permite incluirlas), porque no son producción del país; el comercio de un país consigo mismo no es comercio internacional. La lista completa:',
		errors:
			'Un error en un archivo (ilegible, formato equivocado, falta una columna obligatoria) detiene el análisis con un mensaje que indica el archivo, la fila y la columna; la aplicación nunca muestra resultados parciales en silencio.'
	},
	sources: {
		heading: 'Referencias y fuentes de datos',
		lead: 'Los métodos, el artículo reproducido y las bases de datos que lee la aplicación.',
		methodsHeading: 'Métodos y artículo',
		methods: [
			'Abd-el-Rahman, K. (1991). Firms’ competitive and national comparative advantages as joint determinants of trade composition. [cite:Weltwirtschaftliches Archiv], 127.',
			'Arellano, M. (1987). Computing robust standard errors for within-groups estimators. [cite:Oxford Bulletin of Economics and Statistics], 49(4), 431–434. doi:10.1111/j.1468-0084.1987.mp49004006.x',
			'Brülhart, M. (1994). Marginal intra-industry trade: measurement and relevance for the pattern of industrial adjustment. [cite:Weltwirtschaftliches Archiv], 130(3), 600–613. doi:10.1007/BF02707615',
			'Castellano, E. F. de A., Oliveira, C. C. A. de y Bittencourt, M. V. L. Análise da qualidade do comércio entre Brasil e países da OCDE \\[Análisis de la calidad del comercio entre Brasil y países de la OCDE\\]. Universidad Federal de Paraná (UFPR; PPGDE/UFPR). Área 5: Economía Internacional; JEL F10, F14, F15. Datos de Trade Map, 2001–2016.',
			'Croissant, Y. y Millo, G. (2008). Panel data econometrics in R: the plm package. [cite:Journal of Statistical Software], 27(2), 1–43. doi:10.18637/jss.v027.i02',
			'Falvey, R. E. y Kierzkowski, H. (1987). Product quality, intra-industry trade and (im)perfect competition. En H. Kierzkowski (ed.), [cite:Protection and Competition in International Trade]. Oxford: Basil Blackwell.',
			'Fontagné, L. y Freudenberg, M. (1997). Intra-industry trade: methodological issues reconsidered. [cite:CEPII Working Paper] 97-01.',
			'Greenaway, D., Hine, R. C. y Milner, C. (1994). Country-specific factors and the pattern of horizontal and vertical intra-industry trade in the UK. [cite:Weltwirtschaftliches Archiv], 130(1). doi:10.1007/BF02706010',
			'Greenaway, D., Hine, R. C. y Milner, C. (1995). Vertical and horizontal intra-industry trade: a cross industry analysis for the United Kingdom. [cite:The Economic Journal], 105(433). doi:10.2307/2235113',
			'Grubel, H. G. y Lloyd, P. J. (1975). [cite:Intra-Industry Trade: The Theory and Measurement of International Trade in Differentiated Products]. Londres: Macmillan.',
			'Hausman, J. A. (1978). Specification tests in econometrics. [cite:Econometrica], 46(6), 1251–1271. doi:10.2307/1913827',
			'Nielsen, J. U.-M. y Lüthje, T. (2002). Tests of the empirical classification of horizontal and vertical intra-industry trade. [cite:Weltwirtschaftliches Archiv], 138(4), 587–604.',
			'Swamy, P. A. V. B. y Arora, S. S. (1972). The exact finite sample properties of the estimators of coefficients in the error components regression models. [cite:Econometrica], 40(2), 261–275. doi:10.2307/1909405'
		],
		journalRenamed:
			'La [cite:Weltwirtschaftliches Archiv] se llama hoy [cite:Review of World Economics].',
		dataHeading: 'Datos',
		data: [
			'BACI — CEPII. Gaulier, G. y Zignago, S. (2010). BACI: International Trade Database at the Product-Level. The 1994–2007 Version. [cite:CEPII Working Paper] 2010-23.',
			'UN Comtrade (Comtrade+ y la versión anterior) — División de Estadística de las Naciones Unidas.',
			'Comex Stat — Ministerio de Desarrollo, Industria, Comercio y Servicios de Brasil (MDIC), Secretaría de Comercio Exterior (SECEX).',
			'Eurostat Comext — Comisión Europea.',
			'WITS (World Integrated Trade Solution) — Banco Mundial.',
			'Trade Map — Centro de Comercio Internacional (ITC); la fuente del artículo.',
			'GeoDist (dist_cepii) — CEPII. Mayer, T. y Zignago, S. (2011). Notes on CEPII’s distances measures: the GeoDist database. [cite:CEPII Working Paper] 2011-25.',
			'World Development Indicators (WDI) — Banco Mundial: PIB (NY.GDP.MKTP.*), PIB per cápita (NY.GDP.PCAP.*), población (SP.POP.TOTL).',
			'Capitales de las distancias incorporadas: Natural Earth, [i:Populated Places] 1:110m (naturalearthdata.com, dominio público).',
			'Fronteras del mapa: Natural Earth, [i:Admin 0 – Countries] 1:110m (naturalearthdata.com, dominio público).',
			'Códigos de países: la tabla de países de BACI, versión V202201 (CEPII, Licencia Abierta Etalab 2.0). Nombres de países: la lista de su propio navegador (Intl.DisplayNames).'
		]
	}
};
