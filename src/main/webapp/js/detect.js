/* Feature check, kept to plain old JavaScript so that any browser can run it and say what it lacks. */
(function () {
  var problems = [];
  var notes = [];
  var hasWorkers = typeof Worker !== 'undefined';
  var hasWasm = typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function';
  var wasmGc = false;
  if (hasWasm) {
    try {
      // A module whose only content is one empty struct type: valid only where WebAssembly GC is.
      wasmGc = WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]));
    } catch (e) {
      wasmGc = false;
    }
  }
  // Without it the app still runs, in transfer mode; the page says why (isolation.js).
  var isolated = window.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';

  if (!('noModule' in document.createElement('script'))) {
    problems.push('This browser cannot run JavaScript modules, which Tessera is written as.');
  }
  if (!hasWorkers) {
    problems.push('This browser has no Web Workers, which Tessera needs to render on several cores.');
  }
  if (!wasmGc) {
    notes.push(hasWasm
      ? 'This browser\'s WebAssembly has no garbage-collection support, so the JavaScript engine is used instead.'
      : 'This browser has no WebAssembly, so the JavaScript engine is used instead.');
  }

  window.tesseraSupport = {
    workers: hasWorkers, wasm: hasWasm, wasmGc: wasmGc, isolated: isolated,
    canRun: problems.length === 0, problems: problems, notes: notes,
    cores: navigator.hardwareConcurrency || 1
  };

  var box = document.getElementById('unsupported');
  if (problems.length && box) {
    var html = '<h2>Tessera cannot run here</h2><ul>';
    var all = problems.concat(notes);
    for (var i = 0; i < all.length; i++) {
      html += '<li>' + all[i].replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</li>';
    }
    box.innerHTML = html + '</ul><p>Use a current Chrome or Firefox on a correctly configured server.</p>';
    box.hidden = false;
    var status = document.getElementById('status');
    if (status) {
      status.textContent = 'Not supported in this browser.';
    }
  }
})();
