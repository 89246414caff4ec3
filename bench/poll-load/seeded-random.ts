/**
 * A small deterministic generator (mulberry32): the same seed gives the same feeds on every run,
 * so two runs of the benchmark poll the same documents and their figures compare.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  intBetween(min: number, max: number): number;
  pick<T>(choices: readonly T[]): T;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    intBetween: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(choices: readonly T[]): T => {
      if (choices.length === 0) throw new Error('seededRandom.pick: no choices to pick from');
      return choices[Math.floor(next() * choices.length)] as T;
    },
  };
}
