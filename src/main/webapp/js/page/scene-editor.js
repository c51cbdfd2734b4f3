// The ray tracer's scene editor: presets into the editor, its text into requests, and refusals
// shown at the line and column they point to. It starts as the plain text area and becomes a code
// editor (CodeMirror, bundled into the site: highlighting, bracket matching, folding, a lint mark
// on the line of an error) once that has loaded; if it cannot load, the text area stays.

/** The code editor's module, loaded once for the page. */
let codeEditorModule = null;

export class SceneEditor {
  /** @param onEdit called after every edit the user makes */
  constructor(textarea, errorBox, onEdit = () => {}) {
    this.textarea = textarea;
    this.errorBox = errorBox;
    this.onEdit = onEdit;
    this.prefix = '';
    this.view = null;
    this.cm = null;
    textarea.addEventListener('input', () => this.onEdit());
  }

  /**
   * Fetches and runs the code editor's modules without building the editor: done in idle time, it
   * leaves the first switch to the tab only the building. Its view, its setup and the JSON language
   * each in a task of its own: run at once they kept the page's thread 55–70 ms.
   */
  preload() {
    codeEditorModule ??= import('../vendor/code-editor-view.js').then(nextTask)
      .then(() => import('../vendor/code-editor-setup.js')).then(nextTask)
      .then(() => import('../vendor/code-editor.js'));
    return codeEditorModule;
  }

  /**
   * Replaces the text area by the code editor; resolves to whether it could. Built a step a task
   * (the module's first run, a bare editor, then its setup, the JSON language and the lint marks
   * added one at a time), each well under 50 ms of the page's thread: built at once, the editor
   * kept it busy for over 100 ms while the first preset rendered.
   */
  async upgrade() {
    let cm;
    try {
      cm = await this.preload();
    } catch {
      return false;
    }
    await nextTask();
    const label = this.textarea.labels[0];
    const features = new cm.Compartment();
    const state = cm.EditorState.create({
      doc: this.textarea.value,
      extensions: [
        features.of([]),
        cm.syntaxHighlighting(highlightStyle(cm)),
        pageTheme(cm),
        // tabindex: the editable text is in the tab order anyway; said outright, checkers see the scroller holds something focusable.
        cm.EditorView.contentAttributes.of({ 'aria-label': label.textContent.trim(), tabindex: '0' }),
        cm.EditorView.updateListener.of((update) => {
          if (update.docChanged && update.transactions.some((t) => t.isUserEvent('input') || t.isUserEvent('delete')
            || t.isUserEvent('undo') || t.isUserEvent('redo') || t.isUserEvent('move'))) {
            this.onEdit();
          }
        }),
      ],
    });
    // In a shadow root the editor's own styles go into constructed style sheets; in the document
    // they would be a <style> element, which the Content-Security-Policy (style-src 'self') blocks.
    const host = document.createElement('div');
    host.className = 'code-editor';
    const root = host.attachShadow({ mode: 'open' });
    const view = new cm.EditorView({ state, root });
    root.append(view.dom);
    this.cm = cm;
    this.view = view;
    // Text written into the text area while the editor was being built is carried over.
    if (this.textarea.value !== state.doc.toString()) {
      this.text = this.textarea.value;
    }
    label.addEventListener('click', () => this.view.focus());
    this.textarea.after(host);
    this.textarea.hidden = true;
    // Scripts and tests keep reading and writing the scene through the text area's value.
    const editor = this;
    Object.defineProperty(this.textarea, 'value', {
      configurable: true,
      get: () => editor.text,
      set: (text) => { editor.text = text; },
    });
    const stages = [
      [cm.basicSetup],
      [cm.basicSetup, cm.json()],
      [cm.basicSetup, cm.json(), cm.linter(cm.jsonParseLinter(), { delay: 600 }), cm.lintGutter()],
    ];
    for (const extensions of stages) {
      await nextTask();
      view.dispatch({ effects: features.reconfigure(extensions) });
    }
    return true;
  }

  get text() {
    return this.view ? this.view.state.doc.toString() : this.textarea.value;
  }

  set text(text) {
    if (this.view) {
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
    } else {
      this.textarea.value = text;
    }
  }

  isEmpty() {
    return this.text.trim() === '';
  }

  async loadPreset(name) {
    const response = await fetch(`scenes/${name}.json`);
    if (!response.ok) {
      throw new Error(`could not load the preset "${name}": the server answered ${response.status}`);
    }
    this.text = await response.text();
    this.clearError();
  }

