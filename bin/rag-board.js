#!/usr/bin/env node
// Installed as a package, the command runs the compiled CLI (npm run build:cli makes dist/).
require('../dist/src/cli/main.js');
