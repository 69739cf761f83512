// A PDF file as objects: the cross-reference data (classic tables, cross-reference streams, object streams,
// incremental updates through /Prev), a repair scan when that data is broken, and the page tree.
//
// Every way a hostile file could loop or grow is bounded here: /Prev chains and page trees remember where they have
// been, references resolve through a guard that breaks cycles, stream lengths are checked against the file, and the
// bytes decoded from all streams together are capped.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pdf_crypt.h"
#include "pdf_filters.h"
#include "pdf_object.h"

namespace nianbao::pdf {

struct Page {
    Object dict;
    Object resources;  // inherited from the page tree when the page has none
    int rotate = 0;    // /Rotate, inherited likewise: 0, 90, 180 or 270
};

class Document {
public:
    static constexpr int kMaxPages = 2000;                    // a report has dozens; more is a hostile page tree
    static constexpr std::size_t kMaxDecodedTotal = 256u << 20;  // all streams of one file together

    explicit Document(std::string_view bytes) : s_(bytes) {}

    // Reads the cross references and the trailer, repairing by a scan when they are broken. False when no document
    // catalog could be found at all; `problem` then says why (in Chinese).
    bool load();
    bool encrypted() const;
    // The standard security handler of an encrypted file (null when it is not encrypted), set up by load().
    const StandardSecurity* security() const { return security_.get(); }
    bool repaired() const { return repaired_; }
    bool decode_limit_hit() const { return decode_limit_hit_; }
    const std::string& problem() const { return problem_; }

    // Follows a reference (and chains of them) to the object; anything else is returned as it is. What it loads is
    // kept for the next call, unless `keep` is false: an object read once and turned into something else (a font
    // dictionary, whose /Widths and /Encoding arrays hold hundreds of objects) then gives its memory back at once.
    Object resolve(const Object& o, bool keep = true);
    Object get(const Object& dict, std::string_view key) { return resolve(dict.get(key)); }
    // A stream's decoded bytes (its filters applied), within the size limits.
    Decoded stream_bytes(const Object& stream);

    // The pages in order, at most kMaxPages; `claimed` is what the page tree's /Count said.
    std::vector<Page> pages();
    int claimed_pages() const { return claimed_pages_; }

private:
    struct Entry {
        enum class Kind : std::uint8_t { Offset, InStream } kind = Kind::Offset;
        std::size_t offset = 0;  // Offset: where "N G obj" starts
        int stream = 0;          // InStream: the object stream's number
        int index = 0;           //           and the object's index in it
    };
    struct ObjectStream {
        std::string data;
        std::vector<std::pair<int, std::size_t>> offsets;  // object number, offset in data
    };

    bool read_xref_chain(std::size_t offset);
    bool read_xref_table(std::size_t offset, Object& trailer);
    bool read_xref_stream(std::size_t offset, Object& trailer);
    void merge_trailer(const Object& t);
    void setup_security();
    void repair_scan();
    Object load_object(int num);
    Object parse_object_at(std::size_t offset, int expect_num, bool& matched);
    Object load_from_object_stream(int stream_num, int index, int num);
    std::string_view stream_data_after(Parser& p, const Object& dict);
    void walk_pages(const Object& node, const Object& resources, int rotate, int depth, std::vector<Page>& out,
                    std::set<int>& seen);

    std::string_view s_;
    std::unordered_map<int, Entry> xref_;
    std::unordered_map<int, Object> cache_;
    std::set<int> resolving_;
    std::map<int, std::shared_ptr<ObjectStream>> object_streams_;
    std::unordered_map<int, std::size_t> scanned_;  // the repair scan's "N G obj" offsets
    bool scanned_done_ = false;
    Object trailer_;
    std::unique_ptr<StandardSecurity> security_;
    std::string problem_;
    bool repaired_ = false;
    bool decode_limit_hit_ = false;
    std::size_t decoded_total_ = 0;
    int claimed_pages_ = 0;
};

}  // namespace nianbao::pdf
