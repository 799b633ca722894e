/* Search over the build-time index in search/<lang>/: classic scripts, so it works from file://.
   Terms are made as SearchTokenizer.swift makes them; change both together. */
(function () {
  "use strict";
  var form = document.querySelector(".site-search");
  if (!form) return;
  var root = form.getAttribute("data-root") || "";
  var lang = form.getAttribute("data-lang") || "";
  var input = form.querySelector("input");
  var status = form.querySelector(".search-status");
  var results = form.querySelector(".search-results");
  var store = { m: null, t: {}, d: {} };
  var waiting = {};
  var latest = 0;
  var shown = 8;
  var shardBudget = 150 * 1024;
  var alphanumeric = /[\p{Alphabetic}\p{N}]/u;

  window.sitegenSearch = {
    add: function (language, kind, n, data) {
      if (language !== lang) return;
      if (kind === "m") store.m = data; else store[kind][n] = data;
      finish(kind + n);
    }
  };

  function finish(key) {
    var callbacks = waiting[key] || [];
    delete waiting[key];
    callbacks.forEach(function (f) { f(); });
  }

  function loaded(kind, n) { return kind === "m" ? store.m !== null : store[kind][n] !== undefined; }

  function load(kind, n, done) {
    var key = kind + n;
    if (loaded(kind, n)) { done(); return; }
    if (waiting[key]) { waiting[key].push(done); return; }
    waiting[key] = [done];
    var script = document.createElement("script");
    script.src = root + "search/" + encodeURIComponent(lang) + "/" + (kind === "m" ? "meta" : kind + n) + ".js";
    script.onerror = function () { finish(key); };
    document.head.appendChild(script);
  }

  function loadAll(kind, numbers, done) {
    var left = numbers.length;
    if (!left) { done(); return; }
    numbers.forEach(function (n) { load(kind, n, function () { if (--left === 0) done(); }); });
  }

  function ideographic(c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
      (c >= 0xFF66 && c <= 0xFF9D) || (c >= 0x20000 && c <= 0x2FA1F);
  }

  function fold(ch) {
    return ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function terms(text) {
    var out = [], seen = {}, word = "", run = [];
    function add(t) { if (!seen[t]) { seen[t] = true; out.push(t); } }
    function endWord() { if (Array.from(word).length >= 2) add(word); word = ""; }
    function endRun() {
      if (run.length === 1) add(run[0]);
      for (var i = 0; i + 1 < run.length; i++) add(run[i] + run[i + 1]);
      run = [];
    }
    Array.from(text).forEach(function (ch) {
      var c = ch.codePointAt(0);
      if (ideographic(c)) { endWord(); run.push(ch); }
      else if (c >= 0x300 && c <= 0x36F) { /* an accent on its own joins the word */ }
      else if (alphanumeric.test(ch)) { endRun(); word += fold(ch); }
      else { endWord(); endRun(); }
    });
    endWord();
    endRun();
    return out;
  }

  function shardOf(term, count) {
    var chars = Array.from(term);
    var key = ideographic(chars[0].codePointAt(0)) ? chars.slice(0, 1) : chars.slice(0, 2);
    var h = 2166136261;
    key.forEach(function (ch) { h = Math.imul((h ^ ch.codePointAt(0)) >>> 0, 16777619) >>> 0; });
    return h % count;
  }

  function decode(gaps) {
    var id = 0;
    return gaps.split(",").map(function (g) { id += parseInt(g, 36); return id; });
  }

  /* The pages holding `term`: exactly for a pair of characters, as a prefix for a word or a single character. */
  function pagesWith(term) {
    var shard = store.t[shardOf(term, store.m.shards)] || {};
    var exact = Array.from(term).length === 2 && ideographic(term.codePointAt(0));
    var found = {};
    Object.keys(shard).forEach(function (key) {
      if (exact ? key === term : key.lastIndexOf(term, 0) === 0) decode(shard[key]).forEach(function (id) { found[id] = true; });
    });
    return found;
  }

  function run(query) {
    var ticket = ++latest;
    var wanted = terms(query).slice(0, 6);
    if (!wanted.length) { show(ticket, [], query, true); return; }
    load("m", 0, function () {
      if (ticket !== latest || !store.m) return;
      /* At most shardBudget bytes of term shards: a term whose shard would pass it is left out,
         so the results may be wider but the query never loads more than its budget. */
      var shards = [], spent = 0;
      wanted = wanted.filter(function (t) {
        var s = shardOf(t, store.m.shards), size = (store.m.sizes || [])[s] || 0;
        if (shards.indexOf(s) >= 0) return true;
        if (shards.length && spent + size > shardBudget) return false;
        shards.push(s);
        spent += size;
        return true;
      });
      loadAll("t", shards, function () {
        if (ticket !== latest) return;
        var sets = wanted.map(pagesWith);
        var ids = Object.keys(sets[0]).map(Number).filter(function (id) {
          return sets.every(function (s) { return s[id]; });
        }).sort(function (a, b) { return a - b; });
        var chunks = ids.slice(0, shown).map(function (id) { return Math.floor(id / store.m.chunk); });
        loadAll("d", chunks.filter(function (c, i) { return chunks.indexOf(c) === i; }), function () {
          if (ticket !== latest) return;
          var docs = ids.slice(0, shown).map(function (id) {
            var chunk = store.d[Math.floor(id / store.m.chunk)] || [];
            return chunk[id % store.m.chunk];
          }).filter(Boolean);
          show(ticket, docs, query, false, ids.length);
        });
      });
    });
  }

  /* The text with the first place any query term occurs wrapped in <mark>, found on folded text. */
  function marked(text, query) {
    var folded = "", at = [];
    Array.from(text).forEach(function (ch, i, all) {
      var f = ideographic(ch.codePointAt(0)) ? ch : fold(ch);
      for (var k = 0; k < f.length; k++) at.push(i);
      folded += f;
    });
    var chars = Array.from(text);
    var best = -1, length = 0;
    /* The whole query where it occurs as typed, else the earliest of its terms. */
    var whole = Array.from(query.trim()).map(function (ch) { return ideographic(ch.codePointAt(0)) ? ch : fold(ch); }).join("");
    if (whole && folded.indexOf(whole) >= 0) { best = folded.indexOf(whole); length = whole.length; }
    else terms(query).forEach(function (t) {
      var i = folded.indexOf(t);
      if (i >= 0 && (best < 0 || i < best)) { best = i; length = t.length; }
    });
    var fragment = document.createDocumentFragment();
    if (best < 0) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var start = at[best], end = at[best + length - 1] + 1;
    fragment.appendChild(document.createTextNode(chars.slice(0, start).join("")));
    var mark = document.createElement("mark");
    mark.textContent = chars.slice(start, end).join("");
    fragment.appendChild(mark);
    fragment.appendChild(document.createTextNode(chars.slice(end).join("")));
    return fragment;
  }

  function show(ticket, docs, query, tooShort, total) {
    results.textContent = "";
    if (!query.trim()) { status.textContent = ""; return; }
    if (tooShort) { status.textContent = status.getAttribute("data-short"); return; }
    status.textContent = total ? status.getAttribute("data-found").replace("{count}", String(total)) : status.getAttribute("data-none");
    docs.forEach(function (doc) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + doc[1];
      link.appendChild(marked(doc[0], query));
      item.appendChild(link);
      if (doc[2]) {
        var section = document.createElement("span");
        section.className = "search-section";
        section.textContent = doc[2];
        item.appendChild(section);
      }
      var excerpt = document.createElement("p");
      excerpt.appendChild(marked(doc[3], query));
      item.appendChild(excerpt);
      results.appendChild(item);
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 120);
  });
  form.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var index = links.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && links.length) {
      links[Math.min(links.length - 1, index + 1)].focus();
      event.preventDefault();
    } else if (event.key === "ArrowUp" && index >= 0) {
      (index === 0 ? input : links[index - 1]).focus();
      event.preventDefault();
    } else if (event.key === "Escape") {
      input.value = "";
      latest++;
      show(latest, [], "", false);
      input.focus();
    }
  });
  form.hidden = false;
})();
