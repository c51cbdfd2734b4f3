// The first part of the scene editor's code editor to load: its state, view and highlighting
// (code-editor-setup.mjs adds the basic setup, code-editor.mjs the JSON language and the lint
// marks). Bundled as modules that share what they have in common, so that the page runs them in
// three tasks, each under the 50 ms of a long task, instead of one of 55–70 ms.
export { EditorView } from '@codemirror/view';
export { EditorState, Compartment } from '@codemirror/state';
export { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
export { tags } from '@lezer/highlight';
