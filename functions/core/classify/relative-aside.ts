// "Azerbaijan, which took back the districts in 2020, said three soldiers were killed": a
// relative clause set off by commas dates or describes something other than the news the
// sentence tells, so a year or month inside it says nothing of when the news happened.

const RELATIVE_ASIDE = /,\s*(?:which|who|whose|where)\b[^,]*,/gi;

/** The sentence with its relative asides cut down to the comma that opened them. */
export function withoutRelativeAsides(sentence: string): string {
  return sentence.replace(RELATIVE_ASIDE, ',');
}
