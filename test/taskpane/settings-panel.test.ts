/**
 * The Settings tab as it renders (react-dom/server in node: the markup a screen reader is
 * given): the Budget Summary choice is there, labelled, with its help text tied to it, and the
 * number box only for "Every line up to a limit". Choosing by mouse and keyboard, saving and
 * applying are in the browser page's end-to-end test.
 */
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import SettingsPanel from '../../src/taskpane/components/SettingsPanel';
import type { ConfigInput } from '../../src/taskpane/model/settingsStore';

function render(config: ConfigInput): Document {
  const html = renderToStaticMarkup(
    React.createElement(FluentProvider, { theme: webLightTheme }, React.createElement(SettingsPanel, { config, disabled: false, note: 'Kept with the workbook.', onSave: () => undefined })),
  );
  return parse(html);
}

/** Just enough of a DOM for these questions: elements by id, by role and by attribute. */
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}
interface Document {
  all: El[];
  byId(id: string): El | undefined;
  textOf(el: El): string;
}

function parse(html: string): Document {
  const root: El = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const all: El[] = [];
  const VOID = new Set(['input', 'br', 'img', 'hr', 'meta', 'link']);
  const re = /<(\/?)([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  for (let m: RegExpExecArray | null; (m = re.exec(html)); ) {
    const parent = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      parent.children.push({ tag: '#text', attrs: {}, children: [], text: decode(m[5]) });
      continue;
    }
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3]!.matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
    const el: El = { tag: m[2]!.toLowerCase(), attrs, children: [], text: '' };
    parent.children.push(el);
    all.push(el);
    if (!m[4] && !VOID.has(el.tag)) stack.push(el);
  }
  const textOf = (el: El): string => (el.tag === '#text' ? el.text : el.children.map(textOf).join(''));
  return { all, byId: (id) => all.find((e) => e.attrs['id'] === id), textOf };
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The accessible name from aria-labelledby, or the label whose for= names the element. */
function nameOf(doc: Document, el: El): string {
  const ids = el.attrs['aria-labelledby'];
  if (ids) return ids.split(/\s+/).map((id) => doc.textOf(doc.byId(id)!)).join(' ').trim();
  const label = doc.all.find((e) => e.tag === 'label' && e.attrs['for'] === el.attrs['id']);
  return label ? doc.textOf(label).trim() : el.attrs['aria-label'] ?? '';
}

function describedBy(doc: Document, el: El): string {
  return (el.attrs['aria-describedby'] ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => doc.textOf(doc.byId(id)!))
    .join(' ');
}

function radioGroup(doc: Document, name: string): El | undefined {
  return doc.all.find((e) => e.attrs['role'] === 'radiogroup' && nameOf(doc, e) === name);
}

function radios(doc: Document, group: El): Array<{ name: string; value: string; checked: boolean }> {
  const inside: El[] = [];
  const walk = (e: El) => {
    if (e.tag === 'input' && e.attrs['type'] === 'radio') inside.push(e);
    e.children.forEach(walk);
  };
  walk(group);
  return inside.map((r) => ({ name: nameOf(doc, r), value: r.attrs['value']!, checked: 'checked' in r.attrs }));
}

function textbox(doc: Document, name: string): El | undefined {
  return doc.all.find((e) => e.tag === 'input' && (e.attrs['type'] ?? 'text') === 'text' && nameOf(doc, e) === name);
}

const GROUP = 'Lines listed for each table';
const LIMIT = 'Most lines listed in full';

describe('Settings tab: what the Budget Summary lists', () => {
  it('is a labelled choice of three, in a group named for the Budget Summary, with its help text described', () => {
    const doc = render({});
    const group = radioGroup(doc, GROUP);
    expect(group).toBeDefined();
    expect(radios(doc, group!)).toEqual([
      { name: 'Every line', value: 'all', checked: false },
      { name: 'Exceptions only (totals, subtotals, red and amber lines, checks)', value: 'exceptions', checked: false },
      { name: 'Every line up to a limit, exceptions above it', value: 'limit', checked: true },
    ]);
    expect(describedBy(doc, group!)).toMatch(/^The board paper RAG Board adds to the workbook\. Your own table keeps its colours on every line/);
    // Inside a fieldset whose legend says which sheet it is about.
    const legends = doc.all.filter((e) => e.tag === 'legend').map((e) => doc.textOf(e));
    expect(legends).toEqual(['Budget RAG', 'Budget Summary', 'Risk grading']);
  });

  it('shows the number box, labelled and described, only for "Every line up to a limit"', () => {
    const limited = render({ budget: { summaryLines: 350 } });
    const box = textbox(limited, LIMIT);
    expect(box).toBeDefined();
    expect(box!.attrs['value']).toBe('350');
    expect(box!.attrs['inputmode']).toBe('numeric');
    expect(describedBy(limited, box!)).toMatch(/A table with more lines than this lists only its exceptions/);
    expect(textbox(render({}), LIMIT)!.attrs['value']).toBe('200');

    for (const choice of ['all', 'exceptions'] as const) {
      const doc = render({ budget: { summaryLines: choice } });
      expect(radios(doc, radioGroup(doc, GROUP)!).find((r) => r.checked)?.value).toBe(choice);
      expect(textbox(doc, LIMIT)).toBeUndefined();
    }
  });

  it('says nothing is unsaved when it opens on saved settings', () => {
    for (const config of [{}, { budget: { summaryLines: 'exceptions' as const } }, { budget: { summaryLines: 0 } }]) {
      const doc = render(config);
      expect(doc.all.some((e) => /changes that are not saved/.test(doc.textOf(e)))).toBe(false);
    }
  });
});
