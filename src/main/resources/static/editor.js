// Newsroom editor helpers. Everything here also works without JavaScript, through plain form posts;
// the script only saves a round trip: See-also blocks go in where the cursor is, and finding a story
// to link does not reload the editor.
(function () {
  'use strict';
  var body = document.getElementById('body');
  if (!body) { return; }
  var lastCursor = body.value.length;
  body.addEventListener('blur', function () { lastCursor = body.selectionStart; });

  function insertAtCursor(text) {
    var before = body.value.slice(0, lastCursor);
    var after = body.value.slice(lastCursor);
    var lead = before === '' || /\n\n$/.test(before) ? '' : (/\n$/.test(before) ? '\n' : '\n\n');
    var tail = after === '' || /^\n\n/.test(after) ? '' : (/^\n/.test(after) ? '\n' : '\n\n');
    body.value = before + lead + text + tail + after;
    lastCursor = (before + lead + text).length;
    body.focus();
    body.setSelectionRange(lastCursor, lastCursor);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="insertSeeAlso"]');
    if (button) {
      event.preventDefault();
      insertAtCursor('{{see-also ' + button.value + '}}');
      var status = document.getElementById('see-also-status');
      if (status) { status.textContent = 'See also block inserted.'; }
    }
  });

  var find = document.querySelector('button[name="action"][value="find"]');
  var query = document.getElementById('see-also-query');
  var results = document.getElementById('see-also-results');
  if (!find || !query || !results || !window.fetch) { return; }
  find.addEventListener('click', function (event) {
    event.preventDefault();
    var own = find.getAttribute('data-story') || '';
    fetch('/newsroom/see-also/?q=' + encodeURIComponent(query.value) + '&story=' + encodeURIComponent(own),
      { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var parsed = new DOMParser().parseFromString(html, 'text/html');
        var list = parsed.getElementById('see-also-results');
        results.replaceChildren.apply(results, list ? Array.prototype.slice.call(list.childNodes) : []);
      })
      .catch(function () { find.form.requestSubmit(find); });
  });
}());
