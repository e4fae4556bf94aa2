// Keeps the header's Kyiv clock right while a page stays open. The server already sent the correct time;
// this only corrects a cached copy and moves the minutes on. Without JavaScript the served time stays.
(function () {
  'use strict';
  var clock = document.getElementById('kyiv-clock');
  var zone = document.getElementById('kyiv-zone');
  if (!clock || !zone || typeof Intl === 'undefined') { return; }
  var format;
  try {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Kyiv', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'shortOffset'
    });
  } catch (e) {
    return;
  }
  function part(parts, type) {
    for (var i = 0; i < parts.length; i++) { if (parts[i].type === type) { return parts[i].value; } }
    return '';
  }
  function tick() {
    var parts = format.formatToParts(new Date());
    var summer = part(parts, 'timeZoneName') === 'GMT+3';
    var time = part(parts, 'hour') + ':' + part(parts, 'minute');
    clock.textContent = time;
    clock.setAttribute('datetime', part(parts, 'year') + '-' + part(parts, 'month') + '-' + part(parts, 'day') +
      'T' + time + (summer ? '+03:00' : '+02:00'));
    zone.textContent = summer ? 'EEST' : 'EET';
    setTimeout(tick, 60000 - Date.now() % 60000 + 50);
  }
  tick();
}());
