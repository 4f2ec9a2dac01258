/**
 * A society's budget as a student government allocates it: "Requested | Recommended | Final"
 * with no year over them, each line's description printed on the row under it, a form's sign
 * marks beside the names ("Fundraising (-)"), the revenue's sub-total printed negative.
 */
import { analyseOneSheet, budgetTablesOf } from '../helpers/oneSheet';

const HEADER = ['Object Code', 'Requested', 'Recommended', 'Final', 'Description'];

const society = (header: ReadonlyArray<string> = HEADER) => [
  ['Chess Society Budget'],
  ['FY2015 (July 1 2014 - June 30, 2015)'],
  ['Revenue'],
  header,
  ['Ticket sales (-)', '$100.00', '$100.00', '$100.00'],
  ['Sales at the spring tournament'],
  ['Sponsorship (-)', '$50.00', '$80.00', '$80.00'],
  ['A local business sponsors the prizes'],
  ['Sub-Total', '-$150.00', '-$180.00', '-$180.00'],
  ['Tournaments'],
  header,
  ['Room hire (+)', '$200.00', '$150.00', '$150.00'],
  ['Hall for two tournaments'],
  ['Prizes (+)', '$120.00', '$120.00', '$100.00'],
  ['Trophies and book tokens'],
  ['Boards and clocks (+)', '$90.00', '$60.00', '$60.00'],
  ['Replacing worn sets'],
  ['Sub-Total', '$410.00', '$330.00', '$310.00'],
];

describe('a budget set through its stages, with no year over them', () => {
  it('reads the final stage as the budget, the request and recommendation as context', () => {
    const [t] = budgetTablesOf('Budget', society());
    expect(t).toBeDefined();
    expect(t!.rows.find((r) => r.label === 'Room hire')).toMatchObject({ kind: 'line', annualBudget: 150, ytdActual: null });
    expect(t!.rows.find((r) => r.label === 'Prizes')?.annualBudget).toBe(100);
  });

  it('leaves the stages unread where none settles the budget', () => {
    const header = ['Object Code', 'Requested', 'Recommended', 'Description'];
    const rows = society(header).map((r) => (r.length === 4 ? r.slice(0, 3) : r));
    expect(budgetTablesOf('Budget', rows)).toHaveLength(0);
  });

  it('lets a budget or actual word decide where the header has one', () => {
    const header = ['Object Code', 'Requested', 'Final', 'Actual'];
    const [t] = budgetTablesOf('Budget', society(header));
    // "Final" is no budget word here: the actual is read, not the final stage as a budget.
    expect(t?.rows.find((r) => r.label === 'Room hire')?.annualBudget ?? null).toBeNull();
  });

  it('takes the description printed under each line out of the table, and the sign marks out of the names', () => {
    const [t] = budgetTablesOf('Budget', society());
    const labels = t!.rows.map((r) => r.label);
    expect(labels).not.toContain('Hall for two tournaments');
    expect(labels).not.toContain('Sales at the spring tournament');
    expect(labels).toContain('Ticket sales');
    expect(t!.rows.find((r) => r.label === 'Tournaments')?.kind).toBe('section');
  });

  it('checks the revenue\'s sub-total printed negative as minus its lines, with no mismatch', () => {
    const analysis = analyseOneSheet('Budget', society());
    const t = analysis.tables[0];
    expect(t?.kind === 'budget' && t.rows.find((r) => r.row === 8)).toMatchObject({ kind: 'subtotal', annualBudget: -180 });
    expect(analysis.checks.filter((c) => c.severity !== 'info')).toEqual([]);
  });
});

describe('headings each over one line', () => {
  it('stay headings: a heading comes before the first line, and the last line has none under it', () => {
    const [t] = budgetTablesOf('Budget', [
      ['Parish budget 2024/25'],
      [null, 'Budget 2024/25'],
      ['Administration'],
      ['Clerk\'s salary', 5000],
      ['Open spaces'],
      ['Grass cutting', 1200],
      ['Grants'],
      ['Village hall', 300],
      ['Total', 6500],
    ]);
    expect(t!.rows.filter((r) => r.kind === 'section').map((r) => r.label)).toEqual(['Administration', 'Open spaces', 'Grants']);
  });
});
