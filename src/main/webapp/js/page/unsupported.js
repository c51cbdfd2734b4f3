/* For browsers that cannot run Tessera at all: kept to plain old JavaScript so that any browser runs
   it and says what it lacks. Everything finer (WebAssembly GC, isolation) the runtime finds itself. */
(function () {
  var problems = [];
  if (!('noModule' in document.createElement('script'))) {
    problems.push('This browser cannot run JavaScript modules, which Tessera is written as.');
  }
  if (typeof Worker === 'undefined') {
    problems.push('This browser has no Web Workers, which Tessera needs to render on several cores.');
  }
  var box = document.getElementById('unsupported');
  if (!problems.length || !box) {
    return;
  }
  var html = '<h2>Tessera cannot run here</h2><ul>';
  for (var i = 0; i < problems.length; i++) {
    html += '<li>' + problems[i].replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</li>';
  }
  box.innerHTML = html + '</ul><p>Tessera needs JavaScript modules, Web Workers and WebAssembly (or, without it, '
    + 'its JavaScript engine): use a current Chrome or Firefox.</p>';
  box.hidden = false;
  var status = document.getElementById('status');
  if (status) {
    status.textContent = 'Not supported in this browser.';
  }
})();
