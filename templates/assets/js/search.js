// StaticGen search: plain JavaScript, no outside service. The index is split (see
// src/StaticGen/Output/SearchIndex.cs): a small manifest, term shards cut by token prefix, and
// document chunks; a query loads only the shards of its words and the chunks of the results it
// shows. Every URL is resolved against the manifest's URL, so the site works under a sub-path.
// Text from the index reaches the page through textContent only, never as HTML.
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URL) return;
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var pageSize = 10;
  var maxPrefixShards = 8;
  var weights = [0, 5, 3, 8, 1, 6, 4, 9]; // by field bits: title 5 + kicker/tags/countries 3 + summary 1
  var letterOrDigit = /[\p{L}\p{N}]/u;
  var manifestUrl = new URL(form.getAttribute('data-index'), document.baseURI);
  var files = new Map();
  var manifest = null;
  var shardIndex = null;
  var generation = 0;
  var results = [];
  var shown = 0;

  function load(relative) {
    var url = new URL(relative, manifestUrl).href;
    if (!files.has(url)) {
      files.set(url, fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(response.status + ' ' + url);
        return response.json();
      }));
    }
    return files.get(url);
  }

  function loadManifest() {
    if (!manifest) {
      manifest = load(manifestUrl.href).then(function (m) {
        shardIndex = new Map();
        m.shards.forEach(function (prefix, i) { shardIndex.set(prefix, i); });
        m.stopWords = new Set(m.stop);
        return m;
      });
    }
    return manifest;
  }

  function fold(m, text) {
    var out = '';
    for (var ch of text) {
      var folded = Object.prototype.hasOwnProperty.call(m.fold, ch) ? m.fold[ch] : null;
      out += folded !== null ? folded : ch.toLowerCase();
    }
    return out;
  }

  // The words of a query, folded and split as the index was; the last one, still being typed, is a prefix.
  function queryWords(m, query) {
    var words = [];
    var word = '';
    for (var ch of fold(m, query)) {
      if (letterOrDigit.test(ch)) { word += ch; continue; }
      if (word) words.push({ text: word, prefix: false });
      word = '';
    }
    if (word) words.push({ text: word, prefix: true });
    return words.filter(function (w) {
      return w.text.length >= 2 && (w.prefix || !m.stopWords.has(w.text));
    });
  }

  // A token lives in the shard of its longest listed prefix.
  function shardOf(token) {
    for (var n = token.length; n >= 0; n--) {
      var i = shardIndex.get(token.slice(0, n));
      if (i !== undefined) return i;
    }
    return -1;
  }

  function shardsOf(m, word) {
    var own = shardOf(word.text);
    var shards = own >= 0 ? [own] : [];
    if (word.prefix) {
      m.shards.forEach(function (p, i) {
        if (p.length > word.text.length && p.lastIndexOf(word.text, 0) === 0) shards.push(i);
      });
      // A very short prefix of a large index would load much of it: wait for more letters.
      if (shards.length > maxPrefixShards) word.tooBroad = true;
    }
    return shards;
  }

  // doc number → best weight of this word in that doc.
  function matches(m, word, shards) {
    var found = new Map();
    var radix = Math.pow(2, m.field_bits);
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (token) {
        if (token === word.text || (word.prefix && token.lastIndexOf(word.text, 0) === 0)) {
          var doc = -1;
          shard[token].forEach(function (value) {
            doc += Math.floor(value / radix);
            var weight = weights[value % radix] || 1;
            if ((found.get(doc) || 0) < weight) found.set(doc, weight);
          });
        }
      });
    });
    return found;
  }

  function search(query) {
    return loadManifest().then(function (m) {
      var words = [];
      var perWord = [];
      queryWords(m, query).forEach(function (w) {
        var shards = shardsOf(m, w);
        if (!w.tooBroad) { words.push(w); perWord.push(shards); }
      });
      if (words.length === 0) return { words: words, hits: [] };
      return Promise.all(perWord.map(function (shards) {
        return Promise.all(shards.map(function (s) { return load(m.terms + s + '.json'); }));
      })).then(function (shardsPerWord) {
        var maps = words.map(function (w, i) { return matches(m, w, shardsPerWord[i]); });
        maps.sort(function (a, b) { return a.size - b.size; });
        var hits = [];
        maps[0].forEach(function (weight, doc) {
          var score = weight;
          for (var i = 1; i < maps.length; i++) {
            var w = maps[i].get(doc);
            if (w === undefined) return;
            score += w;
          }
          hits.push({ doc: doc, score: score });
        });
        // Best score first; among equals the newest (articles are numbered newest first).
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { words: words, hits: hits };
      });
    });
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function renderItem(doc) {
    // doc: [title, url, date ISO, date display, kicker, summary]
    var li = element('li', 'result');
    if (doc[4]) li.appendChild(element('p', 'kicker', doc[4]));
    var h = element('h2', 'result__title');
    var a = element('a', null, doc[0]);
    if (typeof doc[1] === 'string' && doc[1].charAt(0) === '/' && doc[1].charAt(1) !== '/') a.setAttribute('href', doc[1]);
    h.appendChild(a);
    li.appendChild(h);
    if (doc[2]) {
      var meta = element('p', 'meta');
      var time = element('time', null, doc[3]);
      time.setAttribute('datetime', doc[2]);
      meta.appendChild(time);
      li.appendChild(meta);
    }
    if (doc[5]) li.appendChild(element('p', 'result__summary', doc[5]));
    return li;
  }

  function showMore(m, ticket) {
    var page = results.slice(shown, shown + pageSize);
    var chunks = page.map(function (hit) { return load(m.docs_path + Math.floor(hit.doc / m.chunk) + '.json'); });
    return Promise.all(chunks).then(function (loaded) {
      if (ticket !== generation) return;
      var fragment = document.createDocumentFragment();
      page.forEach(function (hit, i) { fragment.appendChild(renderItem(loaded[i][hit.doc % m.chunk])); });
      list.appendChild(fragment);
      shown += page.length;
      more.hidden = shown >= results.length;
    });
  }

  function say(text) { status.textContent = text; }

  function run(query) {
    var ticket = ++generation;
    var trimmed = query.trim();
    list.textContent = '';
    more.hidden = true;
    results = [];
    shown = 0;
    if (!trimmed) { say(''); return; }
    say('Searching…');
    search(query).then(function (found) {
      if (ticket !== generation) return;
      if (found.words.length === 0) { say('Type a few letters of a word.'); return; }
      results = found.hits;
      var n = results.length;
      say(n === 0 ? 'No articles match “' + trimmed + '”. Try fewer or shorter words.'
        : n + (n === 1 ? ' article matches “' : ' articles match “') + trimmed + '”.');
      return loadManifest().then(function (m) { return showMore(m, ticket); });
    }).catch(function () {
      if (ticket === generation) say('The search index could not be loaded. Please try again later.');
    });
  }

  var timer = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(input.value);
      var url = new URL(window.location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
      history.replaceState(null, '', url.href);
    }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });
  more.addEventListener('click', function () {
    loadManifest().then(function (m) { return showMore(m, generation); });
  });

  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}());
