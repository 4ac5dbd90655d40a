#include "core/diagrams/compactjsonwriter.h"

#include <QLocale>

#include <cmath>
#include <cstdio>

namespace Starloop::Diagrams {

CompactJsonWriter &CompactJsonWriter::key(const char *name)
{
    m_out += m_first ? "\"" : ",\"";
    m_out += name;
    m_out += "\":";
    m_first = false;
    return *this;
}

void CompactJsonWriter::string(const QString &text)
{
    m_out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (u < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
                m_out += escaped;
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void CompactJsonWriter::number(double value)
{
    constexpr double Exact = 9007199254740992.0; // 2^53: whole numbers print as integers
    if (!std::isfinite(value))
        m_out += "null";
    else if (value == std::floor(value) && std::abs(value) < Exact)
        m_out += QByteArray::number(qint64(value));
    else
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void CompactJsonWriter::open(char bracket)
{
    m_out += bracket;
    m_first = true;
}

void CompactJsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first = false;
}

} // namespace Starloop::Diagrams
