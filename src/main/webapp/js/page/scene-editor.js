// The ray tracer's scene editor: presets into the text area, its text into requests, and refusals
// shown beside it at the line and column they point to.


export class SceneEditor {
  constructor(textarea, errorBox) {
    this.textarea = textarea;
    this.errorBox = errorBox;
    this.prefix = '';
  }

  isEmpty() {
    return this.textarea.value.trim() === '';
  }

  async loadPreset(name) {
    const response = await fetch(`scenes/${name}.json`);
    if (!response.ok) {
      throw new Error(`could not load the preset "${name}": the server answered ${response.status}`);
    }
    this.textarea.value = await response.text();
    this.clearError();
  }

  /**
   * The request text for `fields` with the editor's scene as params.scene. `fields` go first, on
   * the first line, and the scene text follows unchanged. Positions in the request are then positions in the editor (shifted on the first line).
   */
  requestText(fields) {
    const head = JSON.stringify(fields);
    this.prefix = `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"params":{"scene":`;
    return `${this.prefix}${this.textarea.value}}}`;
  }

  clearError() {
    this.errorBox.textContent = '';
  }

  /** Shows the browser's word on text that is not JSON yet, with its line where the browser gives a position. */
  showSyntaxError(error) {
    const at = /position (\d+)/.exec(error.message);
    if (!at) {
      this.errorBox.textContent = `Not valid JSON yet: ${error.message}`;
      return;
    }
    const before = this.textarea.value.slice(0, Number(at[1])).split('\n');
    this.errorBox.textContent = `Line ${before.length}, column ${before.at(-1).length + 1}: not valid JSON yet`
      + ` (${error.message.replace(/ in JSON at position \d+.*$/, '')}).`;
  }

  /**
   * Shows a refusal that concerns the scene next to the editor, selects the offending text and
   * scrolls it into view; `focus` moves the focus there too (when the user asked for the render).
   */
  showError(error, { focus = false } = {}) {
    const aboutScene = error.name === 'RequestError'
      && (String(error.field).startsWith('params.scene') || (error.field === 'request' && error.line > 0));
    if (!aboutScene || this.textarea.closest('[hidden]')) {
      return;
    }
    if (!(error.line > 0)) {
      this.errorBox.textContent = error.message;
      return;
    }
    const line = error.line;
    const column = line === 1 ? error.column - this.prefix.length : error.column;
    this.errorBox.textContent = `Line ${line}, column ${column}: ${error.message}`;
    const lines = this.textarea.value.split('\n');
    if (line <= lines.length && column >= 1) {
      const start = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
      const end = Math.min(start + Math.max(1, tokenLength(lines[line - 1], column - 1)), start + lines[line - 1].length);
      if (focus) {
        this.textarea.focus();
      }
      this.textarea.setSelectionRange(start, end);
      const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 16;
      this.textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - this.textarea.clientHeight / 2);
      this.textarea.scrollIntoView({ block: 'nearest' });
    }
  }
}

function tokenLength(text, from) {
  const match = /^("(?:[^"\\]|\\.)*"|[^\s,}\]]+)/.exec(text.slice(from));
  return match ? match[0].length : 1;
}
