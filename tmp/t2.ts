import { wordsBesideItsYear } from '../src/engine/detect/budgetYears';
import { UNIT_ALONE } from '../src/engine/detect/vocabulary';
for (const s of ['2017 $’000', '2016 $\'000', '2017', 'FY 2017 ($000s)', '2017 £m']) { const w = wordsBesideItsYear(s); console.log(JSON.stringify(s), JSON.stringify(w), UNIT_ALONE.test(w)); }
