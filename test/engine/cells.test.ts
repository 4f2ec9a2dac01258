import { parseAmount } from '../../src/engine/cells/amount';
import { parseConsequence, parseLikelihood, parseScore, parseTrend } from '../../src/engine/cells/risk';
import { difference } from '../../src/engine/budget/precision';
import { financialMonthsElapsed, fromExcelSerial, parseDate, parsePeriod, statesAWholeYear, toExcelSerial } from '../../src/engine/cells/date';

describe('amounts as finance packs write them', () => {
  test.each([
    ['(539,416)', -539416],
    ['£1,549,812', 1549812],
    ['£86,381,974', 86381974],
    ['(£0.1m)', -100000],
    ['-0', 0],
    ['-25', -25],
    ['1,234-', -1234],
    ['-£1,234', -1234],
    ['1 234 567', 1234567], // thin spaces from a PDF
    ['1\u00a0234', 1234],
    ['-', 0],
    ['–', 0],
    ['£72.5m', 72500000],
    ['£580k', 580000],
    // Excel's accounting format exported as text: the sign outside the brackets, zero a dash.
    [' $(1,019)', -1019],
    ['£(5.5)', -5.5],
    [' $-   ', 0],
    // A figure with its share of the budget beside it.
    ['£7530 (56%)', 7530],
    ['£1,420 (71%)', 1420],
    ['£2625 (but 2023/4 overall at £5950)', 2625],
    // A note's mark after the figure: a comment kept from Excel, a footnote star.
    ['147.40[1]', 147.4],
    ['-591.78[4]', -591.78],
    ['£2,500*', 2500],
    // ... after a bracketed figure, and the dagger and superscript marks PDF tables use.
    ['(12)*', -12],
    ['1,234\u2020', 1234],
    ['(3,400)\u00b9', -3400],
    // ... or before it, as Hansard marks a total ("\u20211,353,180,000").
    ['\u20211,353,180,000', 1353180000],
    ['\u2020(250)', -250],
    // A currency's code after the figure, as grant reports write it.
    ['$7,680 USD', 7680],
    ['(1,200) GBP', -1200],
    [12.5, 12.5],
  ])('%p is %p', (cell, value) => {
    expect(parseAmount(cell)).toMatchObject({ kind: 'number', value });
  });
  test('blanks, words and errors are told apart', () => {
    expect(parseAmount(null)).toEqual({ kind: 'blank' });
    expect(parseAmount('  ')).toEqual({ kind: 'blank' });
    expect(parseAmount('n/a')).toEqual({ kind: 'blank' });
    expect(parseAmount('TBC')).toEqual({ kind: 'text', text: 'TBC' });
    expect(parseAmount('5%')).toEqual({ kind: 'text', text: '5%' });
    expect(parseAmount({ error: '#REF!' })).toEqual({ kind: 'error', error: '#REF!' });
    expect(parseAmount('#DIV/0!')).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(parseAmount('12,34')).toEqual({ kind: 'text', text: '12,34' });
  });
  test('text starting with a letter is a word, but for the blanks and zeros spelt n/a, na, none and nil', () => {
    for (const word of ['Salaries', 'k', 'm', 'bn', 'K1', 'e5', 'Total 1,234', 'zero', 'TBC 5%']) expect(parseAmount(word)).toEqual({ kind: 'text', text: word });
    for (const blank of ['N/A', 'na', 'None', ' n/a ']) expect(parseAmount(blank)).toEqual({ kind: 'blank' });
    expect(parseAmount('Nil')).toEqual({ kind: 'number', value: 0 });
    expect(parseAmount('nothing')).toEqual({ kind: 'text', text: 'nothing' });
    // Not letters: still read as figures.
    expect(parseAmount('£1k')).toEqual({ kind: 'number', value: 1000, step: 1000 });
    expect(parseAmount('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseAmount('\u00a0(1,000)')).toEqual({ kind: 'number', value: -1000 });
  });
});

describe('risk cells', () => {
  test.each([
    ['16 (4x4)', 16, 4, 4],
    ['12 (3x4)', 12, 3, 4],
    ['12 (3 x 4)', 12, 3, 4],
    ['4x4', null, 4, 4],
    ['3 x 4 = 12', 12, 3, 4],
    ['20', 20, null, null],
  ])('score %p', (cell, score, likelihood, consequence) => {
    expect(parseScore(cell)).toEqual({ kind: 'score', score, likelihood, consequence });
  });
  test.each([
    ['L4 x C3', null, 4, 3],
    ['L - 2\nI – 4\nRisk Score = 8', 8, 2, 4],
    ['L2 x I4 = 8', 8, 2, 4],
    ['Likelihood: 3, Impact: 4', null, 3, 4],
    ['C 3 L 2 = 6', 6, 2, 3],
  ])('each rating named in the cell, read as it says whatever the header\'s order: %p', (cell, score, likelihood, consequence) => {
    expect(parseScore(cell)).toEqual({ kind: 'score', score, likelihood, consequence, labelled: true });
    expect(parseScore(cell, 'consequence-first')).toEqual({ kind: 'score', score, likelihood, consequence, labelled: true });
  });
  test('a pair written consequence first, where the header says so ("Impact x Likelihood = Total")', () => {
    expect(parseScore('5x4=20', 'consequence-first')).toEqual({ kind: 'score', score: 20, likelihood: 4, consequence: 5 });
    expect(parseScore('5x4=20')).toEqual({ kind: 'score', score: 20, likelihood: 5, consequence: 4 });
    expect(parseScore('20', 'consequence-first')).toEqual({ kind: 'score', score: 20, likelihood: null, consequence: null });
  });
  test('likelihood and consequence as numbers or words, the seeds\' variants included', () => {
    expect(parseLikelihood('Almost certain')).toEqual({ kind: 'value', value: 5 });
    expect(parseLikelihood('Highly Likely')).toEqual({ kind: 'value', value: 4 });
    expect(parseLikelihood('Certain')).toEqual({ kind: 'value', value: 5 });
    expect(parseLikelihood('Rare')).toEqual({ kind: 'value', value: 1 });
    expect(parseLikelihood('3 - Possible')).toEqual({ kind: 'value', value: 3 });
    expect(parseConsequence('Insignificant')).toEqual({ kind: 'value', value: 1 });
    expect(parseConsequence('Negligible')).toEqual({ kind: 'value', value: 1 });
    expect(parseConsequence('Catastrophic')).toEqual({ kind: 'value', value: 5 });
    expect(parseConsequence('Huge')).toEqual({ kind: 'invalid', text: 'Huge' });
    // Staffordshire's own key says 3 = Likely; the register's words win over the common table.
    expect(parseLikelihood('Likely', new Map([['likely', 3]]))).toEqual({ kind: 'value', value: 3 });
  });
  test('trend arrows and words', () => {
    expect(['=', '↓', '↑', 'NEW', 'Closed', 'Improving', 'static', ''].map(parseTrend)).toEqual(['Unchanged', 'Improving', 'Deteriorating', 'New', 'Closed', 'Improving', 'Unchanged', null]);
  });
});

describe('dates and periods', () => {
  test('Excel serials both ways, across the phantom 29 February 1900', () => {
    expect(fromExcelSerial(42826)).toEqual({ year: 2017, month: 4, day: 1 });
    expect(toExcelSerial({ year: 2017, month: 4, day: 1 })).toBe(42826);
    expect(fromExcelSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
  });
  test('text dates as registers write them', () => {
    expect(parseDate('01/04/2017')).toEqual({ year: 2017, month: 4, day: 1 });
    expect(parseDate('Aug-17', undefined, { monthEnd: true })).toEqual({ year: 2017, month: 8, day: 31 });
    // Two-digit years as Excel reads them: 00 to 29 this century, 30 to 99 the last.
    expect(parseDate('Mar-99')).toEqual({ year: 1999, month: 3, day: 1 });
    expect(parseDate('30/06/99')).toEqual({ year: 1999, month: 6, day: 30 });
    expect(parseDate('Mar-29')).toEqual({ year: 2029, month: 3, day: 1 });
    expect(parseDate('11th October 2018')).toEqual({ year: 2018, month: 10, day: 11 });
    expect(parseDate('30 th June 2017')).toEqual({ year: 2017, month: 6, day: 30 });
    expect(parseDate('Monthly')).toBeNull();
    expect(parseDate('31/02/2017')).toBeNull();
    expect(parseDate(42826, 'dd/mm/yyyy')).toEqual({ year: 2017, month: 4, day: 1 });
    expect(parseDate(42826, '#,##0')).toBeNull();
  });
  test('the period a report states, in the NHS financial year', () => {
    expect(parsePeriod('Month 7')).toEqual({ monthsElapsed: 7, asAt: null });
    expect(parsePeriod('Primary Care Delegated Budget Position as at 30th June 2017:')).toEqual({ monthsElapsed: 3, asAt: { year: 2017, month: 6, day: 30 } });
    // Quarters and periods count the months to their end.
    expect(parsePeriod('Financial performance report 2025/26: Quarter 4')).toEqual({ monthsElapsed: 12, asAt: null });
    expect(parsePeriod('2nd quarter')).toEqual({ monthsElapsed: 6, asAt: null });
    expect(parsePeriod('Period 8')).toEqual({ monthsElapsed: 8, asAt: null });
    expect(parsePeriod('overspend of £0.24m against a total budget of £72.5m')).toBeNull();
    expect(financialMonthsElapsed({ year: 2018, month: 3, day: 31 })).toBe(12);
  });
  test('a period of a whole year stated from one date to the next year\'s, as a statement of the year gives it', () => {
    expect(parseDate('July 4, 2011')).toEqual({ year: 2011, month: 7, day: 4 });
    // A co-op's 52 weeks, an NHS year, a year of days written out.
    expect(statesAWholeYear('INCOME/EXPENSE STATEMENT July 4, 2011 – July 1, 2012')).toBe(true);
    expect(statesAWholeYear('Income and expenditure 1 April 2022 to 31 March 2023')).toBe(true);
    expect(statesAWholeYear('01/04/2022 - 31/03/2023')).toBe(true);
    // Half a year, or a single date, is not the year.
    expect(statesAWholeYear('1 April 2022 to 30 September 2022')).toBe(false);
    expect(statesAWholeYear('Position as at 31 March 2023')).toBe(false);
  });
});

test('a variance is worked out to the places its figures are given to, without binary arithmetic tails', () => {
  expect(difference(190.9, 186.6)).toBe(4.3);
  expect(difference(0.3, 0.1)).toBe(0.2);
  expect(difference(1724334.98, 2028062)).toBe(-303727.02);
  expect(difference(72828, 140000)).toBe(-67172);
});

test('a figure with brackets and a minus sign both is not a number: read either way it would be a guess', () => {
  expect(parseAmount('(-3,012,163)')).toEqual({ kind: 'text', text: '(-3,012,163)' });
  expect(parseAmount('(3,012,163)')).toEqual({ kind: 'number', value: -3012163 });
  expect(parseAmount('-3,012,163')).toEqual({ kind: 'number', value: -3012163 });
});

test('a figure in thousands or millions says what its last digit stands for', () => {
  expect(parseAmount('£85.2m')).toEqual({ kind: 'number', value: 85_200_000, step: 100_000 });
  expect(parseAmount('(£0.15m)')).toEqual({ kind: 'number', value: -150_000, step: 10_000 });
  expect(parseAmount('£744k')).toEqual({ kind: 'number', value: 744_000, step: 1_000 });
  expect(parseAmount('£744,000')).toEqual({ kind: 'number', value: 744_000 });
});

test('a score cell labelling its ratings ("Impact\\n4\\nLikelihood\\n3") gives the pair as it labels them, whatever the header\'s order', () => {
  expect(parseScore('Impact\n4\nLikelihood\n3')).toEqual({ kind: 'score', score: null, likelihood: 3, consequence: 4, labelled: true });
  expect(parseScore('Likelihood 2, Impact 5', 'consequence-first')).toMatchObject({ likelihood: 2, consequence: 5 });
});
