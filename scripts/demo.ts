/**
 * npm run demo: the command line on every bundled sample workbook, as a user would run it,
 * with each JSON report written to out/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../src/cli/main';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  // Paths in the reports read as a user would type them, relative to the checkout.
  process.chdir(root);
  const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => /\.xlsx$/i.test(f)).sort();
  const outDir = path.join(root, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  let worst = 0;
  for (const file of samples) {
    const input = path.join('samples', file);
    const report = path.join('out', file.replace(/\.xlsx$/i, '.report.json'));
    const copy = path.join('out', file.replace(/\.xlsx$/i, ' (RAG Board).xlsx'));
    process.stdout.write(`$ rag-board analyse ${input} --out "${copy}" --report ${report}\n`);
    const code = await run(['analyse', input, '--out', copy, '--report', report], {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      stderrIsTty: Boolean(process.stderr.isTTY),
    });
    worst = Math.max(worst, code);
    process.stdout.write('\n');
  }
  process.stdout.write(`Reports and RAG-formatted copies written to out/ (${samples.length} workbooks). Open a copy in Excel to see the Budget Summary and Risk Summary sheets.\n`);
  process.exitCode = worst;
}

void main();