  /**
   * The request text for `fields` with the editor's scene as params.scene. `fields` go first, on
   * the first line, and the scene text follows unchanged. Positions in the request are then positions in the editor (shifted on the first line).
   */
  requestText(fields) {
    const head = JSON.stringify(fields);
    this.prefix = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"params":{"scene":`;
    return `${this.prefix}${this.text}}}`;
  }

  clearError() {
    this.errorBox.textContent = '';
    if (this.view) {
      this.view.dispatch(this.cm.setDiagnostics(this.view.state, []));
    }
  }

  /** Text that is not JSON yet: the code editor marks it by itself; the text area gets the browser's words. */
  showSyntaxError(error) {
    if (this.view) {
      this.errorBox.textContent = 'Not valid JSON yet: see the mark in the margin.';
      return;
    }
    this.errorBox.textContent = `Not valid JSON yet: ${error.message}`;
  }

  /**
   * Shows a refusal that concerns the scene next to the editor, marks and selects the offending
   * text and scrolls it into view; `focus` moves the focus there too (when the user asked for the render).
   */
  showError(error, { focus = false } = {}) {
    const aboutScene = error.name === 'RequestError'
      && (String(error.field).startsWith('params.scene') || (error.field === 'request' && error.line > 0));
    if (!aboutScene || this.textarea.closest('[hidden]:not(textarea)')) {
      return;
    }
    if (!(error.line > 0)) {
      this.errorBox.textContent = error.message;
      return;
    }
    const line = error.line;
    const column = line === 1 ? error.column - this.prefix.length : error.column;
    this.errorBox.textContent = `Line ${line}, column ${column}: ${error.message}`;
    const lines = this.text.split('\n');
    // A position outside the editor's text (a script's own request, a scene not loaded yet) is said, not marked.
    if (line > lines.length || column < 1 || column - 1 > lines[line - 1].length) {
      return;
    }
    const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
    const end = Math.min(start + Math.max(1, tokenLength(lines[line - 1], column - 1)), start + lines[line - 1].length);
    if (this.view) {
      this.view.dispatch(this.cm.setDiagnostics(this.view.state, [{ from: start, to: end, severity: 'error', message: error.message }]));
      this.view.dispatch({ selection: { anchor: start, head: end }, effects: this.cm.EditorView.scrollIntoView(start, { y: 'center' }) });
      this.view.dom.getRootNode().host.scrollIntoView({ block: 'nearest' });
      if (focus) {
        this.view.focus();
      }
      return;
    }
    if (focus) {
      this.textarea.focus();
    }
    this.textarea.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 16;
    this.textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - this.textarea.clientHeight / 2);
    this.textarea.scrollIntoView({ block: 'nearest' });
  }
}

/** The editor in the page's colours: CSS variables reach into the shadow root, the page's rules do not. */
function pageTheme(cm) {
  return cm.EditorView.theme({
    '&': { height: '26rem', fontSize: '0.8rem', backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--line)' },
    '&.cm-focused': { outline: '2px solid var(--accent)' },
    '.cm-gutters': { backgroundColor: 'var(--bg)', color: 'var(--muted)', borderRightColor: 'var(--line)' },
    '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--accent) 10%, transparent)' },
    '.cm-content': { caretColor: 'var(--fg)' },
    '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
    '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
      backgroundColor: 'color-mix(in srgb, var(--accent) 35%, transparent)',
    },
    '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', borderColor: 'var(--line)' },
    '.cm-panels': { backgroundColor: 'var(--bg)', color: 'var(--fg)' },
  });
}

/** JSON colours from the page's theme (CSS variables), so that both themes keep their contrast. */
function highlightStyle(cm) {
  const { tags } = cm;
  return cm.HighlightStyle.define([
    { tag: tags.propertyName, color: 'var(--code-property)' },
    { tag: tags.string, color: 'var(--code-string)' },
    { tag: tags.number, color: 'var(--code-number)' },
    { tag: [tags.bool, tags.null], color: 'var(--code-keyword)' },
    { tag: tags.invalid, color: 'var(--error)' },
  ]);
}

/** Resolves in a later task, so that the page's thread can paint and take input in between. */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve));
}

function tokenLength(text, from) {
  const match = /^("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/.exec(text.slice(from));
  return match ? match[0].length : 1;
}
