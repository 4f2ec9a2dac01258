/**
 * A risk of a register whose words read as a budget's header ("Budget risk | Open | Low | Medium |
 * Green | Budget short for development"): named and rated in the register's columns, it is one of
 * its risks, and the register goes on past it. The grid is the Runtime Terror team's risk log on
 * the CDC Unified Process template (test/corpus/fixtures), its impact and probability in the words
 * of three levels.
 */
import { riskRegistersOf } from '../helpers/oneSheet';

type Grid = ReadonlyArray<ReadonlyArray<string | null>>;
const registersOn = (values: Grid) =>
  riskRegistersOf('Risk_Tracking_Log', values);

const HEADER = ['ID', 'Current\nStatus', 'Risk\nImpact', 'Probability of\nOccurrence', 'Risk\nMap', 'Risk\nDescription', 'Project\nImpact', 'Risk Area', 'Symptoms', 'Triggers', 'Risk Response\nStrategy', 'Response Strategy', 'Contingency Plan'];
const LOG: Grid = [
  ['RISK MANAGEMENT LOG'],
  ['Project Name:', null, null, 'Naaman'],
  HEADER,
  ['Data Loss', 'Open', 'High', 'Low', 'Yellow', 'Hardware failure loses data', 'Project rebuilt from scratch', 'Project Resources', null, null, 'Avoid', null, 'Cloud backups, docs and git'],
  ['Health Issues', 'Open', 'Medium', 'Low', 'Green', 'A team member falls ill', 'Outcomes delayed', 'Schedule', null, null, 'Actively Accept', null, 'Others cover, reschedule'],
  ['Legal risks', 'Open', 'Low', 'Low', 'Green', 'Privacy and legal issues of the app', 'Project may be rejected', 'Final product', null, null, 'Avoid', null, 'Check the law, privacy policy'],
  ['Budget risk', 'Open', 'Low', 'Medium', 'Green', 'Budget short for development', 'Project not fully completed', 'Outcome', null, null, 'Avoid', null, 'Estimate the budget first'],
];

test('"Budget risk", named and rated as the risks above it, the last risk of the log, is a risk of the register, not a budget table\'s header (a student team\'s risk log)', () => {
  const [register, ...others] = registersOn(LOG);
  expect(others).toEqual([]);
  expect(register!.risks.map((r) => r.ref)).toEqual(['Data Loss', 'Health Issues', 'Legal risks', 'Budget risk']);
});

test('a budget\'s header under a register, with no rating in the register\'s columns, still ends it', () => {
  const withBudget: Grid = [...LOG.slice(0, 6), [], ['Item', 'Budget', 'Actual', 'Variance'], ['Hosting', '1,000', '900', '100'], ['Licences', '500', '450', '50']];
  const [register] = registersOn(withBudget);
  expect(register!.risks.map((r) => r.ref)).toEqual(['Data Loss', 'Health Issues', 'Legal risks']);
});
