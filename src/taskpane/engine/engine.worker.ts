/** The engine's worker: analysis and planning off the page's thread, so progress stays visible. */
import { createEngineHandlers } from './engineOps';
import { serve } from './rpc';

serve(self, createEngineHandlers());
