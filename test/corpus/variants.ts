/**
 * Real corpus layouts with their headers changed, for tests that need a table RAG Board does
 * not read by itself: the figures and shape stay the organisation's own.
 */
import * as path from 'path';
import { CORPUS_DIR, loadFixture, type Fixture } from './corpus';

/**
 * The Rushcliffe CCG assurance framework with every column headed in words RAG Board does not
 * know ("GB code", "Summary"), as another organisation might head them: the likelihood and
 * impact columns ("L", "I") are read, but no column says which risk each row is.
 */
export function rushcliffeWithOwnHeaders(): Fixture {
  const fixture = loadFixture(path.join(CORPUS_DIR, 'rushcliffe-ccg-assurance-framework-2016-03.json'));
  const sheet = fixture.sheets[0]!;
  const header = ['GB code', 'Director', 'Deputy', 'Committee', 'Date placed on Assurance Framework', 'Summary', 'Colour', 'L', 'I', 'Level', 'Last', 'Trend since last GB meeting'];
  return { ...fixture, sheets: [{ ...sheet, rows: sheet.rows.map((row, i) => (i === 4 ? header : row)) }] };
}
