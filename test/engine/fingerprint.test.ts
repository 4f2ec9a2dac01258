/**
 * formulaKey's fast path (ASCII formulas without a string literal) gives the same key as the
 * character-by-character one, so a fingerprint taken before the fast path still proves a sheet.
 */
import { formulaKey, formulaKeyByCharacter, gridFingerprint, plannedSheetFingerprint } from '../../src/engine/plan/fingerprint';

const strip = (f: string) => f.replace(/^\s*=/, '');

describe('formulaKey', () => {
  const formulas = [
    '=SUM(B5:B9)',
    ' = sum( b5 : b9 )',
    '=_xlfn.IFS(A1>0,1,TRUE,0)',
    '=_xlws.FILTER(A1:A9, A1:A9 > 0)',
    "='Budget Summary'!C7-'Budget Summary'!D7",
    '=IF(ABS(G5)>=0.05*ABS(E5),\t"R",\n"G")',
    '=IF(A1="low case _xlfn. kept","x","y")',
    '=iférence(a1)',
    '=LEN("ß")+ß1',
    '=\u{10428}1+a\u00a0b',
    '=a\u2003+\ufeffb',
    '',
    '=',
  ];
  it.each(formulas)('%j: the same key by either path', (f) => {
    expect(formulaKey(f)).toBe(formulaKeyByCharacter(strip(f)));
  });

  it('keys compare spacing, case and _xlfn. away, but not the text of a string literal', () => {
    expect(formulaKey(' = sum( b5 : b9 )')).toBe('SUM(B5:B9)');
    expect(formulaKey('=_xlfn.IFS(a1>0,1)')).toBe('IFS(A1>0,1)');
    expect(formulaKey('=IF(a1="x y",1)')).toBe('IF(A1="x y",1)');
  });
});

describe('fingerprints', () => {
  it('are the ones taken before tokens were hashed in parts (marks written earlier still prove their sheets)', () => {
    // Digests taken with the code before this change, over text, numbers, formulas and blanks.
    const rows = [
      [{ kind: 'text', text: 'Risk Summary' } as const, undefined, { kind: 'number', value: -0 } as const],
      [{ kind: 'formula', formula: '=SUM( b2:b9 )' } as const, { kind: 'text', text: 'Ünïcode "quoted" text' } as const, { kind: 'number', value: 1.5 } as const],
      undefined,
      [{ kind: 'number', value: Number.NaN } as const, { kind: 'text', text: '' } as const],
    ];
    expect(plannedSheetFingerprint({ rows } as unknown as Parameters<typeof plannedSheetFingerprint>[0])).toBe(EXPECTED_PLANNED);
    const grid = {
      name: 'S',
      values: [['Risk Summary', null, 0], [null, 'Ünïcode "quoted" text', 1.5], [], [{ error: '#NUM!' }, '']],
      formulas: [[], ['=SUM( b2:b9 )']],
    };
    expect(gridFingerprint(grid as unknown as Parameters<typeof gridFingerprint>[0])).toBe(EXPECTED_GRID);
  });
});

const EXPECTED_PLANNED = '45b154f2d4407cd6';
const EXPECTED_GRID = '45b154f2d4407cd6';

/** The key as it was first written, a character at a time: what both paths must agree with. */
function referenceKey(f: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (ch.trim() !== '') out += ch.toUpperCase();
  }
  return out.replace(/_XL(FN|WS)\./g, '');
}

describe('formulaKey against the character-by-character reference', () => {
  const formulas = [
    '=IF(a1="x y",1)',
    '=IF(A1="unclosed',
    '=""""&a1&" ""q"" "',
    '=_xlfn.CONCAT("_xlfn.", a1)',
    '=iférence(a1)&"é è"',
    '=\u{10428}1+"\u{10428}"',
    '=a\u2003+\ufeffb&"\u2003"',
    '="',
    '',
  ];
  it.each(formulas)('%j', (f) => {
    const stripped = f.replace(/^\s*=/, '');
    expect(formulaKeyByCharacter(stripped)).toBe(referenceKey(stripped));
    expect(formulaKey(f)).toBe(referenceKey(stripped));
  });
});

describe('a planned formula hashed as its key is worked out', () => {
  // gridFingerprint hashes formulaKey(formula) itself: the two must agree for every formula.
  const planned = (formula: string) => plannedSheetFingerprint({ rows: [[undefined, { kind: 'formula', formula }]] } as unknown as Parameters<typeof plannedSheetFingerprint>[0]);
  const grid = (formula: string) => gridFingerprint({ name: 'S', visibility: 'visible', values: [[]], formulas: [[undefined, formula]] } as unknown as Parameters<typeof gridFingerprint>[0]);

  it.each([
    '=SUM(B5:B9)',
    ' = sum( b5 : b9 )',
    '=_xlfn.IFS(a1>0,1)',
    '=__xlfn.X()',
    '=_xl_xlfn.A',
    '=_XLFN._XLWS.FILTER(a1:a9,a1:a9>0)',
    '=_xlf n.A+_xlw s.B',
    '=IF(A1="low _xlfn. kept _XLFN. dropped","x","y")',
    '=""""&a1&" ""q"" "',
    '=IF(A1="unclosed _xlws.',
    'sum(a1) no equals',
    '\t\n=\ta1 + b1',
    '=\u0000a\u001fb',
    '=iférence(a1)',
    '=a\u2003+\ufeffb',
    '\u00a0=a1',
  ])('%j', (f) => {
    expect(planned(f)).toBe(grid(f));
  });

  it('on formulas drawn at random from the characters that matter', () => {
    const pieces = ['_', '_xl', '_XL', 'fn.', 'FN.', 'ws.', 'WS.', '"', ' ', '\t', '=', 'a', 'B', '1', '.', '(', ')', ',', 'é', '\u00a0', '_xlfn.', '_XLWS.'];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let f = '';
      const length = 1 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) f += pieces[Math.floor(random() * pieces.length)];
      expect([f, planned(f)]).toEqual([f, grid(f)]);
    }
  });
});
