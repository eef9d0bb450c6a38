/** Messages of the start part (merged into the dictionaries in pt-BR.ts, en.ts, es.ts). */
import type { Translations } from './translations';

export const ptBR = {
	'start.guide.title': 'Primeiros passos',
	'start.guide.intro':
		'O IIT Explorer mede o comércio intraindústria a partir dos seus arquivos de comércio. Tudo é calculado neste navegador: nenhum dado sai do seu computador.',
	'start.guide.open': 'Guia',
	'start.guide.openLabel': 'Abrir o guia de primeiros passos',
	'start.guide.dismiss': 'Entendi, fechar o guia',
	'start.guide.drop.title': 'O que soltar',
	'start.guide.drop.text':
		'Arraste para a área de arquivos um ou mais CSV (ou ZIP) baixados de uma das bases abaixo. O formato é reconhecido pelo cabeçalho; para outros arquivos, você indica as colunas.',
	'start.guide.sources.title': 'Onde baixar os arquivos',
	'start.guide.source.baci':
		'CEPII, página “BACI”: escolha uma versão do SH; o ZIP traz um CSV por ano e a tabela de países.',
	'start.guide.source.comtrade':
		'UN Comtrade, “Comtrade+ — Trade Data”: dados anuais, SH a 6 dígitos, todos os parceiros, baixados em CSV.',
	'start.guide.source.comex':
		'Comex Stat (MDIC), “Base de dados bruta”: EXP_AAAA.csv e IMP_AAAA.csv por NCM, junto com a tabela PAIS.csv.',
	'start.guide.source.comext':
		'Eurostat, “Comext — bulk download” (DS-045409): comércio dos países da UE, com valores em euros.',
	'start.guide.source.wits':
		'Banco Mundial, WITS, “Advanced Query — Trade Data”: SH a 6 dígitos, exportado em CSV.',
	'start.guide.meaning.title': 'O que os resultados significam',
	'start.guide.meaning.iit':
		'Comércio intraindústria (IIT): a parte do comércio em que o país exporta e importa o mesmo produto com o mesmo parceiro.',
	'start.guide.meaning.horizontal':
		'Horizontal: os dois lados vendem a preços unitários parecidos, ou seja, variedades de qualidade semelhante.',
	'start.guide.meaning.vertical':
		'Vertical: os preços unitários diferem mais do que a margem escolhida, sinal de qualidades diferentes.',
	'start.guide.meaning.superior':
		'Qualidade superior: o país vende mais caro do que compra do mesmo parceiro no mesmo produto.',
	'start.guide.meaning.inferior':
		'Qualidade inferior: o país vende mais barato do que compra, competindo sobretudo por preço.',
	'start.samples.title': 'Experimente com uma amostra',
	'start.samples.intro':
		'Dados sintéticos, só para conhecer a ferramenta. Cada link pode ser copiado e compartilhado.',
	'start.sample.demo.title': 'Demonstração BACI',
	'start.sample.demo.description':
		'Brasil com 26 parceiros, 2015–2022, todos os setores, no formato BACI.',
	'start.sample.consortium.title': 'Consórcio de calçados e couro',
	'start.sample.consortium.basket': 'Calçados e couro',
	'start.sample.consortium.description':
		'Arquivos Comex Stat de 2021–2022 ricos em couro e calçados (capítulos 41–43 e 64), para testar uma cesta de consórcio.'
};

