// The PDF lexer and object parser (ISO 32000-1 §7.2, §7.3): numbers, strings, names, arrays, dictionaries, references.
#include "pdf_object.h"

#include <cmath>

namespace nianbao::pdf {

namespace {

int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

bool is_pdf_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0; }

bool is_pdf_delimiter(unsigned char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/' ||
           c == '%';
}

const Object& null_object() {
    static const Object null;
    return null;
}

const Object& Object::get(std::string_view key) const {
    if ((type == Type::Dict || type == Type::Stream) && dict) {
        for (const auto& [k, v] : *dict)
            if (k == key) return v;
    }
    return null_object();
}

int Object::as_int(int fallback) const {
    if (type != Type::Number || !std::isfinite(number) || std::fabs(number) > 2e9) return fallback;
    return static_cast<int>(number);
}

void Parser::skip_space() {
    while (pos_ < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[pos_]);
        if (is_pdf_space(c)) {
            ++pos_;
        } else if (c == '%') {
            while (pos_ < s_.size() && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
        } else {
            break;
        }
    }
}

bool Parser::at_end() {
    skip_space();
    return pos_ >= s_.size();
}

std::string_view Parser::read_regular() {
    std::size_t start = pos_;
    while (pos_ < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[pos_]);
        if (is_pdf_space(c) || is_pdf_delimiter(c)) break;
        ++pos_;
    }
    return s_.substr(start, pos_ - start);
}

bool Parser::read_number(Object& out) {
    std::size_t start = pos_;
    std::string_view tok = read_regular();
    // Producers write "-.5", "+3", "4." and, broken ones, "--2" or "1.2.3"; take the longest sensible prefix.
    double sign = 1, value = 0, scale = 0;
    std::size_t i = 0;
    bool digits = false, dot = false;
    while (i < tok.size() && (tok[i] == '-' || tok[i] == '+')) {
        if (tok[i] == '-') sign = -sign;
        ++i;
    }
    for (; i < tok.size(); ++i) {
        char c = tok[i];
        if (c >= '0' && c <= '9') {
            digits = true;
            if (dot) {
                scale *= 10;
                value += (c - '0') / scale;
            } else {
                value = value * 10 + (c - '0');
            }
        } else if (c == '.' && !dot) {
            dot = true;
            scale = 1;
        } else {
            break;
        }
    }
    if (!digits) {
        pos_ = start;
        return false;
    }
    out.type = Object::Type::Number;
    out.integer = !dot;
    out.number = std::isfinite(value) ? sign * value : 0;
    return true;
}

std::string Parser::read_literal_string() {
    std::string out;
    ++pos_;  // '('
    int depth = 1;
    while (pos_ < s_.size()) {
        char c = s_[pos_++];
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            if (--depth == 0) break;
        } else if (c == '\\') {
            if (pos_ >= s_.size()) break;
            char e = s_[pos_++];
            switch (e) {
                case 'n': out += '\n'; continue;
                case 'r': out += '\r'; continue;
                case 't': out += '\t'; continue;
                case 'b': out += '\b'; continue;
                case 'f': out += '\f'; continue;
                case '\r':
                    if (pos_ < s_.size() && s_[pos_] == '\n') ++pos_;
                    continue;
                case '\n': continue;
                default: break;
            }
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '7'; ++k)
                    v = v * 8 + (s_[pos_++] - '0');
                out += static_cast<char>(v & 0xFF);
            } else {
                out += e;
            }
            continue;
        }
        out += c;
    }
    return out;
}

std::string Parser::read_hex_string() {
    std::string out;
    ++pos_;  // '<'
    int high = -1;
    while (pos_ < s_.size()) {
        unsigned char c = static_cast<unsigned char>(s_[pos_++]);
        if (c == '>') break;
        int v = hex_value(c);
        if (v < 0) continue;
        if (high < 0) {
            high = v;
        } else {
            out += static_cast<char>(high * 16 + v);
            high = -1;
        }
    }
    if (high >= 0) out += static_cast<char>(high * 16);
    return out;
}

std::string Parser::read_name() {
    ++pos_;  // '/'
    std::string_view raw = read_regular();
    if (raw.find('#') == std::string_view::npos) return std::string(raw);  // almost every name
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '#' && i + 2 < raw.size()) {
            int h = hex_value(static_cast<unsigned char>(raw[i + 1])), l = hex_value(static_cast<unsigned char>(raw[i + 2]));
            if (h >= 0 && l >= 0) {
                out += static_cast<char>(h * 16 + l);
                i += 2;
                continue;
            }
        }
        out += raw[i];
    }
    return out;
}

