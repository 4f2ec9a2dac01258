/**
 * Our own summaries are never a source: not of tables, not of the grading key, not of rating
 * words. A re-run over a workbook with a Risk Summary must grade the register as the first run did.
 */
import { analyseWorkbook } from '../../src/engine/analyse';
import { RiskRegister } from '../../src/engine/model';
import { SheetGrid, WorkbookGrids } from '../../src/engine/grid';

const register: SheetGrid = {
  name: 'Risks',
  visibility: 'visible',
  values: [
    ['Corporate risk register'],
    ['Ref', 'Risk', 'Likelihood', 'Consequence', 'Score'],
    ['R1', 'Loss of key staff', 3, 4, 12],
    ['R2', 'Data breach', 2, 5, 10],
  ],
};

/** A band table as the Risk Summary prints it, with bands that differ from NPSA's. */
const summary: SheetGrid = {
  name: 'Risk Summary',
  visibility: 'visible',
  values: [
    ['Risk Category', 'Score Range'],
    ['Low', '1 - 4'],
    ['Medium', '5 - 10'],
    ['High', '12 - 25'],
  ],
};

function schemeOf(workbook: WorkbookGrids): string {
  const r = analyseWorkbook(workbook).tables.find((t): t is RiskRegister => t.kind === 'risk')!;
  return r.scheme.id;
}

test('a band table on a sheet of the user\'s is the workbook\'s own key', () => {
  expect(schemeOf({ sheets: [register, summary] })).toBe('workbook');
});

test('the same band table on our Risk Summary is not: the register keeps the NPSA scheme', () => {
  expect(schemeOf({ sheets: [register, summary], generatedSheets: new Map([['Risk Summary', 'risk-summary']]) })).toBe('npsa-4band');
});

test('nor on a kept copy of our summary', () => {
  expect(schemeOf({ sheets: [register, summary], keptCopies: new Set(['Risk Summary']) })).toBe('npsa-4band');
});
