/**
 * A page of a small city's budget book, its name only in the page's running footer ("9/18 FY
 * 2025 Adopted Budget"): funds' "Revenue | Expenses | Surplus/(Deficit)" with no year of their
 * own, and a list of the general fund's revenues under "General Fund FY 2025 Revenue".
 */
import { budgetTablesOf } from '../helpers/oneSheet';

const page = (footer: string | null) => [
  ['Revenue and Expenses', null, 'Revenue', 'Expenses', 'Surplus/(Deficit)'],
  ['100', 'General Fund', '$ 1,200,000.00', '$ 1,150,000.00', '$ 50,000.00'],
  ['200', 'Water Fund', '$ 400,000.00', '$ 420,000.00', '$ (20,000.00)'],
  ['300', 'Court Fund', '$ 9,000.00', '$ 6,000.00', '$ 3,000.00'],
  ['600', 'Debt Service', '$ 80,000.00', '$ 81,000.00', '$ (1,000.00)'],
  ['A note on the chart below (shortened).'],
  ['General Fund FY 2025 Revenue'],
  ['Property Taxes', '$ 700,000.00'],
  ['Sales Taxes', '$ 250,000.00'],
  ['Franchise Fees', '$ 90,000.00'],
  ['Permits', '$ 60,000.00'],
  ['Court Fines', '$ 100,000.00'],
  ['TOTAL', '$ 1,200,000.00'],
  ...(footer !== null ? [[footer]] : []),
];

describe('a budget book\'s page, its year in the page footer', () => {
  it('reads the funds\' expenses as the year\'s budget, and the revenue list of that year as budgeted', () => {
    const [funds, revenue] = budgetTablesOf('Page 6', page('9/18 FY 2025 Adopted Budget'));
    expect(funds!.rows.find((r) => r.label === 'General Fund')).toMatchObject({ annualBudget: 1150000, ytdActual: null });
    expect(revenue!.rows.find((r) => r.label === 'Property Taxes')).toMatchObject({ annualBudget: 700000, ytdActual: null });
    expect(revenue!.rows.find((r) => r.label === 'TOTAL')).toMatchObject({ kind: 'total', annualBudget: 1200000 });
  });

  it('reads neither without the footer, nor under a footer naming a report on the year', () => {
    expect(budgetTablesOf('Page 6', page(null))).toHaveLength(0);
    expect(budgetTablesOf('Page 6', page('Budget monitoring report FY 2025'))).toHaveLength(0);
  });

  it('does not take a revenue list of another year for the budget the footer names', () => {
    const rows = page('9/18 FY 2025 Adopted Budget').map((r) => (r[0] === 'General Fund FY 2025 Revenue' ? ['General Fund FY 2023 Revenue'] : r));
    const tables = budgetTablesOf('Page 6', rows);
    expect(tables.some((t) => t.rows.some((r) => r.label === 'Property Taxes'))).toBe(false);
  });
});
