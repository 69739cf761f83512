// WordprocessingML → text lines (see docx_text.h). XML by pugixml; the zip by zip_reader.
#include "docx_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "nianbao/text_util.h"
#include "zip_reader.h"

namespace nianbao::documents {
namespace {

// Tables inside tables inside content controls: real documents nest a few levels. Deeper content is still read,
// as flat text, so a hostile nesting cannot exhaust the stack.
constexpr int kMaxBlockDepth = 24;

std::string_view local_name(const pugi::xml_node& n) {
    std::string_view name = n.name();
    std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& n, std::string_view local) {
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
        if (local_name(c) == local) return c;
    return {};
}

// The w:val attribute, whatever the prefix.
std::string_view val_of(const pugi::xml_node& n) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        std::string_view name = a.name();
        if (name == "val" || (name.size() > 4 && name.substr(name.size() - 4) == ":val")) return a.value();
    }
    return {};
}

bool skipped_subtree(std::string_view name) {
    // Field instructions, deleted text, property blocks and the fallback copy of alternate content hold no visible
    // text of their own (the fallback repeats the chosen branch's text).
    return name == "instrText" || name == "delText" || name == "delInstrText" || name == "rPr" || name == "pPr" ||
           name == "tblPr" || name == "tcPr" || name == "trPr" || name == "sectPr" || name == "Fallback" ||
           name == "footnoteReference" || name == "endnoteReference" || name == "commentReference";
}

// The visible text under `root` in document order, without recursion (pugixml's walker is iterative).
void append_text(const pugi::xml_node& root, std::string& out) {
    pugi::xml_node n = root.first_child();
    while (n) {
        std::string_view name = local_name(n);
        bool descend = true;
        if (n.type() == pugi::node_element) {
            if (skipped_subtree(name)) {
                descend = false;
            } else if (name == "t") {
                out += n.text().get();
                descend = false;
            } else if (name == "tab" || name == "ptab") {
                out += '\t';
            } else if (name == "br" || name == "cr") {
                out += '\n';
            } else if (name == "noBreakHyphen") {
                out += '-';
            } else if (name == "p" && !out.empty() && out.back() != '\n') {
                out += '\n';  // a paragraph inside a text box or a nested cell
            }
        } else {
            descend = false;
        }
        if (descend && n.first_child()) {
            n = n.first_child();
            continue;
        }
        while (n && n != root && !n.next_sibling()) n = n.parent();
        if (!n || n == root) break;
        n = n.next_sibling();
    }
}

