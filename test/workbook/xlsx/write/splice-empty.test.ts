/** Issue 11, defect 2: appends into an empty-element tag open it once, however many there are. */
import { outlineXml, Splice } from '../../../../src/workbook/xlsx/write/xml-outline';
import { ContentTypesPart, RelationshipsPart } from '../../../../src/workbook/xlsx/write/opc-edit';

describe('Splice into empty-element tags', () => {
  it('opens the tag once for several appends, an attribute set too', () => {
    const xml = '<a><b x="1" /></a>';
    const root = outlineXml(xml);
    const b = root.children[0]!;
    const s = new Splice(xml);
    s.appendChildren(b, '<c/>');
    s.setAttribute(b, 'count', '2');
    s.appendChildren(b, '<d/>');
    expect(s.apply()).toBe('<a><b x="1" count="2"><c/><d/></b></a>');
  });

  it('[Content_Types].xml and a relationships part in their empty forms take several entries', () => {
    const types = new ContentTypesPart('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    types.addOverride('xl/worksheets/sheet2.xml', 'w');
    types.addOverride('xl/worksheets/sheet3.xml', 'w');
    expect(types.result()).toBe(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/worksheets/sheet2.xml" ContentType="w"/><Override PartName="/xl/worksheets/sheet3.xml" ContentType="w"/></Types>',
    );
    const rels = new RelationshipsPart('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships" />');
    rels.add({ id: rels.freeId(), type: 'worksheet', target: 'worksheets/sheet2.xml' });
    rels.add({ id: rels.freeId(), type: 'styles', target: 'styles.xml' });
    expect(rels.result()).toMatch(/^<Relationships [^>]*><Relationship Id="rId1" [^>]*\/><Relationship Id="rId2" [^>]*\/><\/Relationships>$/);
  });
});
