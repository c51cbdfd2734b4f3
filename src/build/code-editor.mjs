// What the scene editor takes from CodeMirror 6: the editor with its basic setup (line numbers,
// folding, bracket matching, history, search), the JSON language and the lint marks. Bundled by
// bundle-site.mjs into one module of the site, so that the page loads nothing from
// elsewhere and runs under the strict Content-Security-Policy.
export { EditorView, basicSetup } from 'codemirror';
export { EditorState, Compartment } from '@codemirror/state';
export { json, jsonParseLinter } from '@codemirror/lang-json';
export { linter, lintGutter, setDiagnostics, forceLinting } from '@codemirror/lint';
export { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
export { tags } from '@lezer/highlight';
