/**
 * The task pane inside Excel: waits for Office, then gives the pane the Office.js workbook.
 */
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbook } from '../workbook/office';
import { Pane } from './components/Pane';
import { Shell } from './components/Shell';
import { unsupportedExcel } from './model/support';

const root = createRoot(document.getElementById('container')!);

function notice(text: string) {
  root.render(
    <Shell>
      <main style={{ padding: 12 }}>
        <h1 style={{ fontSize: 20, margin: '0 0 8px 0' }}>RAG Board</h1>
        <p>{text}</p>
      </main>
    </Shell>,
  );
}

if (typeof Office === 'undefined') {
  // office.js comes from Microsoft's CDN; without it (offline, blocked, or this page opened
  // outside Excel) there is no workbook to work on.
  notice('RAG Board could not load Office’s script from Microsoft. Check the connection, then close and reopen RAG Board from Excel’s Home tab. To use RAG Board without Excel, open browser.html instead.');
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      notice('RAG Board works in Excel. Open it from the Home tab of a workbook.');
      return;
    }
    // An Excel without the API RAG Board needs (the manifest can still be sideloaded there):
    // one sentence on what is missing and what to use instead, never a blank pane.
    const unsupported = unsupportedExcel(Office.context.requirements ? (name, version) => Office.context.requirements.isSetSupported(name, version) : undefined);
    if (unsupported) {
      notice(unsupported);
      return;
    }
    root.render(
      <Shell>
        <Pane
          port={createOfficeWorkbook()}
          showTitle
          settingsNote="Settings are kept in the workbook’s document settings, so the next person to open it sees the same once the workbook is saved."
          selectLabel="Each check is a button: it selects its cell in the workbook."
          appliedHint="Open the new sheets for the board-ready summaries."
        />
      </Shell>,
    );
  });
}
