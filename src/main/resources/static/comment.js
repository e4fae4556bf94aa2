// The comment form under a story, made quicker with JavaScript: it posts in place and shows the new comment, or
// the server's problems beside the fields, and a Reply link moves the form under the comment it answers. Without
// JavaScript (or without fetch) the form posts and the links load the page, and the server does the same work.
(function () {
  'use strict';
  if (!document.getElementById('commentform') || !window.fetch || !window.DOMParser || !window.URLSearchParams) { return; }
  var FIELDS = ['comment', 'author', 'email', 'url'];
  var FAILED = 'Your comment could not be sent. Please try again.';

  // The server checks every field and says what is wrong in words of its own, shown beside the field.
  function prepare(form) {
    if (form) { form.noValidate = true; }
  }

  // Answers comment `id` (by `name`) with the form moved into `place`, or starts a new thread when id is empty.
  function replyTo(id, name, place) {
    var respond = document.getElementById('respond');
    var form = document.getElementById('commentform');
    var title = document.getElementById('reply-title');
    var cancel = respond.querySelector('.cancel-reply');
    form.elements.comment_parent.value = id;
    title.textContent = id ? 'Reply to ' + name : 'Submit a Comment';
    if (!cancel && id) {
      var line = document.createElement('p');
      cancel = document.createElement('a');
      cancel.className = 'cancel-reply';
      cancel.href = location.pathname + '#respond';
      cancel.textContent = 'Cancel reply';
      line.appendChild(cancel);
      title.insertAdjacentElement('afterend', line);
    }
    if (cancel) { cancel.parentNode.hidden = !id; }
    place.appendChild(respond);
    form.elements.comment.focus();
  }

  // Marks the fields the server refused and says why; nothing the reader typed is touched.
  function showProblems(form, errors, detail) {
    var first = null;
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      var error = document.getElementById(name + '-error');
      if (!field) { return; }
      if (!errors[name]) {
        if (error) { error.remove(); }
        field.setAttribute('aria-invalid', 'false');
        field.removeAttribute('aria-describedby');
        return;
      }
      if (!error) {
        error = document.createElement('span');
        error.className = 'field-error';
        error.id = name + '-error';
        field.insertAdjacentElement('afterend', error);
      }
      error.textContent = errors[name];
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
      first = first || field;
    });
    var summary = document.querySelector('#respond .error-summary');
    if (!summary) {
      summary = document.createElement('p');
      summary.className = 'error-summary';
      summary.setAttribute('role', 'alert');
      form.parentNode.insertBefore(summary, form);
    }
    summary.textContent = detail;
    if (first) { first.focus(); }
  }

  // The comment is stored: the story is read again, its comments replace these, and the new one takes the focus.
  function showPosted(form, answer) {
    var address = new URL(answer.location, location.href);
    var kept = {author: form.elements.author.value, email: form.elements.email.value, url: form.elements.url.value};
    return fetch(address.pathname + address.search, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('comments');
        var comment = fresh && fresh.querySelector('#comment-' + answer.id);
        if (!comment) { throw new Error('the comment is on another page'); }
        document.getElementById('comments').replaceWith(document.adoptNode(fresh));
        var newForm = document.getElementById('commentform');
        prepare(newForm);
        if (newForm) {
          Object.keys(kept).forEach(function (name) { newForm.elements[name].value = kept[name]; });
        }
        comment.tabIndex = -1;
        comment.focus();
      })
      .catch(function () {
        location.assign(address.pathname + '?comment=' + answer.id + address.hash);
      });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.id !== 'commentform') { return; }
    event.preventDefault();
    var button = form.querySelector('[type=submit]');
    button.disabled = true;
    fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)),
      headers: {Accept: 'application/json'}, credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (response.status === 201) { return showPosted(form, answer); }
        button.disabled = false;
        showProblems(form, answer.errors || {}, answer.detail || FAILED);
      });
    }, function () {
      form.submit(); // no answer at all: the browser sends the form itself
    });
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-reply-to], a.cancel-reply');
    if (!link || !document.getElementById('respond') || event.button || event.ctrlKey || event.metaKey || event.shiftKey
        || event.altKey) { return; }
    event.preventDefault();
    if (link.hasAttribute('data-reply-to')) {
      replyTo(link.getAttribute('data-reply-to'), link.getAttribute('data-reply-name'), link.closest('li'));
    } else {
      replyTo('', '', document.getElementById('comments'));
    }
  });

  prepare(document.getElementById('commentform'));
}());
