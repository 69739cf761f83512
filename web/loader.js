// The page's start (the first Emscripten --pre-js): takes in what the page carries gzipped, as it arrives.
//
// web/assemble_page.py puts two scripts after emcc's JS (its opening comment says why in that order):
//  - the wasm, base64 of its gzip, handed to Module.nbWasmArrived. gzip finds almost nothing to squeeze in base64'd
//    wasm (845 KB against 654 KB), hence the gzip. Module.instantiateWasm waits for it, then inflates it with the
//    browser's DecompressionStream and compiles while it inflates (instantiateStreaming on the inflating stream);
//  - the font (NIANBAO_FONT_GZ and NIANBAO_UI_CHARS from scripts/make-font.sh), announced by Module.nbFontArrived;
//    its bytes wait in Module.nbFont until main() takes them, and main() does not run before they are there (a run
//    dependency added in preRun).
// A browser without DecompressionStream (Chrome < 80, Firefox < 113, Safari < 16.4) gets a message, not a blank page.
/* global Module, NIANBAO_FONT_GZ, addRunDependency, removeRunDependency */
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
  function inflating(gz) {
    return new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'));
  }

  var wasmArrived = new Promise(function (resolve) { Module.nbWasmArrived = resolve; });
  Module.instantiateWasm = function (imports, receiveInstance) {
    if (!canInflate) {
      fail('这个浏览器版本过旧，打不开编辑器：请用新版的 Chrome、Edge、Firefox、Safari 或 360 浏览器（极速模式）。');
      return {};
    }
    wasmArrived.then(function (b64) {
      var gz = bytesOfBase64(b64);
      var compiled = WebAssembly.instantiateStreaming
        ? WebAssembly.instantiateStreaming(
            new Response(inflating(gz), { headers: { 'Content-Type': 'application/wasm' } }), imports)
        : Promise.reject(new Error('no instantiateStreaming'));
      return compiled.catch(function () {  // e.g. a browser that refuses a constructed Response: inflate, then compile
        return new Response(inflating(gz)).arrayBuffer()
          .then(function (buf) { return WebAssembly.instantiate(buf, imports); });
      });
    }).then(function (result) {
      performance.mark('nianbao-wasm');
      receiveInstance(result.instance, result.module);
    }, function (e) {
      fail('加载失败：' + (e && e.message ? e.message : e));
    });
    return {};  // Emscripten waits for receiveInstance
  };

  var fontReady = new Promise(function (resolve) {
    Module.nbFontArrived = function () {
      if (typeof NIANBAO_FONT_GZ !== 'string' || !canInflate) { resolve(); return; }
      new Response(inflating(bytesOfBase64(NIANBAO_FONT_GZ))).arrayBuffer()
        .then(function (buf) { Module.nbFont = new Uint8Array(buf); performance.mark('nianbao-font'); },
              function (e) { console.error('nianbao: font', e); })
        .then(resolve);
    };
  });
  Module.preRun = Module.preRun || [];
  Module.preRun.push(function () {
    performance.mark('nianbao-prerun');
    if (Module.nbFont) return;
    addRunDependency('nianbao-font');
    fontReady.then(function () { removeRunDependency('nianbao-font'); });
  });
})();
