/**
 * sharedStrings.xml: the workbook's table of text values. Each <si> is either a plain
 * <t> or rich text, runs of <r><t>, whose texts are joined; phonetic guides (<rPh>,
 * ruby text over Japanese) are not part of the value and are left out.
 */
import { parseXml } from './xml-sax';
import { unescapeXstring } from './text';

export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let inItem = false;
  let inPhonetic = 0;
  let inText = false;
  let current = '';
  parseXml(xml, {
    open(name) {
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (inItem) {
        if (name === 'rPh') inPhonetic++;
        else if (name === 't' && inPhonetic === 0) inText = true;
      }
    },
    close(name) {
      if (name === 'si') {
        strings.push(unescapeXstring(current));
        inItem = false;
        inPhonetic = 0;
        inText = false;
      } else if (name === 'rPh') inPhonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}
