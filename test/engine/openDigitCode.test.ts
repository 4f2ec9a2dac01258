/**
 * A hyphened account whose last digit is left open ("6-803x 4th Year Chair" among "6-8031 · 1st
 * Year Council", "6-8035 · Track One"): the whole "6-803x" is the code, not "6" with the name
 * "803x 4th Year Chair". Shape from a student society's operating budget
 * (university-of-toronto-engineering-society-operating-budget-2019-01).
 */
import { splitLeadingCode } from '../../src/engine/detect/budgetHeader';

test('"6-803x 4th Year Chair" is the account 6-803x', () => {
  expect(splitLeadingCode('6-803x 4th Year Chair')).toEqual({ code: '6-803x', name: '4th Year Chair' });
  expect(splitLeadingCode('6-8031 · 1st Year Council')).toEqual({ code: '6-8031', name: '1st Year Council' });
  // (Not a count of times: "2-3x weekly" has no account's digits.)
  expect(splitLeadingCode('2-3x weekly cleaning')?.code).not.toBe('2-3x');
});
