/**
 * axe-core on the page as it stands: the serious and critical problems, one line each, for a
 * test to collect across states and expect none of.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export async function seriousAxeProblems(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const problems: string[] = [];
  for (const v of results.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    // Fluent's focus manager (tabster) puts focusable aria-hidden <i data-tabster-dummy> around
    // tab lists and dialogs; they pass focus on at once and are a known false positive of
    // aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses them).
    const nodes = v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) : v.nodes;
    if (nodes.length) problems.push(`${state}: ${v.id} (${v.impact}) ${v.help}: ${nodes.map((n) => n.target.join(' ')).join('; ')}`);
  }
  return problems;
}
