// Where the image pipeline's picture comes from: a shipped sample, a chosen file, a file dropped on
// the page, or an image pasted from the clipboard. Files become blob: URLs, tagged with their name.

export class ImageInput {
  constructor({ select, fileInput, dropZone, onChange }) {
    this.select = select;
    this.onChange = onChange;
    this.fileUrl = null;
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
