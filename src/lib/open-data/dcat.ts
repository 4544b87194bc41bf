/**
 * The catalogue in DCAT (W3C Data Catalog Vocabulary, version 2) as JSON-LD: a dcat:Catalog of
 * dcat:Dataset, each with its distributions (CSV, JSON and the data package) and their download
 * addresses and media types. Pure: the caller gives absolute URLs.
 */

export interface DcatDistribution {
  title: string;
  url: string;
  /** IANA media type, e.g. text/csv. */
  mediaType: string;
  bytes?: number | undefined;
  sha256?: string | undefined;
}

export interface DcatDataset {
  id: string;
  title: string;
  description: string;
  /** Absolute URL of the page that shows the data. */
  landingPage: string;
  /** YYYY-MM-DD */
  issued: string;
  modified: string;
  keywords: string[];
  distributions: DcatDistribution[];
}

export interface DcatCatalog {
  /** Absolute URL of catalog.jsonld itself: the catalogue's identifier. */
  url: string;
  homepage: string;
  title: string;
  description: string;
  publisher: string;
  licence: string;
  licenceUrl?: string | undefined;
  language: string;
  modified: string;
  datasets: DcatDataset[];
}

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const zh = (text: string) => ({ '@value': text, '@language': 'zh-CN' });
const day = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
const mediaType = (t: string) => ({ '@id': `https://www.iana.org/assignments/media-types/${t}` });

export function dcatCatalog(c: DcatCatalog): Record<string, unknown> {
  const publisher = { '@id': `${c.homepage}#publisher`, '@type': 'foaf:Agent', 'foaf:name': zh(c.publisher) };
  const license = c.licenceUrl ? { '@id': c.licenceUrl, '@type': 'dct:LicenseDocument', 'dct:title': zh(c.licence) } : { '@type': 'dct:LicenseDocument', 'dct:title': zh(c.licence) };
  return {
    '@context': CONTEXT,
    '@id': c.url,
    '@type': 'dcat:Catalog',
    'dct:title': zh(c.title),
    'dct:description': zh(c.description),
    'dct:publisher': publisher,
    'dct:license': license,
    'dct:language': { '@id': 'http://id.loc.gov/vocabulary/iso639-1/zh' },
    'dct:modified': day(c.modified),
    'foaf:homepage': { '@id': c.homepage },
    'dcat:dataset': c.datasets.map((d) => ({
      '@id': `${c.homepage}#dataset-${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': zh(d.title),
      'dct:description': zh(d.description),
      'dct:publisher': { '@id': publisher['@id'] },
      'dct:license': license,
      'dct:issued': day(d.issued),
      'dct:modified': day(d.modified),
      'dcat:keyword': d.keywords.map(zh),
      'dcat:landingPage': { '@id': d.landingPage },
      'dcat:distribution': d.distributions.map((f) => ({
        '@id': `${f.url}#distribution`,
        '@type': 'dcat:Distribution',
        'dct:title': f.title,
        'dct:license': license,
        'dcat:downloadURL': { '@id': f.url },
        'dcat:accessURL': { '@id': f.url },
        'dcat:mediaType': mediaType(f.mediaType),
        ...(f.bytes !== undefined ? { 'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' } } : {}),
        ...(f.sha256
          ? { 'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': { '@id': 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256' }, 'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' } } }
          : {}),
      })),
    })),
  };
}
