// Parses every .mmd file of a folder with Mermaid's own parser (the mermaid package, under a
// jsdom window as it would run in a browser) and prints one line a file, then a count:
//
//   node check-mermaid.mjs /tmp/corpus
//   ok news-feed.flowchart.mmd flowchart-v2
//   error broken.architecture.mmd: Parsing failed: Lexer error on line 2, column 14: ...
//   1 parsed, 1 refused
//
// Exits 0 when every file parses, 1 when one does not, 2 when it cannot run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const folder = process.argv[2];
if (!folder) {
    console.error('usage: node check-mermaid.mjs FOLDER');
    process.exit(2);
}
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

const files = readdirSync(folder).filter((name) => name.endsWith('.mmd')).sort();
let refused = 0;
for (const file of files) {
    try {
        const parsed = await mermaid.parse(readFileSync(join(folder, file), 'utf8'));
        console.log(`ok ${file} ${parsed.diagramType}`);
    } catch (error) {
        ++refused;
        console.log(`error ${file}: ${String(error?.message ?? error).replace(/\s+/g, ' ')}`);
    }
}
console.log(`${files.length - refused} parsed, ${refused} refused`);
process.exit(refused ? 1 : 0);
