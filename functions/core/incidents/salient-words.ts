// Words that tell one armed incident from another: the weapon, the kind of action, who was hit.
// Generic ones ("clash", "attack", "ceasefire", "soldiers") are left out: nearly every report has
// them, so they would join unrelated events.

const SALIENT_WORDS: readonly (readonly [string, RegExp])[] = [
  ['shootout', /\b(shoot-?outs?|gunfights?|fire-?fights?|exchanges? of fire)\b/],
  ['ambush', /\bambush/],
  ['sniper', /\bsnipers?\b/],
  ['mortar', /\bmortars?\b/],
  ['artillery', /\bartillery\b/],
  ['shelling', /\bshell(s|ed|ing)\b/],
  ['drone', /\b(drones?|uavs?)\b/],
  ['airstrike', /\b(air ?strikes?|air raids?|bombings?)\b/],
  ['rocket', /\brockets?\b/],
  ['missile', /\bmissiles?\b/],
  ['grenade', /\bgrenades?\b/],
  ['landmine', /\b(land ?mines?|mine (blast|explosion)s?)\b/],
  ['explosive', /\b(ieds?|roadside bombs?|explosive devices?|car bombs?)\b/],
  ['tank', /\btanks?\b/],
  ['incursion', /\b(incursions?|infiltrat\w*)\b/],
  ['raid', /\braids?\b/],
  ['kidnapping', /\b(kidnap\w*|abduct\w*|hostages?)\b/],
  ['police', /\b(police\w*|policem[ae]n|gendarm\w*)\b/],
  ['border guard', /\bborder guards?\b/],
  ['peacekeeper', /\bpeace-?keep\w*/],
  ['checkpoint', /\bcheck-?points?\b/],
  ['convoy', /\bconvoys?\b/],
  // Fire on a car, truck or bus is a kind of incident of its own, as on a convoy or ambulance.
  ['vehicle', /\b(vehicles?|cars?|trucks?|lorr(y|ies)|bus|buses|minibus(es)?)\b/],
  ['ambulance', /\bambulances?\b/],
  ['hospital', /\bhospitals?\b/],
  ['school', /\bschools?\b/],
  ['market', /\bmarkets?\b/],
  ['farmer', /\bfarm(er|ers|workers?)\b/],
  ['child', /\b(child|children|kids?)\b/],
];

/** Canonical salient words the text contains, in a fixed order. */
export function salientWords(text: string): string[] {
  const lower = text.toLowerCase();
  return SALIENT_WORDS.filter(([, pattern]) => pattern.test(lower)).map(([word]) => word);
}
