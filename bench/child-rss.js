// Preloaded into the bench's child processes (node --require): on exit, writes the process's
// peak resident set size (bytes) to the file named by RAG_BOARD_BENCH_RSS.
'use strict';
const file = process.env.RAG_BOARD_BENCH_RSS;
if (file) process.on('exit', () => require('fs').writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
