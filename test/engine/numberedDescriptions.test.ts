/**
 * A register whose title column names a group on its first risk only ("A. Access/ egress and car
 * parking", blank below) and whose hazards are a numbered list ("1. Traffic control", "1. Poor
 * lighting"), with no reference column, as a young farmers' federation's site risk assessment
 * prints it (test/corpus/fixtures radnor-yfc-…): every risk's reference is its hazard's number,
 * on the group's first row as on the rows under it.
 */
import { CellValue } from '../../src/engine/grid';
import { riskRegistersOf } from '../helpers/oneSheet';

const register = (rows: CellValue[][]) =>
  riskRegistersOf('Risk Assessment', rows)[0]!;

const HEADER: CellValue[] = ['Activity', 'Hazard', 'Risk Rating', 'Control', 'Risk Rate after control', 'Comments'];

test('the hazards\' numbers are the references, on a group\'s first row too; its name stays the group\'s', () => {
  const r = register([
    ['SITE RISK ASSESSMENT'],
    HEADER,
    ['A. Access/ egress and car parking', '1. Traffic control', 'High', 'Signed route; shuttle buses; stewards', 'Medium'],
    [null, '2. Poor lighting', 'Medium', 'Lighting towers until 2am', 'Low'],
    [null, '3. Long Grass', 'Low', 'Car parking fields grazed short', 'Low'],
    ['B. Welfare and facilities', '1. Toilet availability', 'Low'],
  ]);
  expect(r.risks.map((x) => [x.ref, x.title])).toEqual([
    ['1', 'A. Access/ egress and car parking'],
    ['2', 'Poor lighting'],
    ['3', 'Long Grass'],
    ['1', 'B. Welfare and facilities'],
  ]);
});

test('hazards not all numbered give no references beside a title', () => {
  const r = register([
    ['SITE RISK ASSESSMENT'],
    HEADER,
    ['A. Access/ egress and car parking', '1. Traffic control', 'High', 'Signed route; shuttle buses; stewards', 'Medium'],
    ['Car park', 'Poor lighting', 'Medium', 'Lighting towers until 2am', 'Low'],
  ]);
  expect(r.risks.map((x) => x.ref)).toEqual([null, null]);
});
