// Where the image pipeline's picture comes from: a shipped sample, a chosen file, a file dropped on
// the page, or an image pasted from the clipboard. Files become blob: URLs, tagged with their name.

export class ImageInput {
  constructor({ select, fileInput, dropZone, onChange }) {
    this.select = select;
    this.onChange = onChange;
    this.fileUrl = null;
    /** The choice that rendered last: a file that fails goes back to it. */
    this.lastGood = select.value;
    select.addEventListener('change', () => this.onChange(this.url()));
    fileInput.addEventListener('change', () => {
      if (fileInput.files.length) {
        this.useFile(fileInput.files[0]);
      }
    });
    dropZone.addEventListener('dragover', (event) => {
      event.preventDefault();
      dropZone.classList.add('dropping');
    });
    dropZone.addEventListener('dragleave', () => dropZone.classList.remove('dropping'));
    dropZone.addEventListener('drop', (event) => {
      event.preventDefault();
      dropZone.classList.remove('dropping');
      if (event.dataTransfer.files.length) {
        this.useFile(event.dataTransfer.files[0]);
      }
    });
    document.addEventListener('paste', (event) => {
      const file = [...event.clipboardData.files][0];
      if (file) {
        event.preventDefault();
        this.useFile(file);
      }
    });
  }

  /** The URL of the current picture, relative to the page for samples. */
  url() {
    return this.select.value === 'file' ? this.fileUrl : this.select.value;
  }

  /** The picture at `url` as the user knows it: "Your file photo.jpg", or the sample's name in the list. */
  describe(url) {
    if (url === this.fileUrl && url) {
      return `Your file ${decodeURIComponent(url.split('#')[1] ?? '')}`.trim();
    }
    const option = [...this.select.options].find((o) => o.value === url);
    return option ? option.textContent : String(url);
  }

  /** The current picture rendered: it is the one to go back to. */
  succeeded() {
    this.lastGood = this.select.value;
  }

  /** The current picture could not be used: the list goes back to the last one that rendered, and a failed file leaves it. */
  failed() {
    if (this.select.value === 'file' && this.lastGood !== 'file') {
      this.select.querySelector('option[value="file"]')?.remove();
      URL.revokeObjectURL(this.fileUrl.split('#')[0]);
      this.fileUrl = null;
    }
    this.select.value = this.lastGood;
  }

  useFile(file) {
    if (this.fileUrl) {
      URL.revokeObjectURL(this.fileUrl.split('#')[0]);
    }
    // The fragment is ignored when fetching and lets messages name the file.
    this.fileUrl = `${URL.createObjectURL(file)}#${encodeURIComponent(file.name)}`;
    let option = this.select.querySelector('option[value="file"]');
    if (!option) {
      option = new Option('', 'file');
      this.select.add(option);
    }
    option.textContent = `Your file: ${file.name}`;
    this.select.value = 'file';
    this.onChange(this.fileUrl);
  }
}
