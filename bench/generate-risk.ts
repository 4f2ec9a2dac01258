/**
 * The bench's risk register, laid out as the "Risk Register" sheet of
 * samples/liverpool-pccc-aug-2017.xlsx is: title lines, one header row
 * "Ref | Description of Risks | L | C | Current Risk (score) | L | C | Residual Risk (score) |
 * Lead Officer | Review Date", a section heading row every 40-60 risks, and the risks.
 *
 * Planted, and recorded cell by cell: residual scores above current (L x C of each pair),
 * score typos (the typed score is L + C, the classic slip, instead of L x C), and review
 * dates before the register's "as at" date.
 */
import { Prng } from './prng';
import { buildXlsx, SharedStrings, SheetWriter, STYLE } from './xlsx-writer';

export interface RiskOptions {
  readonly risks: number;
  readonly seed: number;
}

export interface RiskExpectations {
  readonly sheet: string;
  readonly risks: number;
  readonly sections: number;
  readonly sheetRows: number;
  /** Cells (A1) where each check belongs. */
  readonly residualAboveCurrent: ReadonlyArray<string>;
  readonly scoreMismatch: ReadonlyArray<string>;
  readonly reviewOverdue: ReadonlyArray<string>;
}

const SECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['Co-Commissioning', 'Co-Com'],
  ['Transformation of Primary Care', 'Trans PC'],
  ['Prescribing', 'Rx'],
  ['Finance', 'Fin'],
  ['Quality Improvement', 'QI'],
  ['Workforce', 'WF'],
  ['Estates', 'Est'],
  ['Digital', 'Dig'],
  ['Safeguarding', 'Sfg'],
  ['Governance', 'Gov'],
];
const SUBJECTS = [
  'GP practices', 'the APMS provider', 'community pharmacies', 'the out of hours service', 'care homes',
  'the CCG', 'practice nurses', 'the estates programme', 'the IT supplier', 'neighbourhood teams',
  'the acute trust', 'primary care support services', 'the dental contract', 'locum cover', 'the federation',
  'the 111 service', 'safeguarding leads', 'the finance team', 'the prescribing hub', 'patient transport',
];
const PROBLEMS = [
  'are unable to recruit enough clinical staff', 'do not deliver the contracted activity', 'overspend against plan',
  'fail a CQC inspection', 'do not sign up to the quality scheme', 'cannot meet the access standard',
  'lose key staff at short notice', 'miss the reporting deadline', 'do not adopt the new pathway',
  'report incidents late', 'exceed the agreed waiting times', 'lose data in the migration',
  'cannot secure suitable premises', 'see demand rise faster than funding', 'delay the mobilisation',
];
const CAUSES = [
  'national shortages of GPs', 'rising list sizes', 'late notice of allocations', 'price increases for generic drugs',
  'the transfer of the support contract', 'limited estates capacity', 'variable engagement by practices',
  'changes to the core contract', 'retirements in the workforce', 'delays in the national programme',
  'system pressures over winter', 'the end of transitional funding', 'weak contract monitoring',
];
const CONSEQUENCES = [
  'unsafe care for patients', 'a financial overspend', 'reputational damage to the CCG', 'loss of patient access',
  'variation in the quality of services', 'failure to meet statutory duties', 'delays to treatment',
  'a breach of the contract', 'pressure on urgent care', 'increased complaints',
];
const OFFICERS = ['CoIM', 'PJ', 'JL', 'TJ', 'KW', 'DM', 'SH', 'RB', 'AC', 'LT', 'NW', 'GH', 'EF', 'MP', 'CB', 'JD', 'HS', 'RK'];

/** 31 August 2017 as an Excel serial date. */
const AS_AT_SERIAL = 42978;
const AS_AT_TEXT = '31st August 2017';

export function generateRiskWorkbook(options: RiskOptions): { bytes: Uint8Array; expected: RiskExpectations; cells: number } {
  const rng = new Prng(options.seed);
  const sst = new SharedStrings();
  const sheet = new SheetWriter('Risk Register', sst, [12, 60, 5, 5, 10, 5, 5, 10, 12, 12]);
  const residualAboveCurrent: string[] = [];
  const scoreMismatch: string[] = [];
  const reviewOverdue: string[] = [];
  const counters = new Map<string, number>();

  sheet.row(['GENERATED CCG: Head of Primary Quality and Improvement'], STYLE.bold);
  sheet.row(['PRIMARY CARE PROGRAMME RISK REGISTER'], STYLE.bold);
  sheet.row([`Position as at ${AS_AT_TEXT}`], STYLE.bold);
  sheet.row(
    ['Ref', 'Description of Risks', 'L', 'C', 'Current Risk (score)', 'L', 'C', 'Residual Risk (score)', 'Lead Officer', 'Review Date'],
    STYLE.header,
  );

  const typedScore = (l: number, c: number, cell: string): number => {
    if (!rng.chance(0.015)) return l * c;
    const typo = l + c !== l * c ? l + c : l * c === 25 ? 24 : l * c + 1;
    scoreMismatch.push(cell);
    return typo;
  };

  let risks = 0;
  let sections = 0;
  let previous = '';
  while (risks < options.risks) {
    let [sectionName, prefix] = rng.pick(SECTIONS);
    // Never the same heading twice running, so each heading starts a run of risks of its own.
    while (sectionName === previous) [sectionName, prefix] = rng.pick(SECTIONS);
    previous = sectionName;
    sections++;
    sheet.row([sectionName], STYLE.bold);
    const size = Math.min(rng.int(40, 60), options.risks - risks);
    for (let i = 0; i < size; i++) {
      const row = sheet.nextRow;
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      const ref = `${prefix} ${String(n).padStart(3, '0')}`;
      const description =
        `Risk that ${rng.pick(SUBJECTS)} ${rng.pick(PROBLEMS)} because of ${rng.pick(CAUSES)}, ` +
        `leading to ${rng.pick(CONSEQUENCES)} (${ref}).`;
      const curL = rng.int(1, 5);
      const curC = rng.int(2, 5);
      let resL: number;
      let resC: number;
      if (curL * curC < 25 && rng.chance(0.03)) {
        // Planted: mitigation that raises the risk.
        resL = rng.int(curL, 5);
        resC = rng.int(curC, 5);
        if (resL * resC <= curL * curC) {
          if (resL < 5) resL++;
          else resC++;
        }
        residualAboveCurrent.push(`H${row}`);
      } else if (rng.chance(0.3)) {
        resL = curL;
        resC = curC;
      } else {
        resL = rng.int(1, curL);
        resC = rng.int(1, curC);
      }
      const overdue = rng.chance(0.06);
      const review = overdue ? AS_AT_SERIAL - rng.int(1, 120) : AS_AT_SERIAL + rng.int(1, 200);
      if (overdue) reviewOverdue.push(`J${row}`);
      sheet.row([
        ref,
        { v: description, s: STYLE.wrap },
        curL,
        curC,
        typedScore(curL, curC, `E${row}`),
        resL,
        resC,
        typedScore(resL, resC, `H${row}`),
        rng.pick(OFFICERS),
        { v: review, s: STYLE.date },
      ]);
      risks++;
    }
  }

  const bytes = buildXlsx([sheet], sst, 'Risk register (bench)');
  return {
    bytes,
    cells: sheet.cells,
    expected: { sheet: sheet.name, risks, sections, sheetRows: sheet.lastRow, residualAboveCurrent, scoreMismatch, reviewOverdue },
  };
}
