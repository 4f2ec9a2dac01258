/**
 * manifest.xml against what Office requires of a task pane add-in's XML manifest, checked
 * here because office-addin-manifest's validator needs the network: identity, icons that
 * exist, https everywhere, the permission, the host, the ribbon button that opens the pane,
 * and every resource id defined once and used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';

const ROOT = path.resolve(__dirname, '../..');
const DEV_ORIGIN = 'https://localhost:3000';

interface Node {
  name: string;
  local: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
  parent: Node | null;
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#document', local: '#document', attrs: {}, children: [], text: '', parent: null };
  let current = root;
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = typeof a === 'string' ? a : a.value;
    const node: Node = { name: tag.name, local: tag.local ?? tag.name, attrs, children: [], text: '', parent: current };
    current.children.push(node);
    current = node;
  });
  parser.on('text', (t) => (current.text += t));
  parser.on('closetag', () => (current = current.parent!));
  parser.write(xml).close();
  return root.children[0]!;
}

function all(node: Node, local: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

function child(node: Node, local: string): Node {
  const c = node.children.find((x) => x.local === local);
  if (!c) throw new Error(`<${node.local}> has no <${local}>`);
  return c;
}

const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const manifest = parse(xml);

function assetFor(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return path.join(ROOT, 'assets', url.slice(`${DEV_ORIGIN}/assets/`.length));
}

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is a task pane add-in manifest in the 1.1 schema', () => {
    expect(manifest.local).toBe('OfficeApp');
    expect(manifest.attrs['xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  it('has the identity Office requires, in schema order', () => {
    const order = manifest.children.map((c) => c.local);
    const required = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    for (const r of required) expect(order).toContain(r);
    const positions = required.map((r) => order.indexOf(r));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    expect(child(manifest, 'Id').text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, 'Id').text.trim()).not.toBe('00000000-0000-0000-0000-000000000000');
    expect(child(manifest, 'Version').text.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(child(manifest, 'ProviderName').text.trim()).not.toBe('');
    expect(child(manifest, 'DefaultLocale').text.trim()).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    const name = child(manifest, 'DisplayName').attrs['DefaultValue']!;
    const description = child(manifest, 'Description').attrs['DefaultValue']!;
    expect(name).toBe('RAG Board');
    expect(name.length).toBeLessThanOrEqual(125);
    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(250);
  });

  it('points every URL at https, and every icon at a PNG in assets/ of the right size', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);

    const icon = child(manifest, 'IconUrl').attrs['DefaultValue']!;
    const hiRes = child(manifest, 'HighResolutionIconUrl').attrs['DefaultValue']!;
    expect(pngSize(assetFor(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFor(hiRes))).toEqual({ width: 64, height: 64 });

    const images = all(manifest, 'Image').filter((n) => n.parent?.local === 'Images');
    expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      const size = Number(/(\d+)x\d+/.exec(img.attrs['id']!)![1]);
      expect(pngSize(assetFor(img.attrs['DefaultValue']!))).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(ROOT, 'assets', `icon-${size}.png`))).toBe(true);
  });

  it('opens taskpane.html over https, asks to read and write the document, and runs in Excel', () => {
    const source = child(child(manifest, 'DefaultSettings'), 'SourceLocation').attrs['DefaultValue'];
    expect(source).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(child(manifest, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(child(manifest, 'Hosts').children.map((h) => h.attrs['Name'])).toEqual(['Workbook']);
    const sets = all(child(manifest, 'Requirements'), 'Set');
    expect(sets.map((s) => [s.attrs['Name'], s.attrs['MinVersion']])).toEqual([['ExcelApi', '1.9']]);
  });

  it('puts a button on the Home tab whose action shows the task pane', () => {
    const overrides = child(manifest, 'VersionOverrides');
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const host = all(overrides, 'Host')[0]!;
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const surface = all(host, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'PrimaryCommandSurface')!;
    expect(child(surface, 'OfficeTab').attrs['id']).toBe('TabHome');
    const buttons = all(surface, 'Control').filter((c) => c.attrs['xsi:type'] === 'Button');
    expect(buttons).toHaveLength(1);
    const action = child(buttons[0]!, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'SourceLocation').attrs['resid']).toBe('Taskpane.Url');
    expect(child(all(host, 'DesktopFormFactor')[0]!, 'FunctionFile').attrs['resid']).toBe('Commands.Url');
    for (const icon of all(buttons[0]!, 'Icon')) expect(icon.children.map((i) => i.attrs['size'])).toEqual(['16', '32', '80']);
  });

  it('defines every resid it uses, once, within Office’s length limits, and uses every one it defines', () => {
    const resources = child(child(manifest, 'VersionOverrides'), 'Resources');
    const defined = new Map<string, Node>();
    for (const group of resources.children) {
      for (const r of group.children) {
        expect(defined.has(r.attrs['id']!)).toBe(false);
        expect(r.attrs['id']!.length).toBeLessThanOrEqual(32);
        defined.set(r.attrs['id']!, r);
        const value = r.attrs['DefaultValue']!;
        if (group.local === 'ShortStrings') expect(value.length).toBeLessThanOrEqual(125);
        if (group.local === 'LongStrings') expect(value.length).toBeLessThanOrEqual(250);
        if (group.local === 'Urls' || group.local === 'Images') expect(value.startsWith('https://')).toBe(true);
      }
    }
    const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!));
    for (const id of used) expect(defined.has(id)).toBe(true);
    for (const id of defined.keys()) expect(used.has(id)).toBe(true);
    const taskpane = defined.get('Taskpane.Url')!.attrs['DefaultValue'];
    expect(taskpane).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(defined.get('Commands.Url')!.attrs['DefaultValue']).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  it('points at pages the build makes', () => {
    const pages = [...xml.matchAll(/https:\/\/localhost:3000\/([\w-]+\.html)/g)].map((m) => m[1]!);
    const html = new Set(['taskpane.html', 'commands.html', 'browser.html']);
    for (const p of pages) expect(html.has(p)).toBe(true);
    const webpack = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    for (const p of html) expect(webpack).toContain(`./src/${p === 'browser.html' ? 'browser' : p.replace('.html', '')}/${p}`);
  });
});
