/**
 * Budgets printed as lists with no column headers, as small charities, PTOs and newsletters
 * publish them: a paragraph under the title before the first line, a sentence introducing the
 * next group of lines, a closing sum that names the year, a figure "TBD".
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';

const list = (intro: string | null, between: string, grandTotal: string | null) => [
  ['Friends of the Riverside Library'],
  ['Spring Newsletter'],
  ['The 2024 Budget'],
  ...(intro !== null ? [[intro]] : []),
  [],
  ['Grant to the branch libraries', '$9,000'],
  ['Grant for the summer reading club', '$4,000'],
  ['Grant for story time', '$ 1,500'],
  ['Total grants', '$14,500'],
  [],
  [between],
  ['Book sale costs', '$3,000'],
  ['Newsletter printing', '$1,000'],
  ['Insurance and bank fees', '$500'],
  ['Total other expenses', '$4,500'],
  [],
  ...(grandTotal !== null ? [['Total expense budget', grandTotal]] : []),
];

const INTRO = 'Grants to the libraries are paid for mainly by the autumn book sale; the budget this year is $19,000.';
const BETWEEN = 'The rest of the budget is allocated to the following three categories:';

describe('a budget list under its title', () => {
  it('reads the lines after a paragraph that introduces them', () => {
    const [t] = budgetTablesOf('Budget', list(INTRO, 'Other expenses', null));
    expect(t).toBeDefined();
    expect(t!.rows.find((r) => r.label === 'Grant to the branch libraries')?.annualBudget).toBe(9000);
    expect(t!.rows.find((r) => r.label === 'Grant for story time')?.annualBudget).toBe(1500);
  });

  it('reads on through a sentence introducing the next group where a total adds up both groups', () => {
    const [t] = budgetTablesOf('Budget', list(INTRO, BETWEEN, '$19,000'));
    expect(t!.rows.find((r) => r.label === BETWEEN)?.kind).toBe('section');
    expect(t!.rows.find((r) => r.label === 'Book sale costs')?.annualBudget).toBe(3000);
    expect(t!.rows.find((r) => r.label === 'Total expense budget')).toMatchObject({ kind: 'total', annualBudget: 19000 });
  });

  it('stops at that sentence where no total adds up both groups', () => {
    const tables = budgetTablesOf('Budget', list(INTRO, BETWEEN, null));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.some((r) => r.label === 'Book sale costs')).toBe(false);
    // (Nor where the total below does not add up to both groups.)
    const [t] = budgetTablesOf('Budget', list(INTRO, BETWEEN, '$25,000'));
    expect(t!.rows.some((r) => r.label === 'Book sale costs')).toBe(false);
  });

  it('does not read a list titled for the year\'s end as the year\'s budget', () => {
    const rows = list(INTRO, 'Other expenses', null).map((r) => (r[0] === 'The 2024 Budget' ? ['The 2023 End-of-Year Budget'] : r));
    expect(budgetTablesOf('Budget', rows)).toHaveLength(0);
  });
});

describe('a list closed by a sum that names an estimate and its year', () => {
  const rows = (closing: string) => [
    ['Where the money goes...'],
    ['Do you know what we budget for?'],
    ['Here is a list of some of the things we pay for...'],
    ['Art supplies', '$300'],
    ['Book fair', '$250'],
    ['Class trips - 1', '$900'],
    ['Class trips - 2', '$900'],
    ['Directory', 'TBD'],
    ['Teacher grants', '$1,000'],
    ['Winter social', '$400'],
    [closing, '$3,750'],
  ];

  it('reads the list as that year\'s budget, its "TBD" a line whose figure is not a number', () => {
    const analysis = analyseOneSheet('Where', rows('Estimated total for 2024'));
    const t = analysis.tables.find((x) => x.kind === 'budget');
    expect(t?.kind).toBe('budget');
    if (t?.kind !== 'budget') return;
    expect(t.rows.find((r) => r.label === 'Art supplies')?.annualBudget).toBe(300);
    expect(t.rows.find((r) => r.label === 'Directory')?.kind).toBe('line');
    expect(t.rows.find((r) => r.label === 'Estimated total for 2024')).toMatchObject({ kind: 'total', annualBudget: 3750 });
    expect(analysis.checks.filter((c) => c.code === 'not_a_number').map((c) => [c.row, c.col])).toEqual([[7, 1]]);
  });

  it('leaves it unread where the closing sum names no year or no estimate', () => {
    expect(budgetTablesOf('Where', rows('Total'))).toHaveLength(0);
    expect(budgetTablesOf('Where', rows('Total for 2024'))).toHaveLength(0);
  });
});

describe('a parish budget page: a list under its title, the year each figure is based on before its name, then "Gross | Vat | Net"', () => {
  const page = (net: ReadonlyArray<string>) => [
    ['Anyvale Parish Council'],
    [],
    ['2024-2025 Budget (all amounts in £)'],
    [],
    ['INCOME'],
    [],
    ['2023/24', null, 'Precept', '6,000.00'],
    ['2023/24', null, 'District Council Grant', '300.00'],
    ['2023/24', null, 'Bank interest', '12.50'],
    ['2023/24', null, 'Allotment rents', '150.00'],
    [],
    ['Sub-total income', null, null, '6,462.50'],
    [],
    ['EXPENSE', null, null, 'Gross', 'Vat', 'Net'],
    [],
    ['2023/24', '(1)', 'Grass cutting', '1,200.00', '200.00', net[0]!],
    ['2023/24', null, 'Insurance', '400.00', '0.00', net[1]!],
    ['2023/24', '(2)', 'Play area repairs', '600.00', '100.00', net[2]!],
    ['2023/24', null, 'Clerk\'s salary', '3,000.00', '0.00', net[3]!],
  ];

  it('reads the income list by the names after the years, ending at the expense header', () => {
    const [income] = budgetTablesOf('Budget', page(['1,000.00', '400.00', '500.00', '3,000.00']));
    expect(income!.rows.find((r) => r.label === 'Precept')?.annualBudget).toBe(6000);
    expect(income!.rows.find((r) => r.label === 'Sub-total income')).toMatchObject({ kind: 'subtotal', annualBudget: 6462.5 });
    expect(income!.rows.some((r) => r.label === 'Grass cutting')).toBe(false);
  });

  it('reads the net, the gross less the VAT, as the expense\'s budget under the budget\'s title', () => {
    const [, expense] = budgetTablesOf('Budget', page(['1,000.00', '400.00', '500.00', '3,000.00']));
    expect(expense!.rows.find((r) => r.label === 'Grass cutting')).toMatchObject({ annualBudget: 1000, ytdActual: null });
    expect(expense!.rows.find((r) => r.label === 'Play area repairs')?.annualBudget).toBe(500);
  });

  it('leaves "Gross | Vat | Net" unread where the net is not the gross less the VAT', () => {
    const tables = budgetTablesOf('Budget', page(['900.00', '350.00', '480.00', '2,500.00']));
    expect(tables.some((t) => t.rows.some((r) => r.label === 'Grass cutting' && r.annualBudget !== null))).toBe(false);
  });
});
