// The embedding's per-frame rule (embed_api.cpp, which implements nianbao_editor/embed.h).
#pragma once

#include "editor_state.h"

namespace nianbao::editor {

// ?lockAgency=1: whatever report is in the editor carries the locked agency name.
void enforce_locked_agency(EditorState& s);

}  // namespace nianbao::editor
