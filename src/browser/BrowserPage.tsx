/**
 * The plain browser page: open a workbook (picker or drag and drop), use the same pane as in
 * Excel over an in-memory .xlsx, see checked cells in a preview, and download the result as a
 * new file. The workbook never leaves this browser.
 */
import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { WorkbookGrids } from '../engine/grid';
import { Pane } from '../taskpane/components/Pane';
import { useShared } from '../taskpane/components/styles';
import { downloadName, fileProblem, mimeType, sizeText } from './files';
import { previewOf } from './preview';
import { SheetPreview } from './SheetPreview';
import { createXlsxClient, type XlsxClient } from './xlsxClient';
import { XlsxWorkbook } from './xlsxPort';

const useStyles = makeStyles({
  page: { maxWidth: '1280px', margin: '0 auto', padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}` },
  header: { marginBottom: tokens.spacingVerticalL },
  h1: { fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, margin: '0 0 4px 0' },
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(320px, 420px) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (max-width: 820px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: '0',
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: '0' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
  },
  dropActive: {
    borderTopColor: tokens.colorBrandStroke1,
    borderRightColor: tokens.colorBrandStroke1,
    borderBottomColor: tokens.colorBrandStroke1,
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hiddenInput: { display: 'none' },
});

interface OpenFile {
  readonly id: number;
  readonly port: XlsxWorkbook;
  readonly size: number;
}

export function BrowserPage({ client: given }: { client?: XlsxClient }) {
  const s = useStyles();
  const shared = useShared();
  const client = React.useMemo(() => given ?? createXlsxClient(), [given]);
  const inputRef = React.useRef<HTMLInputElement | null>(null);
  const previewRef = React.useRef<HTMLDivElement | null>(null);
  const nextId = React.useRef(1);
  const [file, setFile] = React.useState<OpenFile | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [changed, setChanged] = React.useState(false);
  const [grids, setGrids] = React.useState<WorkbookGrids | null>(null);
  const [previewSheet, setPreviewSheet] = React.useState<string | null>(null);
  const [previewCell, setPreviewCell] = React.useState<string | null>(null);
  const [previewTop, setPreviewTop] = React.useState<number | null>(null);
  const [status, setStatus] = React.useState('');
  const workbookHeading = useId('workbook');
  const previewHeading = useId('preview');

  const open = async (f: File) => {
    const why = fileProblem(f.name, f.size);
    if (why) {
      setProblem(why);
      setStatus(why);
      return;
    }
    setProblem(null);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch {
      const text = `“${f.name}” could not be read from the disk. Check that it is not open in another program with a lock, then try again.`;
      setProblem(text);
      setStatus(text);
      return;
    }
    const id = nextId.current++;
    const port = new XlsxWorkbook(f.name, bytes, client, {
      onRead: (g) => {
        setGrids(g);
        setPreviewSheet((cur) => (cur && g.sheets.some((x) => x.name === cur) ? cur : (g.sheets.find((x) => x.visibility === 'visible')?.name ?? g.sheets[0]?.name ?? null)));
      },
      onChange: () => setChanged(true),
      onSelect: (sheet, cell) => {
        setPreviewSheet(sheet);
        setPreviewCell(cell);
        setPreviewTop(null);
        setStatus(`Showing ${sheet} ${cell} in the preview.`);
        requestAnimationFrame(() => previewRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
      },
    });
    setChanged(false);
    setGrids(null);
    setPreviewSheet(null);
    setPreviewCell(null);
    setPreviewTop(null);
    setFile({ id, port, size: f.size });
    setStatus(`Opened ${f.name}.`);
  };

  const onPick = (ev: React.ChangeEvent<HTMLInputElement>) => {
    const f = ev.target.files?.[0];
    ev.target.value = '';
    if (f) void open(f);
  };

  const onDrop = (ev: React.DragEvent) => {
    ev.preventDefault();
    setDragging(false);
    const f = ev.dataTransfer.files?.[0];
    if (f) void open(f);
  };

  const download = () => {
    if (!file) return;
    const name = downloadName(file.port.fileName);
    const blob = new Blob([file.port.current as Uint8Array<ArrayBuffer>], { type: mimeType(file.port.fileName) });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`Downloading ${name}.`);
  };

  const preview = React.useMemo(
    () => (grids && previewSheet ? previewOf(grids, previewSheet, previewCell, undefined, previewTop) : null),
    [grids, previewSheet, previewCell, previewTop],
  );

  return (
    <div
      className={s.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={s.header}>
        <h1 className={s.h1}>RAG Board</h1>
        <p className={shared.para}>
          Budget variances and risk registers graded red, amber and green, with the figures checked. Your workbook stays on this computer: nothing is
          uploaded or sent anywhere.
        </p>
      </header>
      <div role="status" aria-live="polite" className={shared.visuallyHidden}>
        {status}
      </div>
      <div className={s.layout}>
        <main className={s.pane} aria-label="RAG Board">
          {file ? (
            <Pane
              key={file.id}
              port={file.port}
              settingsNote="Settings are kept in this browser for files of this name; they are not written into the workbook."
              selectLabel="Each check is a button: it shows its cell in the preview."
              appliedHint="Download the result to keep it; your original file is not changed."
              onOpenAnother={() => inputRef.current?.click()}
            />
          ) : (
            <p className={shared.para} style={{ padding: 16 }}>
              Open a workbook to begin.
            </p>
          )}
        </main>
        <div className={s.side}>
          <section aria-labelledby={workbookHeading}>
            <h2 className={shared.h2} id={workbookHeading}>
              Workbook
            </h2>
            <div className={`${s.drop} ${dragging ? s.dropActive : ''}`}>
              <p className={shared.para}>Drop an Excel workbook (.xlsx or .xlsm) here, or open one.</p>
              <div className={s.row}>
                <Button appearance={file ? 'secondary' : 'primary'} onClick={() => inputRef.current?.click()}>
                  Open a workbook…
                </Button>
                {file && (
                  <Button appearance="primary" disabledFocusable={!changed} onClick={download}>
                    Download “{downloadName(file.port.fileName)}”
                  </Button>
                )}
              </div>
              <input
                ref={inputRef}
                className={s.hiddenInput}
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
                aria-label="Workbook file"
                onChange={onPick}
              />
              {file && (
                <p className={shared.muted}>
                  {file.port.fileName} ({sizeText(file.size)}).{' '}
                  {changed ? 'Changed by RAG Board: download it to keep the changes.' : 'Not changed. Apply, then download the result as a new file.'}
                </p>
              )}
            </div>
            {problem && (
              <MessageBar intent="error" layout="multiline" style={{ marginTop: 8 }}>
                <MessageBarBody>
                  <MessageBarTitle>Cannot open that file</MessageBarTitle> {problem}
                </MessageBarBody>
              </MessageBar>
            )}
          </section>
          {grids && (
            <section aria-labelledby={previewHeading}>
              <h2 className={shared.h2} id={previewHeading}>
                Preview
              </h2>
              <Field label="Sheet" style={{ maxWidth: 280, marginBottom: 8 }}>
                <Select
                  value={previewSheet ?? ''}
                  onChange={(_, d) => {
                    setPreviewSheet(d.value);
                    setPreviewCell(null);
                    setPreviewTop(null);
                  }}
                >
                  {grids.sheets.map((x) => (
                    <option key={x.name} value={x.name}>
                      {x.name}
                      {x.visibility !== 'visible' ? ' (hidden)' : ''}
                    </option>
                  ))}
                </Select>
              </Field>
              {preview && (
                <SheetPreview
                  ref={previewRef}
                  model={preview}
                  onMove={(top) => {
                    setPreviewCell(null);
                    setPreviewTop(top);
                    setStatus(`Preview of ${preview.sheet} from row ${(top + 1).toLocaleString('en-GB')}.`);
                  }}
                />
              )}
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
