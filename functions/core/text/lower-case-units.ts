// Each UTF-16 code unit's lower case, as one table built once per process: the scanners that
// fold text a unit at a time look it up instead of calling toLowerCase on every character.

let table: Uint16Array | undefined;

/**
 * For each code unit, its lower case, or the unit itself where lower-casing it gives more than
 * one unit (only "İ", which becomes "i" and a combining dot).
 */
export function lowerCaseUnits(): Uint16Array {
  table ??= build();
  return table;
}

function build(): Uint16Array {
  const lower = new Uint16Array(0x10000);
  const CHUNK = 1024;
  for (let from = 0; from < 0x10000; from += CHUNK) {
    const codes: number[] = [];
    for (let code = from; code < from + CHUNK; code += 1) codes.push(code);
    const block = String.fromCharCode(...codes).toLowerCase();
    for (let code = from; code < from + CHUNK; code += 1) {
      // Lower-casing keeps the length in almost every block; where it does not, one by one.
      const single =
        block.length === CHUNK
          ? block.charAt(code - from)
          : String.fromCharCode(code).toLowerCase();
      lower[code] = single.length === 1 ? single.charCodeAt(0) : code;
    }
  }
  return lower;
}
