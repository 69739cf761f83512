// The page's start (the first Emscripten --pre-js): inflates what the page carries gzipped, at once and in parallel.
//
//  - The wasm: web/assemble_page.py puts it in the page as base64 of its gzip (NIANBAO_WASM_GZ), because gzip finds
//    almost nothing to squeeze in base64'd wasm (845 KB against 654 KB). Module.instantiateWasm inflates it with the
//    browser's DecompressionStream and compiles while it inflates (instantiateStreaming on the inflating stream).
//  - The font: scripts/make-font.sh gives NIANBAO_FONT_GZ; its bytes wait in Module.nbFont until main() takes them,
//    and main() does not run before they are there (a run dependency added in preRun).
// A browser without DecompressionStream (Chrome < 80, Firefox < 113, Safari < 16.4) gets a message, not a blank page.
/* global Module, NIANBAO_WASM_GZ, NIANBAO_FONT_GZ, addRunDependency, removeRunDependency */
(function () {
  'use strict';
  var canInflate = typeof DecompressionStream !== 'undefined';

  function fail(message) {
    var o = document.getElementById('loading');
    if (o) { o.classList.add('failed'); o.querySelector('.msg').textContent = message; }
  }
  function bytesOfBase64(b64) {
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function inflating(b64) {
    return new Blob([bytesOfBase64(b64)]).stream().pipeThrough(new DecompressionStream('gzip'));
  }

  if (typeof NIANBAO_WASM_GZ === 'string') {
    Module.instantiateWasm = function (imports, receiveInstance) {
      if (!canInflate) {
        fail('这个浏览器版本过旧，打不开编辑器：请用新版的 Chrome、Edge、Firefox、Safari 或 360 浏览器（极速模式）。');
        return {};
      }
      var streamed = WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(
            new Response(inflating(NIANBAO_WASM_GZ), { headers: { 'Content-Type': 'application/wasm' } }), imports)
        : Promise.reject(new Error('no instantiateStreaming'));
      streamed.catch(function () {  // e.g. a browser that refuses a constructed Response: inflate, then compile
        return new Response(inflating(NIANBAO_WASM_GZ)).arrayBuffer()
          .then(function (buf) { return WebAssembly.instantiate(buf, imports); });
      }).then(function (result) {
        performance.mark('nianbao-wasm');
        receiveInstance(result.instance, result.module);
      }, function (e) {
        fail('加载失败：' + (e && e.message ? e.message : e));
      });
      return {};  // Emscripten waits for receiveInstance
    };
  }

  var fontReady = null;
  if (typeof NIANBAO_FONT_GZ === 'string' && canInflate) {
    fontReady = new Response(inflating(NIANBAO_FONT_GZ)).arrayBuffer()
      .then(function (buf) { Module.nbFont = new Uint8Array(buf); performance.mark('nianbao-font'); },
            function (e) { console.error('nianbao: font', e); });
  }
  Module.preRun = Module.preRun || [];
  Module.preRun.push(function () {
    performance.mark('nianbao-prerun');
    if (!fontReady || Module.nbFont) return;
    addRunDependency('nianbao-font');
    fontReady.then(function () { removeRunDependency('nianbao-font'); });
  });
})();
