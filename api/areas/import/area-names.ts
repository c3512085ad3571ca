const ROMAN_NUMERAL = /^(i|ii|iii|iv|v|vi)$/;
const ABBREVIATIONS = new Map([
  ['pdv', 'PDV'],
  ['vgl', 'VGL'],
  ['b', 'B'],
  ['e', 'E'],
]);

/**
 * The municipal files spell names in lower case ("armhoef noord-oost"); people expect "Armhoef Noord-Oost".
 * Roman numerals and the few abbreviations in the source stay upper case; "'t" stays lower case.
 */
export function titleCaseAreaName(raw: string): string {
  return raw
    .trim()
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((word) =>
      word
        .split('-')
        .map((part) => titleCaseWord(part))
        .join('-'),
    )
    .join(' ');
}

function titleCaseWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower === "'t") return lower;
  if (ROMAN_NUMERAL.test(lower)) return lower.toUpperCase();
  const abbreviation = ABBREVIATIONS.get(lower);
  if (abbreviation) return abbreviation;
  // "ind.terrein" → "Ind.terrein": only the first letter changes.
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
