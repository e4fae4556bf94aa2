// Sharing made handier with JavaScript: Copy link copies the story's address and says so, a Share button opens the
// system share sheet where the browser has one, and the after-reading prompt appears once the reader reaches the end
// of the story. Without JavaScript every share link is a plain link and the prompt a plain block at the end.
(function () {
  'use strict';
  var bar = document.getElementById('share-bar');
  if (!bar || !window.Promise) { return; }
  var url = bar.getAttribute('data-url');
  var title = bar.getAttribute('data-title');
  var CLOSED = 'vistka-share-prompt-closed';

  // The fallback where the Clipboard API is missing or refuses: a selected, invisible field and the copy command.
  function copyByCommand(text) {
    var field = document.createElement('textarea');
    var done = false;
    field.value = text;
    field.setAttribute('readonly', '');
    field.className = 'share-clipboard';
    document.body.appendChild(field);
    field.select();
    try { done = document.execCommand('copy'); } catch (e) { done = false; }
    field.remove();
    return done;
  }

  function copy(text) {
    var fallback = function () { return copyByCommand(text) ? Promise.resolve() : Promise.reject(new Error('copy refused')); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(fallback);
    }
    return fallback();
  }

  // A live region exists before anything is said in it, so screen readers announce the words.
  document.querySelectorAll('a.share-copy').forEach(function (link) {
    var status = document.createElement('span');
    status.className = 'share-status';
    status.setAttribute('role', 'status');
    link.insertAdjacentElement('afterend', status);
    link.addEventListener('click', function (event) {
      event.preventDefault();
      copy(link.href).then(function () {
        status.textContent = 'Link copied';
      }, function () {
        status.textContent = 'Your browser did not let the page copy: copy the address from the address bar.';
      });
    });
  });

  if (navigator.share) {
    document.querySelectorAll('.share-links').forEach(function (list) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'share-link share-native';
      button.textContent = 'Share…';
      button.addEventListener('click', function () {
        navigator.share({ title: title, url: url }).catch(function () { /* the reader closed the sheet */ });
      });
      item.appendChild(button);
      list.insertBefore(item, list.firstChild);
    });
  }

  function closedStories() {
    try { return JSON.parse(localStorage.getItem(CLOSED) || '[]'); } catch (e) { return []; }
  }

  function rememberClosed(story) {
    try {
      var stories = closedStories().filter(function (id) { return id !== story; });
      stories.push(story);
      localStorage.setItem(CLOSED, JSON.stringify(stories.slice(-200)));
    } catch (e) { /* storage off: the prompt may come back next time */ }
  }

  var prompt = document.getElementById('share-prompt');
  if (!prompt || !window.IntersectionObserver || !window.matchMedia) { return; }
  var story = prompt.getAttribute('data-story');
  if (closedStories().indexOf(story) >= 0) {
    prompt.remove();
    return;
  }
  var close = prompt.querySelector('.share-prompt-close');
  prompt.hidden = true;
  close.hidden = false;
  close.addEventListener('click', function () {
    prompt.remove();
    rememberClosed(story);
  });
  // Reaching the share links under the story is reaching its end. Wide screens show the prompt in the margin beside
  // the text; narrower ones put it in the page right there, so it never covers what the reader is reading.
  var observer = new IntersectionObserver(function (entries) {
    if (!entries.some(function (entry) { return entry.isIntersecting; })) { return; }
    observer.disconnect();
    if (window.matchMedia('(min-width: 76rem)').matches) {
      prompt.classList.add('share-prompt-floating');
    } else {
      bar.insertAdjacentElement('afterend', prompt);
    }
    prompt.hidden = false;
  });
  observer.observe(bar);
}());
