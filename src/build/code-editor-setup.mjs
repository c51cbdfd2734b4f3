// The second part of the scene editor's code editor to load: its basic setup (line numbers,
// folding, bracket matching, history, search, completion), over code-editor-view.mjs; then
// code-editor.mjs adds the JSON language and the lint marks. Each part is its own task on the
// page's thread, under the 50 ms of a long task.
export { basicSetup } from 'codemirror';