bool ascii_word_char(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Text inside a cell must stay on one line and in one field.
void append_cell_piece(std::string& cell, std::string piece) {
    for (char& c : piece)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    std::string_view t = trim(piece);
    if (t.empty()) return;
    if (!cell.empty() && ascii_word_char(cell.back()) && ascii_word_char(t.front())) cell += ' ';
    cell += t;
}

class Writer {
public:
    std::string out;

    void block(const pugi::xml_node& parent, int depth) {
        for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
            std::string_view name = local_name(n);
            if (name == "p") {
                paragraph(n);
            } else if (name == "tbl") {
                if (depth < kMaxBlockDepth) table(n, depth + 1);
                else paragraph(n);
            } else if (name == "sdt" || name == "customXml" || name == "ins" || name == "smartTag") {
                // Content controls and revision marks wrap ordinary paragraphs and tables.
                pugi::xml_node content = name == "sdt" ? child_named(n, "sdtContent") : n;
                if (depth < kMaxBlockDepth) block(content, depth + 1);
                else paragraph(content);
            }
        }
    }

private:
    void paragraph(const pugi::xml_node& p) {
        std::string line;
        append_text(p, line);
        out += line;
        out += '\n';
    }

    // The text of one cell: its paragraphs (and any nested table's cells) on one line.
    std::string cell_text(const pugi::xml_node& tc) {
        std::string cell;
        for (pugi::xml_node n = tc.first_child(); n; n = n.next_sibling()) {
            if (local_name(n) == "tcPr") continue;
            std::string piece;
            append_text(n, piece);
            append_cell_piece(cell, std::move(piece));
        }
        return cell;
    }

    // Cells of a row, looking through content controls around cells.
    void collect_cells(const pugi::xml_node& parent, std::vector<pugi::xml_node>& cells, int depth) {
        for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
            std::string_view name = local_name(n);
            if (name == "tc") cells.push_back(n);
            else if (depth < 4 && (name == "sdt" || name == "customXml"))
                collect_cells(name == "sdt" ? child_named(n, "sdtContent") : n, cells, depth + 1);
        }
    }

    void table(const pugi::xml_node& tbl, int depth) {
        for (pugi::xml_node tr = tbl.first_child(); tr; tr = tr.next_sibling()) {
            std::string_view name = local_name(tr);
            if (name == "sdt" || name == "customXml") {
                // Rows wrapped in a content control: read the wrapped rows as a table of their own.
                if (depth < kMaxBlockDepth) table(name == "sdt" ? child_named(tr, "sdtContent") : tr, depth + 1);
                continue;
            }
            if (name != "tr") continue;
            std::string line;
            int fields = 0;
            auto add_field = [&](std::string_view text) {
                if (fields++ > 0) line += '\t';
                line += text;
            };
            pugi::xml_node trpr = child_named(tr, "trPr");
            int before = trpr ? std::atoi(std::string(val_of(child_named(trpr, "gridBefore"))).c_str()) : 0;
            for (int i = 0; i < std::min(before, 64); ++i) add_field("");
            std::vector<pugi::xml_node> cells;
            collect_cells(tr, cells, 0);
            for (const pugi::xml_node& tc : cells) {
                pugi::xml_node pr = child_named(tc, "tcPr");
                int span = 1;
                bool continued = false;
                if (pr) {
                    if (pugi::xml_node gs = child_named(pr, "gridSpan")) span = std::atoi(std::string(val_of(gs)).c_str());
                    if (pugi::xml_node vm = child_named(pr, "vMerge")) continued = val_of(vm) != "restart";
                }
                span = std::clamp(span, 1, 64);
                add_field(continued ? std::string() : cell_text(tc));
                for (int i = 1; i < span; ++i) add_field("");
            }
            out += line;
            out += '\n';
        }
        out += '\n';
    }
};

std::string_view relationship_target(const pugi::xml_document& rels, std::string_view type_suffix) {
    for (pugi::xml_node r = rels.document_element().first_child(); r; r = r.next_sibling()) {
        std::string_view type = r.attribute("Type").value();
        if (type.size() >= type_suffix.size() && type.substr(type.size() - type_suffix.size()) == type_suffix)
            return r.attribute("Target").value();
    }
    return {};
}

}  // namespace

std::string docx_main_part(std::string_view zip) {
    ZipReader z(zip);
    if (!z.ok()) return {};
    if (const ZipEntry* e = z.find("_rels/.rels")) {
        std::string bytes, error;
        pugi::xml_document rels;
        if (z.read(*e, bytes, error, 1024 * 1024) && rels.load_buffer(bytes.data(), bytes.size())) {
            std::string target(relationship_target(rels, "/officeDocument"));
            while (!target.empty() && target.front() == '/') target.erase(0, 1);
            if (!target.empty() && z.find(target)) return target;
        }
    }
    return z.find("word/document.xml") ? "word/document.xml" : "";
}

DocxText docx_text(std::string_view zip) {
    DocxText out;
    ZipReader z(zip);
    if (!z.ok()) {
        out.error = z.error();
        return out;
    }
    std::string part = docx_main_part(zip);
    if (part.empty()) {
        out.error = "这个 .docx 文件里没有正文部分（word/document.xml），文件已损坏或不是 Word 文档";
        return out;
    }
    std::string xml, error;
    if (!z.read(*z.find(part), xml, error)) {
        out.error = error;
        return out;
    }
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_auto);
    if (!parsed) {
        out.error = "Word 文档的正文（" + part + "）不是有效的 XML：第 " + std::to_string(parsed.offset) + " 个字节处" +
                    (parsed.status == pugi::status_end_element_mismatch ? "标签不匹配" : "格式错误");
        return out;
    }
    pugi::xml_node body = child_named(doc.document_element(), "body");
    if (!body) {
        out.error = "Word 文档的正文（" + part + "）中没有 body 部分";
        return out;
    }
    Writer w;
    w.block(body, 0);
    if (trim(w.out).empty()) {
        out.error = "Word 文档中没有文字（可能只有图片）";
        return out;
    }
    out.ok = true;
    out.text = std::move(w.out);
    return out;
}

}  // namespace nianbao::documents
