// The page's DOM side (an Emscripten --pre-js, after loader.js): wires the browser to the editor.
//
//  - Keys: window capture listeners (before anything else) forward keys the editor uses and leave the browser its
//    own shortcuts (F5, Ctrl+T, F12…). Ctrl+P and Ctrl+F are the editor's: printing the canvas or searching it with
//    the browser would find nothing; the editor prints the official document (Module.nbPrint) and has its own find. Text never comes from keydown: it comes from the hidden
//    <textarea id="ime"> ('input' for plain typing, 'compositionend' for an input method), which stays focused
//    and is moved to the caret so the IME candidate window appears there.
//  - Clipboard: paste/copy/cut events (the only way that works from file:// without permissions).
//  - Mouse, wheel, resize (CSS size × devicePixelRatio), files (picker, drag and drop), downloads (blob: URLs),
//    beforeunload when work is not saved to a file, autosave flush on pagehide.
//  - Frames: only on request (Module.nbRequestFrame) — no requestAnimationFrame loop while idle.
//  - window.nianbao: a read-only hook for tests and embedding (get, validate, state).
/* global Module, lengthBytesUTF8, stringToUTF8, UTF8ToString */
(function () {
  'use strict';
  var canvas = null, ime = null, picker = null;
  var rafId = 0, timerId = 0, timerAt = 0, started = false, composing = false, pasteKeyPending = false;
  var pendingCopy = null, pickerPurpose = 0, firstFrameDone = false;
  var resolveReady;
  var ready = new Promise(function (r) { resolveReady = r; });
  Module.nbUnsaved = false;
  Module.nbTimes = [];  // per frame: [prepare (fonts), texture upload, UI] in ms, for scripts/measure-web.sh
  Module.nbFrames = 0;

  function withString(s, fn) {
    var n = lengthBytesUTF8(s) + 1;
    var p = Module._malloc(n);
    stringToUTF8(s, p, n);
    try { return fn(p, n - 1); } finally { Module._free(p); }
  }

  // ---- Frames on demand ----
  function runFrame() { rafId = 0; Module._nb_frame(); }
  Module.nbRequestFrame = function (delay) {
    if (!started) return;
    if (!delay || delay <= 0) {
      if (!rafId) rafId = requestAnimationFrame(runFrame);
      return;
    }
    var at = performance.now() + delay;
    if (timerId && timerAt <= at) return;
    if (timerId) clearTimeout(timerId);
    timerAt = at;
    timerId = setTimeout(function () { timerId = 0; Module.nbRequestFrame(0); }, delay);
  };
  var inputAt = 0;  // when the oldest input not yet drawn arrived (for the keystroke-to-frame figure)
  Module.nbLatency = -1;
  function noteInput() { if (!inputAt) inputAt = performance.now(); }
  Module.nbFrameDone = function () {
    Module.nbFrames++;
    if (inputAt) { Module.nbLatency = performance.now() - inputAt; inputAt = 0; }
    if (!firstFrameDone) {
      firstFrameDone = true;
      Module.nbFirstFrameAt = performance.now();
      var overlay = document.getElementById('loading');
      if (overlay) overlay.remove();
      resolveReady();
    }
  };
  Module.nbSetCursor = function (css) { if (canvas) canvas.style.cursor = css; };
  Module.nbFatal = function (msg) {
    var o = document.getElementById('loading');
    if (o) { o.classList.add('failed'); o.querySelector('.msg').textContent = msg; }
  };

  // ---- Canvas size: CSS pixels × devicePixelRatio, so text is sharp on HiDPI screens ----
  var lastDpr = 0;
  function resize() {
    var dpr = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(window.innerWidth * dpr));
    var h = Math.max(1, Math.round(window.innerHeight * dpr));
    if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
    Module._nb_resize(w, h, dpr);
    if (dpr !== lastDpr) {  // re-arm the DPR watcher (moving to another screen, browser zoom)
      lastDpr = dpr;
      var mq = window.matchMedia('(resolution: ' + dpr + 'dppx)');
      var once = function () { mq.removeEventListener('change', once); resize(); };
      mq.addEventListener('change', once);
    }
  }

  // ---- The hidden textarea: keyboard focus, text and IME ----
  function focusIme() { if (ime && document.activeElement !== ime) ime.focus({ preventScroll: true }); }
  // The composing textarea grows with its text (one line, no scrolling), so the whole composition shows.
  var measure = null;
  function sizeIme() {
    if (!ime) return;
    if (!composing) { ime.style.width = '2px'; return; }
    if (!measure) measure = document.createElement('canvas').getContext('2d');
    var cs = getComputedStyle(ime);
    measure.font = cs.fontSize + ' ' + cs.fontFamily;
    ime.style.width = Math.ceil(measure.measureText(ime.value).width + 6) + 'px';
  }
  Module.nbPlaceIme = function (visible, x, y, lineHeight) {
    if (!ime) return;
    ime.style.left = Math.round(x) + 'px';
    ime.style.top = Math.round(y) + 'px';
    ime.style.height = Math.max(8, Math.round(lineHeight)) + 'px';
    ime.style.fontSize = Math.max(10, Math.round(lineHeight * 0.8)) + 'px';
    ime.style.lineHeight = Math.max(8, Math.round(lineHeight)) + 'px';
  };
  function sendText(s) {
    if (!s) return;
    noteInput();
    withString(s, function (p) { Module._nb_text(p); });
  }
  function sendKey(e, down) {
    withString(e.code || '', function (p) {
      Module._nb_key(p, down ? 1 : 0, (e.ctrlKey || e.metaKey) ? 1 : 0, e.shiftKey ? 1 : 0, e.altKey ? 1 : 0);
    });
  }

  // Ctrl/Cmd shortcuts the editor handles itself; every other one is the browser's.
  var editorCtrlKeys = { KeyZ: 1, KeyY: 1, KeyS: 1, KeyO: 1, KeyA: 1, KeyP: 1, KeyF: 1, Equal: 1, Minus: 1, Digit0: 1, NumpadAdd: 1,
                         NumpadSubtract: 1, Numpad0: 1, Home: 1, End: 1, ArrowLeft: 1, ArrowRight: 1,
                         Backspace: 1, Delete: 1 };
  // Keys whose browser default must not run (focus moves, scrolling, newline in the textarea).
  var navKeys = { Tab: 1, ArrowLeft: 1, ArrowRight: 1, ArrowUp: 1, ArrowDown: 1, PageUp: 1, PageDown: 1, Home: 1,
                  End: 1, Enter: 1, NumpadEnter: 1, Escape: 1, F2: 1, F3: 1, Backspace: 1, Delete: 1 };

  function onKeyDown(e) {
    if (!started || e.target === picker) return;
    noteInput();
    if (composing || e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }  // the IME's
    var ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && !e.altKey) {
      if (e.code === 'KeyV') { pasteKeyPending = true; return; }            // wait for the paste event
      if (e.code === 'KeyC' || e.code === 'KeyX') {                           // the copy event follows
        pendingCopy = null;
        sendKey(e, true);
        Module._nb_frame_now();
        return;
      }
      if (!editorCtrlKeys[e.code]) return;                                    // the browser's shortcut
      e.preventDefault();
      sendKey(e, true);
      return;
    }
    if (e.altKey && !navKeys[e.code]) return;                                 // Alt+… belongs to the browser
    if (/^F\d+$/.test(e.code) && e.code !== 'F2' && e.code !== 'F3') return;  // F5, F11, F12…
    if (navKeys[e.code]) e.preventDefault();
    sendKey(e, true);
  }
  function onKeyUp(e) {
    if (!started || e.target === picker) return;
    if (composing || e.isComposing || e.keyCode === 229) { e.stopImmediatePropagation(); return; }
    if (e.code === 'KeyV' && pasteKeyPending) pasteKeyPending = false;
    sendKey(e, false);
  }

  // ---- Clipboard ----
  Module.nbSetClipboard = function (text) {
    pendingCopy = text;
    // Outside a copy event (a menu item): the async API, where the page may use it.
    setTimeout(function () {
      if (pendingCopy !== null && navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(pendingCopy).catch(function () {});
        pendingCopy = null;
      }
    }, 0);
  };
  function onCopy(e) {
    if (pendingCopy === null) return;
    e.clipboardData.setData('text/plain', pendingCopy);
    e.preventDefault();
    pendingCopy = null;
  }
  function onPaste(e) {
    if (!started) return;
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    if (!text) return;
    var took = withString(text, function (p) { return Module._nb_paste(p); });
    if (!took) {  // an ordinary Ctrl+V into the focused field or the grid
      withString('KeyV', function (p) { Module._nb_key(p, 1, 1, 0, 0); });
      withString('KeyV', function (p) { Module._nb_key(p, 0, 1, 0, 0); });
    }
  }

  // ---- Mouse ----
  function mousePos(e) {
    var dpr = window.devicePixelRatio || 1;
    var r = canvas.getBoundingClientRect();
    Module._nb_mouse_pos((e.clientX - r.left) * dpr, (e.clientY - r.top) * dpr);
  }
  var buttonMap = [0, 2, 1];
  function onMouseDown(e) {
    mousePos(e);
    if (e.button < 3) Module._nb_mouse_button(buttonMap[e.button], 1);
    e.preventDefault();  // keep the focus in the textarea
    focusIme();
  }
  function onMouseUp(e) {
    mousePos(e);
    if (e.button < 3) Module._nb_mouse_button(buttonMap[e.button], 0);
    focusIme();
  }
  function onWheel(e) {
    e.preventDefault();
    if (e.ctrlKey || e.metaKey) {  // Ctrl+wheel (and pinch): the editor's zoom, not the browser's
      var code = e.deltaY < 0 ? 'Equal' : 'Minus';
      withString(code, function (p) { Module._nb_key(p, 1, 1, 0, 0); Module._nb_key(p, 0, 1, 0, 0); });
      return;
    }
    var k = e.deltaMode === 1 ? 1 / 3 : e.deltaMode === 2 ? 3 : 1 / 100;
    Module._nb_wheel(-e.deltaX * k, -e.deltaY * k);
  }

  // ---- Files: picker, drag and drop, downloads ----
  // A file goes to the core as its bytes: what it is (PDF, .docx, web page, text in UTF-8/UTF-16/GBK, our JSON) and
  // whether it is a report is decided there (nianbao/document.h), the same as in the CLI and the desktop editor.
  function withBytes(bytes, fn) {
    var p = Module._malloc(bytes.length || 1);
    HEAPU8.set(bytes, p);  // after _malloc: the heap may have grown
    try { return fn(p, bytes.length); } finally { Module._free(p); }
  }
  // 1 when opened; 0 when refused (the editor shows why; nb_get(4) has the words) and the open report is untouched.
  function openBytes(name, bytes, purpose) {
    return withString(name, function (n) {
      return withBytes(bytes, function (p, len) { return Module._nb_open(n, p, len, purpose); });
    });
  }
  Module.nbWithBytes = withBytes;
  Module.nbOpenBytes = openBytes;
  function openFile(file, purpose) {
    file.arrayBuffer().then(function (buf) { openBytes(file.name, new Uint8Array(buf), purpose); });
  }
  Module.nbOpenFilePicker = function (purpose) {
    pickerPurpose = purpose;
    picker.value = '';
    picker.click();
  };
  Module.nbDownload = function (name, bytes, mime) {
    var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.style.display = 'none';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  };

  // ---- Printing: the official document (the HTML export) in place of the canvas ----
  // The export's body goes into #print-doc and its CSS into a print-only style sheet that hides everything else,
  // so the browser's print dialog (and a PDF printer) gets the report as published, on A4 pages, never the canvas.
  Module.nbPrint = function (html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var holder = document.getElementById('print-doc');
    if (!holder) {
      holder = document.createElement('div');
      holder.id = 'print-doc';
      document.body.appendChild(holder);
    }
    var style = document.getElementById('print-style');
    if (!style) {
      style = document.createElement('style');
      style.id = 'print-style';
      style.media = 'print';
      document.head.appendChild(style);
    }
    var css = Array.prototype.map.call(doc.querySelectorAll('style'), function (s) { return s.textContent; }).join('\n');
    style.textContent = 'html, body { height: auto !important; overflow: visible !important; background: #fff !important; }\n' +
      'body > *:not(#print-doc) { display: none !important; }\n#print-doc { display: block !important; }\n' + css;
    holder.replaceChildren.apply(holder, Array.prototype.slice.call(doc.body.childNodes).map(function (n) {
      return document.importNode(n, true);
    }));
    Module.nbPrinted = (Module.nbPrinted || 0) + 1;
    // After this frame: window.print() blocks the page until the dialog closes.
    setTimeout(function () { window.print(); focusIme(); }, 0);
  };

  // ---- Glyphs the embedded font lacks, drawn with the browser's fonts ----
  var glyphCanvas = null;
  Module.nbDrawGlyph = function (cp, px, ascent) {
    var ch = String.fromCodePoint(cp);
    var h = Math.ceil(px * 1.25), w = Math.ceil(px * 1.25);
    if (!glyphCanvas) glyphCanvas = document.createElement('canvas');
    glyphCanvas.width = w; glyphCanvas.height = h;
    var g = glyphCanvas.getContext('2d', { willReadFrequently: true });
    g.clearRect(0, 0, w, h);
    g.font = px + 'px "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif';
    g.fillStyle = '#000';
    g.textBaseline = 'alphabetic';
    var advance = g.measureText(ch).width;
    if (!(advance > 0)) return null;
    g.fillText(ch, 0, ascent);
    var rgba = g.getImageData(0, 0, w, h).data, alpha = new Uint8Array(w * h), any = false;
    for (var i = 0; i < w * h; i++) { alpha[i] = rgba[i * 4 + 3]; if (alpha[i]) any = true; }
    if (!any) return null;
    return { w: w, h: h, advance: Math.round(advance), alpha: alpha };
  };

  // ---- Start: called by main() once the editor exists ----
  Module.nbStart = function () {
    performance.mark('nianbao-main');
    canvas = document.getElementById('canvas');
    ime = document.getElementById('ime');
    picker = document.getElementById('picker');
    started = true;

    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('keypress', function (e) { e.stopImmediatePropagation(); }, true);
    // While an input method composes, the textarea at the caret shows the composition (underlined, over the cell
    // or field), as every text field does; otherwise it is invisible.
    ime.addEventListener('compositionstart', function () { composing = true; ime.classList.add('composing'); });
    ime.addEventListener('compositionupdate', function () { sizeIme(); });
    ime.addEventListener('compositionend', function (e) {
      composing = false;
      ime.classList.remove('composing');
      sizeIme();
      sendText(e.data);
      ime.value = '';
    });
    ime.addEventListener('input', function (e) {
      if (composing || e.isComposing) { sizeIme(); return; }
      if (e.inputType === 'insertText' || e.inputType === 'insertReplacementText') sendText(e.data || ime.value);
      ime.value = '';
    });
    ime.addEventListener('blur', function () { Module._nb_focus(0); });
    ime.addEventListener('focus', function () { Module._nb_focus(1); });
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);

    canvas.addEventListener('mousedown', onMouseDown);
    window.addEventListener('mouseup', onMouseUp);
    window.addEventListener('mousemove', mousePos);
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    document.addEventListener('mouseleave', function () { Module._nb_mouse_pos(-3.4e38, -3.4e38); });

    picker.addEventListener('change', function () {
      if (picker.files && picker.files[0]) openFile(picker.files[0], pickerPurpose);
      focusIme();
    });
    window.addEventListener('dragover', function (e) { e.preventDefault(); document.body.classList.add('drop'); });
    window.addEventListener('dragleave', function () { document.body.classList.remove('drop'); });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      document.body.classList.remove('drop');
      var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (f) openFile(f, e.shiftKey ? 1 : 0);
    });

    window.addEventListener('resize', resize);
    window.addEventListener('beforeunload', function (e) {
      Module._nb_flush();
      if (Module.nbUnsaved) { e.preventDefault(); e.returnValue = ''; }
    });
    window.addEventListener('pagehide', function () { Module._nb_flush(); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') Module._nb_flush();
    });

    resize();
    focusIme();
    Module._nb_frame();  // the first frame at once, not at the next animation frame
  };

  // ---- window.nianbao: read-only hook for tests and embedding ----
  function get(what) { return UTF8ToString(Module._nb_get(what)); }
  window.nianbao = {
    ready: ready,
    get: function () { return get(0); },          // the report as JSON (schema nianbao.report)
    validate: function () { return get(1); },     // the findings as JSON (as `nianbao validate --json`)
    state: function () { return get(2); },        // cursor, counts, unsaved, stored reports
    opened: function () { return get(4); },       // what the last open said: {title, messages}
    // Where cells, fields, buttons and findings were drawn last frame, in CSS pixels: {name: [x, y, w, h, extra, visible]}
    layout: function () {
      var dpr = window.devicePixelRatio || 1, all = JSON.parse(get(3)), out = {};
      Object.keys(all).forEach(function (k) {
        var r = all[k];
        out[k] = [r[0] / dpr, r[1] / dpr, r[2] / dpr, r[3] / dpr, r[4], r[5]];
      });
      return out;
    },
    frames: function () { return Module.nbFrames; },
    times: function () { return Module.nbTimes.slice(0, 20); },
    // Milliseconds from the last key press to the end of the frame that drew it.
    latency: function () { return Module.nbLatency; },
    // Bytes of wasm memory (the heap grows, never shrinks).
    memory: function () { return HEAPU8.buffer.byteLength; },
    firstFrameAt: function () { return Module.nbFirstFrameAt; },
  };
})();
