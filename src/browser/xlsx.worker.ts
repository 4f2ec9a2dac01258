/** The browser page's worker: reading and writing .xlsx packages off the page's thread. */
import { serve } from '../taskpane/engine/rpc';
import { createXlsxHandlers } from './xlsxOps';

serve(self, createXlsxHandlers());
