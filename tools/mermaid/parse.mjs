// Parses each file named on the command line with Mermaid's own parser
// (mermaid.parse, the first step of rendering) and prints one line per
// file: "ok FILE DIAGRAM-TYPE" or "error FILE MESSAGE". Exits 1 if any
// file does not parse. Mermaid's sanitizer (DOMPurify) needs a browser
// window; jsdom provides one, so no browser is downloaded or started.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (error) {
    const message = String(error && error.message ? error.message : error).replaceAll('\n', ' | ');
    console.log(`error ${file} ${message}`);
    process.exitCode = 1;
  }
}