export const en: Translations<typeof ptBR> = {
	'start.guide.title': 'Getting started',
	'start.guide.intro':
		'IIT Explorer measures intra-industry trade from your trade files. Everything is computed in this browser: no data leaves your computer.',
	'start.guide.open': 'Guide',
	'start.guide.openLabel': 'Open the getting-started guide',
	'start.guide.dismiss': 'Got it, close the guide',
	'start.guide.drop.title': 'What to drop',
	'start.guide.drop.text':
		'Drag one or more CSV (or ZIP) files downloaded from one of the sources below onto the file area. The format is recognised from the header; for other files you pick the columns.',
	'start.guide.sources.title': 'Where to get the files',
	'start.guide.source.baci':
		'CEPII, “BACI” page: choose an HS version; the ZIP holds one CSV per year and the country table.',
	'start.guide.source.comtrade':
		'UN Comtrade, “Comtrade+ — Trade Data”: annual data, 6-digit HS, all partners, downloaded as CSV.',
	'start.guide.source.comex':
		'Comex Stat (MDIC), “Base de dados bruta”: EXP_YYYY.csv and IMP_YYYY.csv by NCM, together with the PAIS.csv table.',
	'start.guide.source.comext':
		'Eurostat, “Comext — bulk download” (DS-045409): trade of EU countries, with values in euros.',
	'start.guide.source.wits':
		'World Bank, WITS, “Advanced Query — Trade Data”: 6-digit HS, exported as CSV.',
	'start.guide.meaning.title': 'What the results mean',
	'start.guide.meaning.iit':
		'Intra-industry trade (IIT): the part of trade in which a country both exports and imports the same product with the same partner.',
	'start.guide.meaning.horizontal':
		'Horizontal: both sides sell at similar unit values, that is, varieties of similar quality.',
	'start.guide.meaning.vertical':
		'Vertical: unit values differ by more than the chosen margin, a sign of different qualities.',
	'start.guide.meaning.superior':
		'Superior quality: the country sells dearer than it buys from the same partner in the same product.',
	'start.guide.meaning.inferior':
		'Inferior quality: the country sells cheaper than it buys, competing mostly on price.',
	'start.samples.title': 'Try a sample',
	'start.samples.intro':
		'Synthetic data, only to get to know the tool. Each link can be copied and shared.',
	'start.sample.demo.title': 'BACI demo',
	'start.sample.demo.description':
		'Brazil with 26 partners, 2015–2022, every sector, in BACI format.',
	'start.sample.consortium.title': 'Footwear and leather consortium',
	'start.sample.consortium.basket': 'Footwear and leather',
	'start.sample.consortium.description':
		'Comex Stat files for 2021–2022 rich in leather and footwear (chapters 41–43 and 64), to try a consortium basket.'
};

export const es: Translations<typeof ptBR> = {
	'start.guide.title': 'Primeros pasos',
	'start.guide.intro':
		'IIT Explorer mide el comercio intraindustrial a partir de sus archivos de comercio. Todo se calcula en este navegador: ningún dato sale de su computadora.',
	'start.guide.open': 'Guía',
	'start.guide.openLabel': 'Abrir la guía de primeros pasos',
	'start.guide.dismiss': 'Entendido, cerrar la guía',
	'start.guide.drop.title': 'Qué soltar',
	'start.guide.drop.text':
		'Arrastre al área de archivos uno o más CSV (o ZIP) descargados de una de las fuentes de abajo. El formato se reconoce por el encabezado; para otros archivos, usted indica las columnas.',
	'start.guide.sources.title': 'Dónde descargar los archivos',
	'start.guide.source.baci':
		'CEPII, página «BACI»: elija una versión del SA; el ZIP trae un CSV por año y la tabla de países.',
	'start.guide.source.comtrade':
		'UN Comtrade, «Comtrade+ — Trade Data»: datos anuales, SA a 6 dígitos, todos los socios, descargados en CSV.',
	'start.guide.source.comex':
		'Comex Stat (MDIC), «Base de dados bruta»: EXP_AAAA.csv e IMP_AAAA.csv por NCM, junto con la tabla PAIS.csv.',
	'start.guide.source.comext':
		'Eurostat, «Comext — bulk download» (DS-045409): comercio de los países de la UE, con valores en euros.',
	'start.guide.source.wits':
		'Banco Mundial, WITS, «Advanced Query — Trade Data»: SA a 6 dígitos, exportado en CSV.',
	'start.guide.meaning.title': 'Qué significan los resultados',
	'start.guide.meaning.iit':
		'Comercio intraindustrial (CII): la parte del comercio en que el país exporta e importa el mismo producto con el mismo socio.',
	'start.guide.meaning.horizontal':
		'Horizontal: ambos lados venden a valores unitarios parecidos, es decir, variedades de calidad similar.',
	'start.guide.meaning.vertical':
		'Vertical: los valores unitarios difieren más que el margen elegido, señal de calidades distintas.',
	'start.guide.meaning.superior':
		'Calidad superior: el país vende más caro de lo que compra al mismo socio en el mismo producto.',
	'start.guide.meaning.inferior':
		'Calidad inferior: el país vende más barato de lo que compra, compitiendo sobre todo por precio.',
	'start.samples.title': 'Pruebe con una muestra',
	'start.samples.intro':
		'Datos sintéticos, solo para conocer la herramienta. Cada enlace se puede copiar y compartir.',
	'start.sample.demo.title': 'Demostración BACI',
	'start.sample.demo.description':
		'Brasil con 26 socios, 2015–2022, todos los sectores, en formato BACI.',
	'start.sample.consortium.title': 'Consorcio de calzado y cuero',
	'start.sample.consortium.basket': 'Calzado y cuero',
	'start.sample.consortium.description':
		'Archivos Comex Stat de 2021–2022 ricos en cuero y calzado (capítulos 41–43 y 64), para probar una canasta de consorcio.'
};
