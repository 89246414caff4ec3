// When two place names denote the same place, when a text mentions a place, and when a name
// denotes a whole region rather than a spot in it. Shared by the classifier (which places it
// reports) and the incident matcher (which places it compares).

/**
 * Words that only say what kind of place a name is: "Khramort village" is Khramort. A name that
 * adds anything else names another feature: "Lachin corridor" is a road, not the Lachin district.
 */
const GENERIC_PLACE_NOUNS = new Set([
  'village',
  'villages',
  'town',
  'city',
  'district',
  'area',
  'region',
  'sector',
  'province',
  'governorate',
  'oblast',
  'raion',
  'rayon',
  'municipality',
  'county',
  'commune',
  'settlement',
  'hamlet',
  'township',
  'locality',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'suburbs',
  'outskirts',
  'camp',
  'of',
  'the',
]);

/**
 * Words after a place name that make the mention another feature named after it ("the Lachin
 * corridor", "the Litani river"): the place itself is not where the text says something happened.
 */
const FEATURE_NOUNS = new Set([
  'corridor',
  'road',
  'highway',
  'motorway',
  'route',
  'street',
  'avenue',
  'river',
  'bridge',
  'crossing',
  'checkpoint',
  'border',
  'frontier',
  'pass',
  'valley',
  'gorge',
  'dam',
  'canal',
  'lake',
  'airport',
  'port',
  'station',
  'junction',
  'base',
  'line',
]);

/**
 * Words that qualify a whole area without narrowing it to a spot: "south Lebanon", "the Gaza
 * Strip", "the Gaza border" cover most of their region.
 */
const AREA_QUALIFIERS = new Set([
  'north',
  'northern',
  'south',
  'southern',
  'east',
  'eastern',
  'west',
  'western',
  'central',
  'northeast',
  'northeastern',
  'northwest',
  'northwestern',
  'southeast',
  'southeastern',
  'southwest',
  'southwestern',
  'upper',
  'lower',
  'greater',
  'strip',
  'region',
  'zone',
  'area',
  'territory',
  'territories',
  'enclave',
  'border',
  'borders',
  'frontier',
  'boundary',
  'the',
  'of',
  'and',
]);

/** Short fragments ("al", "el") would be found inside unrelated names. */
const MIN_PLACE_LENGTH = 4;
/** Shorter words one letter apart are as often two places ("Gori", "Goris") as one. */
const MIN_SPELLING_LENGTH = 5;
/** A name searched for as whole words in a text may be shorter ("Uri"), but not a fragment. */
const MIN_MENTION_LENGTH = 3;

export function normalizePlace(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether two place names denote the same place: equal once case, accents and punctuation are
 * ignored, spelt by two transliterations ("khan younis" and "khan yunis", "shusha" and
 * "shushi"), or one contained word for word in the other when the other only adds generic place
 * nouns ("khramort" and "khramort village", but not "lachin" and "lachin corridor").
 */
export function placesMatch(a: string, b: string): boolean {
  const na = normalizePlace(a);
  const nb = normalizePlace(b);
  if (na === '' || nb === '') return false;
  if (na === nb || sameSpelling(words(na), words(nb))) return true;
  const [shorter, longer] = na.length <= nb.length ? [na, nb] : [nb, na];
  if (shorter.length < MIN_PLACE_LENGTH) return false;
  const at = ` ${longer} `.indexOf(` ${shorter} `);
  if (at < 0) return false;
  const extra = `${longer.slice(0, at)} ${longer.slice(at + shorter.length)}`;
  return words(extra).every((word) => GENERIC_PLACE_NOUNS.has(word));
}

/**
 * Whether the text names the place as a place: as whole words, and not as the first part of
 * another feature's name ("the Lachin corridor" does not mention Lachin).
 */
export function mentionsPlace(text: string, place: string): boolean {
  const name = normalizePlace(place);
  if (name.length < MIN_MENTION_LENGTH) return false;
  const haystack = ` ${normalizePlace(text)} `;
  for (let at = haystack.indexOf(` ${name} `); at >= 0;) {
    const after = haystack.slice(at + name.length + 2).split(' ', 1)[0] ?? '';
    if (!FEATURE_NOUNS.has(after)) return true;
    at = haystack.indexOf(` ${name} `, at + 1);
  }
  return false;
}

/**
 * Whether a place name denotes the region itself rather than a spot in it, so that two reports
 * naming it say nothing about being the same event. It does when every word of the name is a word
 * of the region's label, in any of its forms ("karabakh" and "nagorno-karabakh" for
 * Nagorno-Karabakh, "armenian-azerbaijani border" for Armenia-Azerbaijan border, "lebanese" for
 * Lebanon), or a word that qualifies a whole area ("south lebanon", "gaza strip"), or when its
 * initials are a word of the label ("line of control" for Kashmir LoC). Registries name regions
 * after their zone, so this holds across them without a list per region.
 */
export function namesWholeRegion(name: string, region: string): boolean {
  // Every item that names a zone asks this of the same few names again: answer each once.
  const key = `${region}\u0000${name}`;
  const known = wholeRegionAnswers.get(key);
  if (known !== undefined) return known;
  const answer = judgeWholeRegion(name, region);
  if (wholeRegionAnswers.size >= WHOLE_REGION_CACHE_LIMIT) wholeRegionAnswers.clear();
  wholeRegionAnswers.set(key, answer);
  return answer;
}

/** Names and regions judged so far; cleared past the limit, so memory stays bounded. */
const wholeRegionAnswers = new Map<string, boolean>();
const WHOLE_REGION_CACHE_LIMIT = 10_000;

function judgeWholeRegion(name: string, region: string): boolean {
  const nameWords = words(normalizePlace(name));
  const labelWords = words(normalizePlace(region));
  if (nameWords.length === 0 || labelWords.length === 0) return false;
  if (nameWords.length > 1 && labelWords.includes(nameWords.map((word) => word[0]).join(''))) {
    return true;
  }
  const isLabelWord = (word: string): boolean => labelWords.some((label) => sameWord(word, label));
  return (
    nameWords.some(isLabelWord) &&
    nameWords.every((word) => isLabelWord(word) || AREA_QUALIFIERS.has(word))
  );
}

/**
 * Names of as many words, each the same or, in words long enough not to be another name, one
 * letter apart: transliterations differ so ("younis", "yunis").
 */
function sameSpelling(a: readonly string[], b: readonly string[]): boolean {
  return (
    a.length === b.length &&
    a.every((word, index) => {
      const other = b[index] ?? '';
      return (
        word === other ||
        (Math.min(word.length, other.length) >= MIN_SPELLING_LENGTH && withinOneEdit(word, other))
      );
    })
  );
}

/**
 * One word in two forms: a name and its adjective ("armenia", "armenian"; "lebanon",
 * "lebanese"; "thai", "thailand") share all but a short ending, and transliterations differ by
 * one letter ("idlib", "idleb").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_PLACE_LENGTH) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  if (common >= MIN_PLACE_LENGTH && common >= shorter - 2) return true;
  return shorter >= MIN_SPELLING_LENGTH && withinOneEdit(a, b);
}

/** True when one insertion, deletion or substitution turns one word into the other. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function words(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}
