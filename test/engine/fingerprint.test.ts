/**
 * formulaKey's fast path (ASCII formulas without a string literal) gives the same key as the
 * character-by-character one, so a fingerprint taken before the fast path still proves a sheet.
 */
import { formulaKey, formulaKeyByCharacter } from '../../src/engine/plan/fingerprint';

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
