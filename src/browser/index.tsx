/** The plain browser page: no Office.js, the .xlsx adapter in its place. */
import { createRoot } from 'react-dom/client';
import { Shell } from '../taskpane/components/Shell';
import { BrowserPage } from './BrowserPage';

createRoot(document.getElementById('container')!).render(
  <Shell>
    <BrowserPage />
  </Shell>,
);