Object Parser::next(bool allow_refs, int depth) {
    Object o;
    skip_space();
    if (pos_ >= s_.size()) {
        o.type = Object::Type::Keyword;
        return o;
    }
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == '/') {
        o.type = Object::Type::Name;
        o.str = read_name();
        return o;
    }
    if (c == '(') {
        o.type = Object::Type::String;
        o.str = read_literal_string();
        return o;
    }
    if (c == '<' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '<') {
        pos_ += 2;
        auto dict = std::make_shared<ObjectDict>();
        while (true) {
            skip_space();
            if (pos_ >= s_.size()) break;
            if (s_[pos_] == '>') {
                pos_ += (pos_ + 1 < s_.size() && s_[pos_ + 1] == '>') ? 2 : 1;
                break;
            }
            Object key = next(allow_refs, depth + 1);
            if (key.type == Object::Type::Keyword && (key.str == "endobj" || key.str == "stream")) {
                pos_ -= key.str.size();
                break;
            }
            if (key.type != Object::Type::Name) {
                // Not a key: a stray token (or the nesting limit); skip it so a broken dictionary still ends.
                if (key.type == Object::Type::Keyword && key.str.empty() && pos_ < s_.size()) ++pos_;
                if (pos_ >= s_.size()) break;
                continue;
            }
            if (depth >= kMaxNesting) break;
            Object value = next(allow_refs, depth + 1);
            if (value.type == Object::Type::Keyword && value.str != "null") {
                if (value.str == "endobj" || value.str == "stream" || value.str.empty()) {
                    pos_ -= value.str.size();
                    break;
                }
                continue;
            }
            dict->emplace_back(std::move(key.str), std::move(value));
        }
        o.type = Object::Type::Dict;
        o.dict = std::move(dict);
        return o;
    }
    if (c == '<') {
        o.type = Object::Type::String;
        o.str = read_hex_string();
        return o;
    }
    if (c == '[') {
        ++pos_;
        auto arr = std::make_shared<ObjectArray>();
        while (true) {
            skip_space();
            if (pos_ >= s_.size()) break;
            if (s_[pos_] == ']') {
                ++pos_;
                break;
            }
            if (depth >= kMaxNesting) {
                // Too deep: skip to the end of this array without building it.
                int level = 1;
                while (pos_ < s_.size() && level > 0) {
                    if (s_[pos_] == '[') ++level;
                    if (s_[pos_] == ']') --level;
                    ++pos_;
                }
                break;
            }
            Object item = next(allow_refs, depth + 1);
            if (item.type == Object::Type::Keyword) {
                if (item.str.empty()) {
                    if (pos_ < s_.size() && s_[pos_] != ']') ++pos_;  // a stray delimiter such as ')' or '>'
                    continue;
                }
                if (item.str == "endobj" || item.str == "stream") {
                    pos_ -= item.str.size();
                    break;
                }
                if (item.str != "null") continue;
                item = Object{};
            }
            arr->push_back(std::move(item));
        }
        o.type = Object::Type::Array;
        o.array = std::move(arr);
        return o;
    }
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        if (read_number(o)) {
            if (allow_refs && o.integer && o.number >= 0) {
                // "num gen R": look ahead without consuming unless it matches.
                std::size_t save = pos_;
                skip_space();
                Object gen;
                if (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9' && read_number(gen) && gen.integer) {
                    skip_space();
                    if (pos_ < s_.size() && s_[pos_] == 'R' &&
                        (pos_ + 1 >= s_.size() || is_pdf_space(static_cast<unsigned char>(s_[pos_ + 1])) ||
                         is_pdf_delimiter(static_cast<unsigned char>(s_[pos_ + 1])))) {
                        ++pos_;
                        Object r;
                        r.type = Object::Type::Ref;
                        r.ref = {o.number > 2e9 ? 0 : static_cast<int>(o.number),
                                 gen.number > 65535 ? 0 : static_cast<int>(gen.number)};
                        return r;
                    }
                }
                pos_ = save;
            }
            return o;
        }
    }
    if (is_pdf_delimiter(c)) {
        // ')', '>', ']', '{', '}' where no object starts: the caller decides; an empty Keyword says "nothing here".
        o.type = Object::Type::Keyword;
        if (c == '{' || c == '}') {
            ++pos_;
            o.str = std::string(1, static_cast<char>(c));
        }
        return o;
    }
    std::string_view word = read_regular();
    if (word.empty()) {
        ++pos_;  // a byte that is neither space nor delimiter nor regular cannot happen, but never stall
        o.type = Object::Type::Keyword;
        return o;
    }
    if (word == "true" || word == "false") {
        o.type = Object::Type::Bool;
        o.boolean = word == "true";
        return o;
    }
    if (word == "null") return o;
    o.type = Object::Type::Keyword;
    o.str = std::string(word);
    return o;
}

}  // namespace nianbao::pdf
