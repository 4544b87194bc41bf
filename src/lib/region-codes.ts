/**
 * Region prefixes of resident ID numbers (GB/T 2260): the 2-digit province and, per province,
 * the 2-digit prefectures (地级行政区) as they stand today. A first-generation 15-digit ID has
 * no check character, so a known region prefix is what tells it apart from any 15-digit number.
 *
 * Data only: province and prefecture codes are a public national standard, not personal data.
 * Prefectures 21–35 are accepted in every province as well: before they became cities the
 * 地区 and 盟 carried codes in that range, and first-generation IDs were issued with them.
 * 71 (台湾), 81 (香港), 82 (澳门) and 83 (港澳台居民居住证) only occur in 18-digit numbers.
 */
const PREFECTURES: Record<string, string> = {
  '11': '01',
  '12': '01',
  '13': '0102030405060708091011',
  '14': '0102030405060708091011',
  '15': '010203040506070809222529',
  '21': '0102030405060708091011121314',
  '22': '010203040506070824',
  '23': '01020304050607080910111227',
  '31': '01',
  '32': '01020304050607080910111213',
  '33': '0102030405060708091011',
  '34': '01020304050607081011121315161718',
  '35': '010203040506070809',
  '36': '0102030405060708091011',
  '37': '01020304050607080910111314151617',
  '41': '010203040506070809101112131415161790',
  '42': '0102030506070809101112132890',
  '43': '0102030405060708091011121331',
  '44': '010203040506070809121314151617181920515253',
  '45': '0102030405060708091011121314',
  '46': '0102030490',
  '50': '0102',
  '51': '010304050607080910111314151617181920323334',
  '52': '010203040506232627',
  '53': '01030405060708092325262829313334',
  '54': '01020304050625',
  '61': '01020304050607080910',
  '62': '0102030405060708091011122930',
  '63': '0102222325262728',
  '64': '0102030405',
  '65': '010204052327282930313240424390',
};

const HISTORIC = Array.from({ length: 15 }, (_, i) => String(21 + i));

/** Province codes an 18-digit ID may start with. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([...Object.keys(PREFECTURES), '71', '81', '82', '83']);

/** 4-digit province + prefecture prefixes a 15-digit ID may start with. */
export const PREFECTURE_CODES: ReadonlySet<string> = new Set(
  Object.entries(PREFECTURES).flatMap(([p, list]) => [...(list.match(/\d\d/g) ?? []), ...HISTORIC].map((c) => p + c)),
);
