// The browser functions behind web/platform_web.cpp (an Emscripten --js-library). Each is small and does one
// thing; the DOM event side of the page lives in input.js (Module.nb*).
mergeInto(LibraryManager.library, {
  $nbString__deps: ['malloc'],
  $nbString: function (s) {
    if (s === null || s === undefined) return 0;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
  },

  // Hands bytes to the user as a download named `name` (no network: a blob: URL made here).
  nbjs_download: function (name, bytes, size, mime) {
    var data = HEAPU8.slice(bytes, bytes + size);
    Module.nbDownload(UTF8ToString(name), data, UTF8ToString(mime));
  },
  nbjs_open_file: function (purpose) { Module.nbOpenFilePicker(purpose); },

  // The autosave store: localStorage (survives reloads; per origin, so per file:// or per server).
  nbjs_store_read__deps: ['$nbString'],
  nbjs_store_read: function (key) {
    try {
      var v = window.localStorage.getItem(UTF8ToString(key));
      return v === null ? 0 : nbString(v);
    } catch (e) { return 0; }
  },
  nbjs_store_write: function (key, value, size) {
    var text = UTF8ToString(value, size);
    // A full store (QuotaExceededError) returns 0: the editor shows it to the user, not only the console.
    try { window.localStorage.setItem(UTF8ToString(key), text); return 1; }
    catch (e) { console.warn('nianbao: autosave failed', e); return 0; }
  },
  nbjs_store_remove: function (key) {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
  },
  nbjs_store_keys__deps: ['$nbString'],
  nbjs_store_keys: function (prefix) {
    var p = UTF8ToString(prefix), out = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var k = window.localStorage.key(i);
        if (k && k.indexOf(p) === 0) out.push(k);
      }
    } catch (e) {}
    return nbString(out.join('\n'));
  },

  nbjs_set_clipboard: function (text, size) { Module.nbSetClipboard(UTF8ToString(text, size)); },
  nbjs_request_frame: function (delay) { Module.nbRequestFrame(delay); },
  nbjs_set_title: function (title) { document.title = UTF8ToString(title); },
  nbjs_set_unsaved: function (unsaved) { Module.nbUnsaved = !!unsaved; },

  // The embedded font, inflated by input.js before main() runs.
  nbjs_font_size: function () { return Module.nbFont ? Module.nbFont.length : 0; },
  nbjs_font_copy: function (dest) { HEAPU8.set(Module.nbFont, dest); Module.nbFont = null; },
  nbjs_ui_chars__deps: ['$nbString'],
  nbjs_ui_chars: function () { return nbString(typeof NIANBAO_UI_CHARS === 'string' ? NIANBAO_UI_CHARS : ''); },

  // Draws a character the embedded font lacks with the browser's fonts: a coverage bitmap one line high.
  nbjs_draw_glyph__deps: ['malloc'],
  nbjs_draw_glyph: function (cp, px, ascent, wPtr, hPtr, advPtr) {
    var g = Module.nbDrawGlyph(cp, px, ascent);
    if (!g) return 0;
    var p = _malloc(g.w * g.h);
    HEAPU8.set(g.alpha, p);
    HEAP32[wPtr >> 2] = g.w;
    HEAP32[hPtr >> 2] = g.h;
    HEAPF32[advPtr >> 2] = g.advance;
    return p;
  },
});
