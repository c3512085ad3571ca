/**
 * The shape of CBS area codes, for the API's schemas, the area import and the web's address bar alike: the
 * municipality's four digits, then two characters for the wijk and two more for the buurt (digits in most
 * municipalities, capitals in some: Amsterdam's WK0363AF, BU0363AF01). Pure constants: the web may import them.
 */
export const BUURT_CODE_PATTERN = '^BU[0-9]{4}[0-9A-Z]{4}$';
export const WIJK_CODE_PATTERN = '^WK[0-9]{4}[0-9A-Z]{2}$';
export const MUNICIPALITY_CODE_PATTERN = '^GM[0-9]{4}$';

const AREA_CODE_PATTERNS = {
  buurt: new RegExp(BUURT_CODE_PATTERN),
  wijk: new RegExp(WIJK_CODE_PATTERN),
  municipality: new RegExp(MUNICIPALITY_CODE_PATTERN),
};

/** A code of each kind, as examples in the API's documentation and its error messages: areas of the demo. */
export const AREA_CODE_EXAMPLES = { buurt: 'BU08551102', wijk: 'WK085511', municipality: 'GM0855' } as const;

/** Whether `code` is a code of that kind of area. */
export function isAreaCode(areaType: keyof typeof AREA_CODE_PATTERNS, code: string): boolean {
  return AREA_CODE_PATTERNS[areaType].test(code);
}
