/**
 * saxes, a conformant streaming XML parser, for the small parts of a package
 * (relationships, workbook, styles, shared strings), behind a three-callback interface.
 * Syntax errors come out as XmlSyntaxError, like the worksheet scanner's.
 */
import { SaxesParser } from 'saxes';
import { localName } from './text';
import { XmlSyntaxError } from './xml-scanner';

export interface SaxHandlers {
  /** An element opens; `name` is its local name, `attrs` keyed by qualified name as written. */
  open?(name: string, attrs: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  /** Character data (entities decoded, CDATA included), possibly in several pieces. */
  text?(text: string): void;
}

export function parseXml(xml: string, handlers: SaxHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let handlerError: unknown;
  const guard = <A extends unknown[]>(fn: ((...args: A) => void) | undefined) =>
    fn &&
    ((...args: A) => {
      try {
        fn(...args);
      } catch (e) {
        // An error of ours inside a handler must not be reported as bad XML.
        handlerError ??= e;
        throw e;
      }
    });
  const open = guard(handlers.open?.bind(handlers));
  const close = guard(handlers.close?.bind(handlers));
  const text = guard(handlers.text?.bind(handlers));
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  try {
    parser.write(xml).close();
  } catch (e) {
    if (handlerError !== undefined) throw handlerError;
    const message = e instanceof Error ? e.message : String(e);
    // saxes messages look like "1:17: unclosed tag: row"; keep the part after the position.
    const detail = message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
    throw new XmlSyntaxError(detail, parser.line, parser.column, e);
  }
}

/** The value of an attribute in a namespace by its local name, whatever the prefix ("r:id", "ns2:id"). */
export function prefixedAttr(attrs: Readonly<Record<string, string>>, local: string): string | undefined {
  for (const key in attrs) {
    const colon = key.indexOf(':');
    if (colon > 0 && key.slice(colon + 1) === local && !key.startsWith('xmlns')) return attrs[key];
  }
  return undefined;
}

/**
 * Checks that a part is well-formed, namespace-sound XML, as Excel requires of every part of
 * a package; throws XmlSyntaxError where it is not. For the parts a writer copies unread.
 */
export function checkWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: Error | undefined;
  parser.on('error', (e) => {
    problem ??= e;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    problem ??= e as Error;
  }
  if (problem) {
    const detail = problem.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
    throw new XmlSyntaxError(detail, parser.line, parser.column, problem);
  }
}
