// Benchmark probe for ten.html and repeat.html (issue 17), loaded before the widgets' script: the
// long tasks of the page (Long Tasks API, buffered from the start), when every widget has its
// content and when the frame showing the last of them was painted, and when the first card of a
// list was painted.
/* global window, document, location, performance, requestAnimationFrame, MessageChannel, PerformanceObserver -- a classic script in the bench pages */
(function () {
  // ?cache=none: the page turns the last good copy off, as a partner would.
  if (/[?&]cache=none\b/.test(location.search)) {
    var meta = document.createElement('meta');
    meta.name = 'hms-catalog-cache';
    meta.content = 'none';
    document.head.appendChild(meta);
  }
  var widgets = 'hms-course-list, hms-program-list, hms-news-list, hms-divisions, hms-mission, hms-course-card, hms-program-card';
  var shown = new Set();
  var errors = [];
  var tasks = [];
  var result = { errors: errors, tasks: tasks };
  window.benchPage = result;
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      tasks.push({ start: entry.startTime, duration: entry.duration });
    });
  }).observe({ type: 'longtask', buffered: true });
  function afterPaint(callback) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () {
        callback(performance.now());
      };
      channel.port2.postMessage(null);
    });
  }
  function scriptStart() {
    var script = performance.getEntriesByType('resource').find(function (entry) {
      return /\/cdn\/hms-widgets\.js$/.test(entry.name);
    });
    return script ? script.startTime : NaN;
  }
  document.addEventListener('hms-load', function (event) {
    var el = event.target;
    shown.add(el);
    if (result.firstCard === undefined && el.shadowRoot && el.shadowRoot.querySelector('[part~="item"]')) {
      result.firstCard = null;
      afterPaint(function (time) {
        result.firstCard = time;
        result.scriptStart = scriptStart();
      });
    }
    if (shown.size === document.querySelectorAll(widgets).length) {
      afterPaint(function (time) {
        result.scriptStart = scriptStart();
        result.painted = time;
      });
    }
  });
  document.addEventListener('hms-error', function (event) {
    errors.push(event.target.localName + ': ' + (event.detail && event.detail.message));
  });
})();
