// Embedding the page in an intranet portal, and the supervisor's view's file side (an Emscripten --pre-js that runs
// after input.js and extends its window.nianbao). docs/embedding.md is the administrator's guide; in short:
//
//  - nianbao.load(report)      report object or JSON text → {ok:true, revision} or {ok:false, error, details};
//                              a refused report leaves the current work as it is.
//  - nianbao.importDocument(bytes, filename)  a Uint8Array of any document (PDF, .docx, web page, text, JSON) →
//                              {ok:true, revision, report, messages} or {ok:false, error, details}; as 打开 does.
//  - nianbao.get()/validate()  the report / the findings as objects (String(x) gives their JSON text).
//  - nianbao.compare(previous, current?)  the comparison with last year's report (docs/compare-json.md) as an object;
//                              nianbao.compareView.open(previous?) shows it in the editor (报告 → 与上年对比…).
//  - nianbao.on('change', fn)  and a window CustomEvent 'nianbao:change': {revision, report} right after an edit,
//                              then at most one per 250 ms while edits go on (the last state always arrives).
//  - postMessage, when the page sits in an <iframe>: {type:'nianbao:load'|'nianbao:get'|'nianbao:validate', id,
//    report?} → {type:'nianbao:result', id, ok, data|error}; {type:'nianbao:change', revision, report} and
//    {type:'nianbao:ready', revision} go to the parent. Only origins listed in
//    <meta name="nianbao-allowed-origins"> (set by the administrator in index.html) are answered; a message from any
//    other origin is dropped without a reply. Not a URL parameter: whoever frames the page controls its URL.
//  - URL parameters: ?agency=…&year=2024 (open or start that agency's report), &lockAgency=1 (agency read-only),
//    ?load=reports/x.json (same origin only).
//  - Supervisor's view: a multi-file picker (#nb-multi-picker), a folder picker (#nb-folder-picker) and drops of
//    several files or folders feed nb_sup_add; the table itself is ImGui (editor/src/supervisor_view.cpp).
/* global Module, lengthBytesUTF8, stringToUTF8, UTF8ToString */
(function () {
  'use strict';
  var api = window.nianbao;
  var started = false;
  var lastRevision = -1, changePending = false, lastEmitAt = -1e9;
  var CHANGE_INTERVAL_MS = 250;  // at most one change notification per this interval
  var listeners = { change: [] };
  var allowed = readAllowlist();
  var parentOrigin = null;     // where change notifications go (an allowed origin that framed us)
  var refused = 0;
  var multiPicker = null, folderPicker = null;
  var lastLoad = null;          // the last batch of files: counts and times (ms)
  var loadStartedAt = 0;        // set while the table for that batch has not been drawn yet
  var resolveUrlLoad;
  var urlLoad = new Promise(function (r) { resolveUrlLoad = r; });

  function withString(s, fn) {
    var n = lengthBytesUTF8(s) + 1;
    var p = Module._malloc(n);
    stringToUTF8(s, p, n);
    try { return fn(p, n - 1); } finally { Module._free(p); }
  }

  function readAllowlist() {
    var meta = document.querySelector('meta[name="nianbao-allowed-origins"]');
    var out = [];
    ((meta && meta.content) || '').split(/[\s,]+/).forEach(function (o) {
      if (!o) return;
      try {
        var u = new URL(o);
        if ((u.protocol === 'https:' || u.protocol === 'http:') && u.origin !== 'null') out.push(u.origin);
        else console.warn('nianbao: 忽略了不能作为来源的 ' + o);
      } catch (e) { console.warn('nianbao: 忽略了无效的来源 ' + o); }
    });
    return out;
  }

  function revision() { return started ? Module._nb_embed_revision() : 0; }
  function status(text, error) { withString(text, function (p) { Module._nb_embed_status(p, error ? 1 : 0); }); }

  // ---- nianbao.load ----
  function load(report, showError) {
    var text;
    if (typeof report === 'string') text = report;
    else if (report && typeof report === 'object') {
      try { text = JSON.stringify(report); } catch (e) { return { ok: false, error: '未载入：报告对象无法转换为 JSON', details: [] }; }
    } else {
      return { ok: false, error: '未载入：请传入报告对象或其 JSON 文本', details: [] };
    }
    if (!started) return { ok: false, error: '未载入：编辑器尚未就绪，请在 nianbao.ready 之后再载入', details: [] };
    var res = withString(text, function (p, n) { return UTF8ToString(Module._nb_embed_load(p, n, showError ? 1 : 0)); });
    if (!res) return { ok: true, revision: revision() };
    var r = JSON.parse(res);
    return { ok: false, error: r.error, details: r.details || [] };
  }

  // ---- nianbao.importDocument ----
  // Any document a user has (PDF, .docx, saved web page, text, our JSON) opened as the report being edited, exactly as
  // the 打开 menu opens it: one decision, in the core. A refused file leaves the current work as it is.
  function importDocument(bytes, filename) {
    if (!(bytes instanceof Uint8Array)) return { ok: false, error: '未载入：请传入文件内容（Uint8Array）', details: [] };
    if (!started) return { ok: false, error: '未载入：编辑器尚未就绪，请在 nianbao.ready 之后再载入', details: [] };
    var opened = Module.nbOpenBytes(String(filename || '文件'), bytes, 0);
    var said = JSON.parse(api.opened());
    if (!opened) return { ok: false, error: said.messages[0] || said.title, details: said.messages };
    return { ok: true, revision: revision(), report: JSON.parse(api.get()), messages: said.messages };
  }

  // ---- Change notifications ----
  function emitChange() {
    changePending = false;
    lastEmitAt = performance.now();
    var detail = { revision: revision(), report: String(api.get()) };  // the JSON text, as documented
    lastRevision = detail.revision;
    listeners.change.slice().forEach(function (fn) {
      try { fn(detail); } catch (e) { console.error('nianbao: change listener', e); }
    });
    window.dispatchEvent(new CustomEvent('nianbao:change', { detail: detail }));
    postToParent({ type: 'nianbao:change', revision: detail.revision, report: JSON.parse(detail.report) });
  }
  function afterFrame() {
    var want = Module._nb_sup_take_file_request();
    if (want) openMultiPicker(want === 2);
    if (loadStartedAt && lastLoad) { lastLoad.drawnMs = performance.now() - loadStartedAt; loadStartedAt = 0; }
    var rev = revision();
    if (lastRevision < 0) { lastRevision = rev; return; }  // the state the page opened with is no change
    if (rev === lastRevision || changePending) return;
    // Right after the frame that showed the edit (a microtask: outside the wasm call), or when the interval since
    // the last notification has passed; the notification carries the state at that moment.
    changePending = true;
    var wait = lastEmitAt + CHANGE_INTERVAL_MS - performance.now();
    if (wait <= 0) Promise.resolve().then(emitChange);
    else setTimeout(emitChange, wait);
  }
  var frameDone = Module.nbFrameDone;
  Module.nbFrameDone = function () {
    frameDone();
    afterFrame();
  };

  // ---- postMessage ----
  function postToParent(msg) {
    if (window.parent === window) return;
    if (parentOrigin) { window.parent.postMessage(msg, parentOrigin); return; }
  }
  function handle(d) {
    switch (d.type) {
      case 'nianbao:load': {
        var r = load(d.report, false);
        return r.ok ? { ok: true, data: { revision: r.revision } } : { ok: false, error: r.error, details: r.details };
      }
      case 'nianbao:get': return { ok: true, data: JSON.parse(api.get()) };
      case 'nianbao:validate': return { ok: true, data: JSON.parse(api.validate()) };
      default: return { ok: false, error: '不支持的请求类型：' + d.type };
    }
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || typeof d.type !== 'string' || d.type.indexOf('nianbao:') !== 0) return;
    if (d.type === 'nianbao:result' || d.type === 'nianbao:change' || d.type === 'nianbao:ready') return;
    var fromHost = e.source && e.source !== window && (e.source === window.parent || e.source === window.opener);
    if (!fromHost || allowed.indexOf(e.origin) < 0) {
      refused++;
      console.warn('nianbao: 拒绝了来自 ' + e.origin + ' 的请求（不在 nianbao-allowed-origins 中）');
      return;  // never answered
    }
    if (e.source === window.parent) parentOrigin = e.origin;
    var source = e.source, origin = e.origin;
    api.ready.then(function () {
      var out;
      try { out = handle(d); } catch (err) { out = { ok: false, error: '请求处理失败：' + err.message }; }
      out.type = 'nianbao:result';
      out.id = d.id;
      source.postMessage(out, origin);
    });
  });
  function announce() {
    if (window.parent === window) return;
    var anc = window.location.ancestorOrigins;
    if (!parentOrigin && anc && anc.length && allowed.indexOf(anc[0]) >= 0) parentOrigin = anc[0];
    if (parentOrigin) window.parent.postMessage({ type: 'nianbao:ready', revision: revision() }, parentOrigin);
  }

  // ---- URL parameters ----
  function applyParams() {
    var q = new URLSearchParams(window.location.search);
    var agency = (q.get('agency') || '').trim();
    var year = 0;
    if (q.get('year')) {
      year = parseInt(q.get('year'), 10);
      if (!(year >= 1990 && year <= 2100)) { console.warn('nianbao: 忽略了无效的 year=' + q.get('year')); year = 0; }
    }
    if (agency || year) withString(agency, function (p) { Module._nb_embed_preset(p, year); });
    var lock = q.get('lockAgency');
    if (lock === '1' || lock === 'true') {
      var name = agency || JSON.parse(api.get()).agency || '';
      if (name) withString(name, function (p) { Module._nb_embed_lock_agency(p); });
      else console.warn('nianbao: lockAgency=1 需要 agency=…（当前报告没有机关名称）');
    }
    var src = q.get('load');
    if (!src) { resolveUrlLoad(null); return; }
    var refuse = function (msg) { status(msg, true); console.warn('nianbao: ' + msg); resolveUrlLoad({ ok: false, error: msg }); };
    var url;
    try { url = new URL(src, window.location.href); } catch (e) { refuse('未载入：?load= 的地址无效'); return; }
    if (window.location.protocol === 'file:' || url.origin !== window.location.origin) {
      refuse('未载入：?load= 只能载入与本页面同一服务器上的文件，拒绝了 ' + url.href);
      return;
    }
    fetch(url.href, { credentials: 'same-origin', redirect: 'error', cache: 'no-store' })
      .then(function (r) {
        if (!r.ok) throw new Error('服务器返回 ' + r.status);
        return r.text();
      })
      .then(function (text) {
        var res = load(text, true);
        if (!res.ok) console.warn('nianbao: ' + res.error);
        resolveUrlLoad(res);
      }, function (err) { refuse('未载入：无法读取 ' + url.pathname + '（' + err.message + '）'); });
  }

  // ---- Supervisor's view: many files at once ----
  // items: Files (picker, drop) or {name, text}; each goes to the core as bytes (it decides what a file is). Resolves to {files, readMs, checkMs, totalMs}; drawnMs (until the
  // table's first frame was drawn) is added when that frame is done.
  function addFiles(items) {
    var list = Array.prototype.slice.call(items || []);
    if (!list.length || !started) return Promise.resolve(null);
    var t0 = performance.now();
    return Promise.all(list.map(function (f) {
      return typeof f.text === 'string' ? new TextEncoder().encode(f.text) : f.arrayBuffer().then(function (b) { return new Uint8Array(b); });
    })).then(function (contents) {
      var t1 = performance.now();
      for (var i = 0; i < list.length; i++) {
        withString(list[i].name || ('报告' + (i + 1)), function (name) {
          Module.nbWithBytes(contents[i], function (p, n) { Module._nb_sup_add(name, p, n); });
        });
      }
      var t2 = performance.now();
      lastLoad = { files: list.length, readMs: t1 - t0, checkMs: t2 - t1, totalMs: t2 - t0 };
      loadStartedAt = t0;
      Module._nb_sup_loaded(t2 - t0);
      return lastLoad;
    });
  }
  // The core's kDocumentExtensions (nianbao/document.h), for picking reports out of dropped folders.
  var reportFile = /\.(json|txt|text|pdf|docx|html|htm|shtml)$/i;
  var reportAccept = '.json,.txt,.text,.pdf,.docx,.html,.htm,.shtml,application/json,text/plain,text/html,application/pdf,' +
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  function openMultiPicker(folder) {
    var p = folder ? folderPicker : multiPicker;
    if (p) { p.value = ''; p.click(); }
  }
  function picker(id, folder) {
    var p = document.createElement('input');
    p.type = 'file';
    p.multiple = true;
    p.id = id;
    if (folder) p.webkitdirectory = true;  // a folder and its subfolders (Chrome, Edge, Firefox, Safari)
    else p.accept = reportAccept;
    p.style.display = 'none';
    document.body.appendChild(p);
    p.addEventListener('change', function () {
      var list = Array.prototype.filter.call(p.files, function (f) { return !folder || reportFile.test(f.name); });
      addFiles(list);
    });
    return p;
  }
  // The report files under dropped folders (FileSystemEntry API; reportFile).
  function filesUnder(entries) {
    var out = [];
    function walk(entry) {
      if (entry.isFile) {
        if (!reportFile.test(entry.name)) return Promise.resolve();
        return new Promise(function (ok) { entry.file(function (f) { out.push(f); ok(); }, function () { ok(); }); });
      }
      var reader = entry.createReader();
      return new Promise(function (ok) {
        var all = [];
        (function more() {  // readEntries gives at most ~100 at a time
          reader.readEntries(function (batch) {
            if (!batch.length) { Promise.all(all.map(walk)).then(ok); return; }
            all = all.concat(Array.prototype.slice.call(batch));
            more();
          }, function () { Promise.all(all.map(walk)).then(ok); });
        })();
      });
    }
    return Promise.all(entries.map(walk)).then(function () { return out; });
  }
  function setUpFiles() {
    multiPicker = picker('nb-multi-picker', false);
    folderPicker = picker('nb-folder-picker', true);
    // Several files or a folder dropped at once, or any drop while the supervisor's table is open, go to the table
    // (before input.js's own drop handler, which opens one file in the editor).
    window.addEventListener('drop', function (e) {
      var dt = e.dataTransfer, files = dt && dt.files;
      if (!files || !files.length) return;
      var entries = [];
      Array.prototype.forEach.call(dt.items || [], function (item) {
        var entry = item.kind === 'file' && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
        if (entry) entries.push(entry);
      });
      var folder = entries.some(function (x) { return x.isDirectory; });
      if (files.length < 2 && !folder && !Module._nb_sup_is_open()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      document.body.classList.remove('drop');
      if (folder) filesUnder(entries).then(addFiles);
      else addFiles(files);
    }, true);
  }

  // ---- Start: after input.js has wired the page, before the first frame ----
  var start = Module.nbStart;
  Module.nbStart = function () {
    start();
    started = true;
    setUpFiles();
    try { applyParams(); } catch (e) { console.error('nianbao: URL parameters', e); resolveUrlLoad({ ok: false, error: String(e) }); }
  };
  api.ready.then(announce);

  // ---- The page-level API ----
  api.load = function (report) { return load(report, false); };
  api.importDocument = importDocument;
  api.revision = revision;
  api.on = function (type, fn) {
    if (!listeners[type]) throw new Error('nianbao.on: 未知事件 ' + type);
    if (typeof fn === 'function') listeners[type].push(fn);
    return api;
  };
  api.off = function (type, fn) {
    var l = listeners[type] || [];
    var i = l.indexOf(fn);
    if (i >= 0) l.splice(i, 1);
    return api;
  };
  api.embed = {
    allowedOrigins: function () { return allowed.slice(); },
    parentOrigin: function () { return parentOrigin; },
    refused: function () { return refused; },
    urlLoad: urlLoad,   // resolves to null (no ?load=) or the load's {ok, error}
  };
  // ---- Objects, not JSON text: get() and validate() return objects. String(x) still gives the JSON text, so code
  // written for the earlier text-returning calls (JSON.parse(nianbao.get())) keeps working. ----
  var getText = api.get, validateText = api.validate;
  function parsedWithText(text) {
    var o = JSON.parse(text);
    Object.defineProperty(o, 'toString', { value: function () { return text; }, enumerable: false });
    return o;
  }
  api.get = function () { return parsedWithText(getText()); };
  api.validate = function () { return parsedWithText(validateText()); };

  // ---- Year-over-year comparison ----
  // A report object or its JSON text → JSON text; null for anything else.
  function reportJson(r) {
    if (typeof r === 'string') return r;
    if (r && typeof r === 'object') { try { return JSON.stringify(r); } catch (e) { return null; } }
    return null;
  }
  // previous: last year's report; current: this year's, or omitted for the report being edited. Returns the
  // comparison, or {error, details} (Chinese) when a report cannot be read.
  api.compare = function (previous, current) {
    if (!started) return { error: '未对比：编辑器尚未就绪', details: [] };
    var p = reportJson(previous);
    var c = current === undefined || current === null ? '' : reportJson(current);
    if (p === null || c === null) return { error: '未对比：请传入报告对象或其 JSON 文本', details: [] };
    var out = withString(p, function (pp, pn) {
      return withString(c, function (cp, cn) { return UTF8ToString(Module._nb_compare(pp, pn, cp, cn)); });
    });
    return JSON.parse(out);
  };
  api.compareView = {
    // Opens 报告 → 与上年对比…; with a report, that one becomes last year's. {ok:true} or {ok:false, error}.
    open: function (previous) {
      if (!started) return { ok: false, error: '未对比：编辑器尚未就绪' };
      var p = previous === undefined || previous === null ? '' : reportJson(previous);
      if (p === null) return { ok: false, error: '未对比：请传入报告对象或其 JSON 文本' };
      var err = withString(p, function (pp, pn) { return UTF8ToString(Module._nb_compare_view_open(pp, pn)); });
      return err ? { ok: false, error: err } : { ok: true };
    },
    state: function () { return JSON.parse(UTF8ToString(Module._nb_compare_view_json())); },
  };

  api.supervisor = {
    add: addFiles,
    open: function () { Module._nb_sup_show(1); },
    close: function () { Module._nb_sup_show(0); },
    clear: function () { Module._nb_sup_clear(); },
    rows: function () { return JSON.parse(UTF8ToString(Module._nb_sup_json())); },
    openRow: function (row) { return !!Module._nb_sup_open_row(row); },
    lastLoad: function () { return lastLoad; },
    // The loaded batch as .xlsx bytes (检查结果, 数据, 汇总, 图表) and as a dashboard page (HTML text).
    // Comparison mode: last year's reports (same forms as add), paired with this year's by agency.
    addPrevious: function (files) {
      if (!started) return Promise.resolve(null);
      Module._nb_sup_target_previous(1);
      return addFiles(files);
    },
    workbook: function () { return supBytes(0); },
    dashboard: function () { return new TextDecoder().decode(supBytes(1)); },
  };
  function supBytes(kind) {
    var n = Module._nb_sup_export(kind);
    var p = Module._nb_sup_bytes();
    return HEAPU8.slice(p, p + n);
  }
})();
