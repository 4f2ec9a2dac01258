/**
 * A reference that is a range of numbers, "79 – 84" (the paragraphs of a route description a
 * hazard covers), is one reference, not reference 79 and a risk named "84": a name after a dash
 * has words. Shape from a walking group's event risk assessment
 * (ldwa-irregulars-marsden-moor-meander-risk-assessment-2017-12).
 */
import { riskRegistersOf } from '../helpers/oneSheet';

const registerOn = (values: ReadonlyArray<ReadonlyArray<string | number | null>>) =>
  riskRegistersOf('Risk Assessment', values)[0];

test('"79 – 84" under "Para No" is one reference; "H1 — Incorrect data" is still a reference and a name', () => {
  const register = registerOn([
    ['RISK ASSESSMENT'],
    [],
    ['Para No', 'Grid Ref', 'Hazard', 'Risk Level', 'Control Measures'],
    ['66', 'SE005113 - 017095', 'Roughly 2 miles along the Pennine Way & Oldham Way.', 'LOW', 'Particularly rough underfoot.'],
    ['67', 'SE018095', 'Road crossing A62.', 'MEDIUM', 'Position signs warning traffic of walkers crossing.'],
    ['79 – 84', 'SE048114 - 047117', 'Roads in Marsden urban area.', 'LOW', 'Use pavements.'],
    ['H1 — Incorrect data', 'SE048120', 'Wrong grid reference given.', 'LOW', 'Check the map.'],
  ])!;
  expect(register.risks.map((r) => r.ref)).toEqual(['66', '67', '79 – 84', 'H1']);
});
