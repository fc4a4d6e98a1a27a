// StaticGen search: plain JavaScript, no outside service. The index is split (see
// src/StaticGen/Output/SearchIndex.cs): a small manifest, term shards cut by word prefix, and
// document chunks; a query loads only the shards of its words and the chunks of the results it
// shows. Every URL is resolved against the manifest's URL, so the site works under a sub-path.
// Text from the index reaches the page through textContent only, never as HTML.
(function (root) {
  'use strict';

  var WEIGHTS = [0, 5, 3, 8, 1, 6, 4, 9]; // by field bits: title 5 + kicker/tags/countries 3 + summary 1
  var MAX_PREFIX_SHARDS = 8;
  var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

  // The search engine over one index. load(path) fetches a file of the index (a path relative to
  // the manifest, e.g. 'terms/3.json') and returns a promise of its parsed JSON.
  function createSearch(manifest, load) {
    var shardIndex = new Map();
    manifest.shards.forEach(function (prefix, i) { shardIndex.set(prefix, i); });
    var stopWords = new Set(manifest.stop);
    var radix = Math.pow(2, manifest.field_bits);

    function fold(text) {
      var out = '';
      for (var ch of text) {
        out += Object.prototype.hasOwnProperty.call(manifest.fold, ch) ? manifest.fold[ch] : ch.toLowerCase();
      }
      return out;
    }

    // The words of a query, folded and split as the index was; the last one, still being typed, is a prefix.
    function queryWords(query) {
      var words = [];
      var word = '';
      for (var ch of fold(query)) {
        if (LETTER_OR_DIGIT.test(ch)) { word += ch; continue; }
        if (word) words.push({ text: word, prefix: false });
        word = '';
      }
      if (word) words.push({ text: word, prefix: true });
      return words.filter(function (w) { return w.text.length >= 2 && (w.prefix || !stopWords.has(w.text)); });
    }

    // A word lives in the shard of its longest listed prefix.
    function shardOf(token) {
      for (var n = token.length; n >= 0; n--) {
        var i = shardIndex.get(token.slice(0, n));
        if (i !== undefined) return i;
      }
      return -1;
    }

    // The shards a word needs: its own, and for a prefix every shard of longer prefixes it starts.
    // Null when a very short prefix of a large index would load too much of it.
    function shardsOf(word) {
      var own = shardOf(word.text);
      var shards = own >= 0 ? [own] : [];
      if (word.prefix) {
        manifest.shards.forEach(function (p, i) {
          if (p.length > word.text.length && p.lastIndexOf(word.text, 0) === 0) shards.push(i);
        });
        if (shards.length > MAX_PREFIX_SHARDS) return null;
      }
      return shards;
    }

    // Article number → best weight of the word in that article.
    function matches(word, shards) {
      var found = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard).forEach(function (token) {
          if (token !== word.text && !(word.prefix && token.lastIndexOf(word.text, 0) === 0)) return;
          var doc = -1;
          shard[token].forEach(function (value) {
            doc += Math.floor(value / radix);
            var weight = WEIGHTS[value % radix] || 1;
            if ((found.get(doc) || 0) < weight) found.set(doc, weight);
          });
        });
      });
      return found;
    }

    // Promise of { words, hits: [{ doc, score }] }: articles matching every word, best first,
    // newest first among equals (articles are numbered oldest first: the higher number is the newer).
    function search(query) {
      var words = [];
      var needs = [];
      queryWords(query).forEach(function (w) {
        var shards = shardsOf(w);
        if (shards !== null) { words.push(w); needs.push(shards); }
      });
      if (words.length === 0) return Promise.resolve({ words: words, hits: [] });
      return Promise.all(needs.map(function (shards) {
        return Promise.all(shards.map(function (s) { return load(manifest.terms_path + s + '.json'); }));
      })).then(function (loaded) {
        var maps = words.map(function (w, i) { return matches(w, loaded[i]); });
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
        hits.sort(function (a, b) { return b.score - a.score || b.doc - a.doc; });
        return { words: words, hits: hits };
      });
    }

    // Promise of the documents of some hits: [title, url, date ISO, date display, kicker, summary].
    function documents(hits) {
      return Promise.all(hits.map(function (hit) {
        return load(manifest.docs_path + Math.floor(hit.doc / manifest.chunk) + '.json').then(function (chunk) {
          return chunk[hit.doc % manifest.chunk];
        });
      }));
    }

    return { fold: fold, queryWords: queryWords, search: search, documents: documents };
  }

  root.StaticGenSearch = createSearch;
  if (typeof document === 'undefined') return;

  var form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URL) return;
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var pageSize = 10;
  var manifestUrl = new URL(form.getAttribute('data-index'), document.baseURI);
  var files = new Map();
  var engine = null;
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

  function getEngine() {
    if (!engine) engine = load(manifestUrl.href).then(function (m) { return createSearch(m, load); });
    return engine;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function renderItem(doc) {
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

  function showMore(ticket) {
    var page = results.slice(shown, shown + pageSize);
    return getEngine().then(function (e) { return e.documents(page); }).then(function (docs) {
      if (ticket !== generation) return;
      var fragment = document.createDocumentFragment();
      docs.forEach(function (doc) { fragment.appendChild(renderItem(doc)); });
      list.appendChild(fragment);
      shown += page.length;
      more.hidden = shown >= results.length;
    });
  }

  function say(text) { status.textContent = text; }

  // The page's messages in the site's language (data-msg-* on the form), English when a theme has none.
  function msg(name, english, n, q) {
    var text = form.getAttribute('data-msg-' + name) || english;
    return text.split('{n}').join(String(n)).split('{q}').join(q || '');
  }

  function run(query) {
    var ticket = ++generation;
    var trimmed = query.trim();
    list.textContent = '';
    more.hidden = true;
    results = [];
    shown = 0;
    if (!trimmed) { say(''); return; }
    say(msg('searching', 'Searching…'));
    getEngine().then(function (e) { return e.search(query); }).then(function (found) {
      if (ticket !== generation) return;
      if (found.words.length === 0) { say(msg('short', 'Type a few letters of a word.')); return; }
      results = found.hits;
      var n = results.length;
      say(n === 0 ? msg('none', 'No articles match “{q}”. Try fewer or shorter words.', n, trimmed)
        : n === 1 ? msg('one', '1 article matches “{q}”.', n, trimmed) : msg('many', '{n} articles match “{q}”.', n, trimmed));
      return showMore(ticket);
    }).catch(function () {
      if (ticket === generation) say(msg('failed', 'The search index could not be loaded. Please try again later.'));
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
  more.addEventListener('click', function () { showMore(generation); });

  var initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}(this));
