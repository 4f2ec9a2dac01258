import { END, EOF, START, TEXT, XmlScanner, XmlSyntaxError } from '../../../src/workbook/xlsx/xml-scanner';
import { parseXml } from '../../../src/workbook/xlsx/xml-sax';

/** Events as "<name a=v>", "</name>", "text", with adjacent text joined. */
function scannerEvents(xml: string, attrNames: ReadonlyArray<string> = []): string[] {
  const out: string[] = [];
  const sc = new XmlScanner(xml);
  let text = '';
  const flush = () => {
    if (text !== '') out.push(JSON.stringify(text));
    text = '';
  };
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === TEXT) text += sc.text();
    else if (t === START) {
      flush();
      out.push(`<${sc.name}${attrNames.map((a) => (sc.attr(a) === undefined ? '' : ` ${a}=${JSON.stringify(sc.attr(a))}`)).join('')}>`);
    } else if (t === END) {
      flush();
      out.push(`</${sc.name}>`);
    }
  }
  return out;
}

function saxEvents(xml: string, attrNames: ReadonlyArray<string> = []): string[] {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push(JSON.stringify(text));
    text = '';
  };
  parseXml(xml, {
    open(name, attrs) {
      flush();
      out.push(`<${name}${attrNames.map((a) => (attrs[a] === undefined ? '' : ` ${a}=${JSON.stringify(attrs[a])}`)).join('')}>`);
    },
    close(name) {
      flush();
      out.push(`</${name}>`);
    },
    text(t) {
      text += t;
    },
  });
  return out;
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    scannerEvents(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) return e;
    throw e;
  }
  throw new Error(`no syntax error for ${xml}`);
}

describe('XmlScanner', () => {
  const samples: Record<string, string> = {
    plain: '<a><b x="1">text</b><c/></a>',
    entities: '<a t="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;">x &lt; y &amp;&amp; z &gt; 0 &#163;&#x20AC;&#10;end</a>',
    quotes: `<a t='say "hi"' r="it's" s = "spaced" >v</a>`,
    gtInAttribute: '<a t="a>b" r="c/>d"><b t="/"/></a>',
    comments: '<?xml version="1.0"?><!-- head --><a><!-- <b>not an element</b> -->x<!---->y</a><!-- tail -->',
    cdata: '<a><![CDATA[<b>&amp;</b>]]>after</a>',
    lineEnds: '<a>one\r\ntwo\rthree\nfour</a>',
    prefixes: '<x:a xmlns:x="urn:x"><x:b r="1">v</x:b></x:a>',
    whitespace: '<a>\n  <b>  spaced  </b>\n</a>\n',
    unicode: '<a t="ünï">東京 — £€ 🙂</a>',
    processingInstruction: '<a><?pi some data?>x</a>',
    selfClosingWithSpace: '<a><b r="1" /><c/></a>',
  };

  it.each(Object.entries(samples))('matches saxes on %s', (_name, xml) => {
    expect(scannerEvents(xml, ['t', 'r', 's', 'x'])).toEqual(saxEvents(xml, ['t', 'r', 's', 'x']));
  });

  it('skips a DOCTYPE, with an internal subset', () => {
    expect(scannerEvents('<!DOCTYPE a [<!ELEMENT a ANY>]><a>x</a>')).toEqual(['<a>', '"x"', '</a>']);
  });

  it('keeps unknown entity references as written rather than failing', () => {
    expect(scannerEvents('<a>&nbsp; &amp</a>')).toEqual(['<a>', '"&nbsp; &amp"', '</a>']);
  });

  it('reports self-closing tags', () => {
    const sc = new XmlScanner('<a><b/></a>');
    expect(sc.next()).toBe(START);
    expect(sc.selfClosing).toBe(false);
    expect(sc.next()).toBe(START);
    expect(sc.selfClosing).toBe(true);
    expect(sc.next()).toBe(END);
    expect(sc.name).toBe('b');
  });

  it('reads tags with many attributes', () => {
    const attrs = Array.from({ length: 40 }, (_, i) => `a${i}="${i}"`).join(' ');
    const sc = new XmlScanner(`<x ${attrs}/>`);
    sc.next();
    expect(sc.attrCount).toBe(40);
    expect(sc.attr('a39')).toBe('39');
    expect(sc.attr('a3')).toBe('3');
    expect(sc.attr('a')).toBeUndefined();
  });

  it('tells many distinct element names apart', () => {
    const names = Array.from({ length: 300 }, (_, i) => `e${i}`);
    const xml = `<root>${names.map((n) => `<${n}>${n}</${n}>`).join('')}</root>`;
    expect(scannerEvents(xml)).toEqual(saxEvents(xml));
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>', /<\/a> does not match <b>/],
    ['an unclosed element', '<a><b>text</b>', /ends before <a> is closed/],
    ['an unclosed tag', '<a><b r="1"', /not finished/],
    ['an unclosed attribute value', '<a r="1><b/></a>', /not closed/],
    ['an unquoted attribute value', '<a r=1/>', /not quoted/],
    ['an attribute without value', '<a r/>', /has no value/],
    ['text after the root', '<a/>junk', /text after the end/],
    ['a second root', '<a/><b/>', /second root/],
    ['no element at all', '   ', /no XML element/],
    ['text before the root', 'PK\u0003\u0004<a/>', /does not start with an XML element/],
    ['an unfinished comment', '<a><!-- x </a>', /comment is not finished/],
    ['an unfinished CDATA section', '<a><![CDATA[x</a>', /CDATA section is not finished/],
    ['a closing tag that closes nothing', '</a>', /closes nothing/],
  ])('rejects %s', (_what, xml, detail) => {
    const e = syntaxError(xml);
    expect(e.detail).toMatch(detail);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  });

  it('gives the line and column of an error', () => {
    const e = syntaxError('<a>\n<b>\n  <c></b>\n</a>');
    expect([e.line, e.column]).toEqual([3, 6]);
  });

  it('reports its progress through the text', () => {
    const sc = new XmlScanner('<a><b/></a>');
    expect(sc.progress).toBe(0);
    while (sc.next() !== EOF);
    expect(sc.progress).toBe(1);
  });
});
