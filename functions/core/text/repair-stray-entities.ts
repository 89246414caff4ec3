// Some feeds escape their text twice, or lose the "&" of an entity on the way ("the cabinet
// decided quot;to withdraw from the agreementquot;"): the entity then sticks to the word before it,
// which no term matches any more. Such leftovers are turned back into the characters they stand
// for. Only entities of characters that news text carries are read; "quot;" is read without its
// "&" too, glued to a word or not, as no word of the languages read ends in "quot".

const NAMED: Readonly<Record<string, string>> = {
  quot: '"',
  apos: "'",
  amp: '&',
  nbsp: ' ',
  '#39': "'",
  '#039': "'",
  '#34': '"',
};

const STRAY_ENTITY = /&(quot|apos|amp|nbsp|#0?39|#34);|quot;/g;

/** Every entity is written with one of these: a cheap test before the expression. */
function mayHoldEntity(text: string): boolean {
  return text.includes(';') && (text.includes('&') || text.includes('quot;'));
}

export function repairStrayEntities(text: string): string {
  if (!mayHoldEntity(text)) return text;
  return text.replace(STRAY_ENTITY, (entity, name: string | undefined) =>
    name === undefined ? '"' : (NAMED[name] ?? entity),
  );
}
