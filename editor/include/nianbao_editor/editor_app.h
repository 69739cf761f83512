// The nianbao report editor, shared by the page (web/main_web.cpp) and the desktop editor. The host owns the window,
// the ImGui context and the renderer backend, and calls, in this order:
//
//   EditorApp app(platform);   app.init();                // after ImGui::CreateContext()
//   every frame:  if (app.prepare_frame()) <re-upload the font texture>;  <backend NewFrame>; ImGui::NewFrame();
//                 app.frame();  ImGui::Render(); <backend render>
//   on exit:      app.shutdown();
//
// Everything else (files, storage, clipboard, redraw requests) goes through nianbao_editor/platform.h.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "nianbao_editor/platform.h"

namespace nianbao::editor {

struct EditorState;

class EditorApp {
public:
    explicit EditorApp(Platform& platform);
    ~EditorApp();
    EditorApp(const EditorApp&) = delete;
    EditorApp& operator=(const EditorApp&) = delete;

    // Theme, fonts, and the last report from the autosave store (or a new one).
    void init();
    // Before ImGui::NewFrame(): applies DPI/zoom changes and glyphs the document needs. True when the font atlas
    // was rebuilt, so the renderer must upload its texture again.
    bool prepare_frame();
    // Between ImGui::NewFrame() and ImGui::Render(): the whole editor, in one full-viewport window.
    void frame();
    // Commits a number still being typed into a cell and writes any change not yet autosaved (call it on exit,
    // and when the page is hidden or closing).
    void shutdown();

    // A file the user chose, dropped or pasted: our JSON or a published report (PDF, .docx, web page, text in any of
    // its charsets; nianbao/document.h decides). False when it was refused: the open report is untouched and a
    // dialog says why (open_messages_json() has the same words).
    bool open_bytes(std::string_view file_name, std::string_view bytes, OpenPurpose purpose);
    // Shows a report from the autosave store (the desktop's crash recovery offers one by its key), as autosaved:
    // not saved to a file. Nothing happens when it is already shown.
    void open_stored(const std::string& key);
    // Text the system clipboard delivered (a paste). True when the editor took it as a whole report (it asks the
    // user first); false when the host should deliver it as an ordinary Ctrl+V to the focused field or the grid.
    bool paste_document(std::string_view text);
    // Whether a text field (not the grid) has the keyboard.
    bool text_field_active() const;
    // Whether ImGui still holds input events it has not applied (it applies one key change per frame). A host that
    // must act on a key at once (the browser's copy event reads the clipboard synchronously) draws until this is false.
    bool input_pending() const;

    // Text the host is about to hand to ImGui (typed, committed by an input method): its characters go into the font
    // atlas before the next frame, so a character new to the document never shows as "?" even for one frame.
    void note_text_input(std::string_view utf8);

    // ---- Read-only views for embedding and tests ----
    std::string report_json() const;
    std::string validation_json() const;
    // {"cell":…,"editing":…,"errors":…,"warnings":…,"unsaved":…,"revision":…,"reports":…}
    std::string state_json() const;
    // Where the cells, fields, buttons and findings were drawn in the last frame, in physical pixels:
    // {"t3.new.natural":[x,y,w,h,severity,visible],"agency":[…],"button.totals":[…],"finding.0":[…],…}
    std::string layout_json() const;
    // What the last open said: {"title":"…","messages":["…",…]} (why it was refused, or the import notes).
    std::string open_messages_json() const;

    // For nianbao_editor/embed.h (embedding API, supervisor's view): the state behind the editor.
    EditorState& internal_state() const { return *state_; }

private:
    std::unique_ptr<EditorState> state_;
};

}  // namespace nianbao::editor
