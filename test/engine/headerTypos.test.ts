/**
 * Slips of the keyboard in real headers ("Foreast" in Barking, Havering and Redbridge's board
 * report, "Varaince", "Actaul") are read as the word meant; words one letter away from no
 * header word are left alone.
 */
import { blockIn, measureIn } from '../../src/engine/detect/budgetHeader';
import { analyseWorkbook } from '../../src/engine/analyse';
import type { BudgetTable } from '../../src/engine/model';

describe('header words with a slip of the keyboard', () => {
  it('are read as the word meant: dropped, added, changed or swapped letters', () => {
    expect(blockIn('2012/13 Foreast')).toBe('fullYear');
    expect(measureIn('Foreast Outturn')).toBe('forecast');
    expect(measureIn('Varaince')).toBe('variance');
    expect(measureIn('Actaul to date')).toBe('actual');
    expect(measureIn('Buddget')).toBe('budget');
    expect(measureIn('Outurn')).toBe('forecast');
  });

  it('leave other words alone', () => {
    expect(measureIn('Description')).toBeNull();
    expect(measureIn('Department')).toBeNull();
    expect(measureIn('Project')).toBeNull();
    expect(measureIn('Remainder of year')).toBeNull();
  });

  it('a table headed with them is read', () => {
    const a = analyseWorkbook({
      sheets: [{ name: 'Finance', visibility: 'visible', values: [['Service', 'Buget', 'Actaul', 'Varaince'], ['Pay', 100, 110, 10], ['Non pay', 50, 45, -5]] }],
    });
    const t = a.tables[0] as BudgetTable;
    expect(t.columns.map((c) => c.role)).toEqual(['label', 'ytdBudget', 'ytdActual', 'ytdVariance']);
    expect(a.checks.filter((c) => c.severity === 'error')).toEqual([]);
  });
});
