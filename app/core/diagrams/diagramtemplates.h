// DiagramTemplates: the classic designs "New diagram" starts from (three-tier web app across two
// availability zones, serverless API, streaming pipeline, URL shortener, key-value store).
// They live as JSON in content/diagrams and are embedded in the binary; each file is
//
//   {"title": "Serverless API", "description": "API Gateway, Lambda and DynamoDB ...",
//    "document": { ...a DiagramDocument... }}
#pragma once

#include "core/diagrams/diagram.h"

namespace Starloop::Diagrams {

class DiagramTemplates
{
public:
    // Every embedded template, by title. A template that fails validation is left out (the
    // tests check that none does).
    static QVector<DiagramTemplate> all();
    static Result<DiagramTemplate> find(const QString &id);
    // By id, else by title (exactly, else ignoring case): "news-feed", "News feed", "news FEED".
    static Result<DiagramTemplate> findByName(const QString &name);
    // Reads one template file's contents; `id` names it in messages.
    static Result<DiagramTemplate> parse(const QString &id, const QByteArray &json);
};

} // namespace Starloop::Diagrams
