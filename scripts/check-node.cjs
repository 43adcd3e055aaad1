// The first step of install, start, preview and test. On an older Node the project breaks further
// in with errors that do not say why (ERR_UNKNOWN_FILE_EXTENSION ".ts" when Node cannot run
// TypeScript, an engine error from Electron or better-sqlite3), so say it here, in one line.
// CommonJS and nothing newer than Node 12 can parse, because it must run on the Node it refuses.
'use strict';

const required = require('../package.json').engines.node.replace(/^>=\s*/, '');
const toNumbers = (version) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);
const [needMajor, needMinor = 0] = toNumbers(required);
const [major, minor] = toNumbers(process.versions.node);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error('Proceedings needs Node ' + required + ' or later; this is Node ' + process.versions.node + '.');
  process.exit(1);
}
