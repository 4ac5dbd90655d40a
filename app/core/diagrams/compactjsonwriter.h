// CompactJsonWriter: writes JSON straight into a byte array, for DiagramDocument::toJson(): the
// autosave of a large diagram spent most of its time building QJsonObjects only to print them.
// It writes what QJsonDocument::Compact writes for the same object, byte for byte: the caller
// gives the keys in sorted order; numbers are the shortest that read back the same.
//
//   QByteArray out;
//   CompactJsonWriter json(out);
//   json.open('{');
//   json.key("id").string(QStringLiteral("n1"));
//   json.key("x").number(40);
//   json.close('}');                       // {"id":"n1","x":40}
#pragma once

#include <QByteArray>
#include <QString>

namespace Starloop::Diagrams {

class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(QByteArray &out)
        : m_out(out)
    { }
    CompactJsonWriter &key(const char *name);
    void string(const QString &text);
    void number(double value);
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    void open(char bracket);
    void close(char bracket);

private:
    QByteArray &m_out;
    bool m_first = true;
};

} // namespace Starloop::Diagrams
