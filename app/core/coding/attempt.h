// Attempt: one try at a coding question in the scratchpad, as the user's database keeps it.
#pragma once

#include "core/vocabulary/language.h"

#include <QString>

#include <optional>

namespace Starloop::Coding {

struct Attempt
{
    qint64 id = 0;
    QString uid;
    qint64 questionId = 0;
    QString language = Languages::id(Language::Python); // a Language id, or a KSyntaxHighlighting name
    QString code;
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    int durationSecs = 0; // time spent writing it, as the scratchpad's clock counted
    std::optional<int> rating; // self-rating, 1 (poor) to 5 (interview-ready)
    QString notes;
    QString lastRun; // RunResult::toJson() of the last run; empty when never run

    // True when what the user edits (language, code, time, rating, notes, last run) is the same.
    bool sameContent(const Attempt &other) const
    {
        return language == other.language && code == other.code && durationSecs == other.durationSecs
            && rating == other.rating && notes == other.notes && lastRun == other.lastRun;
    }
};

} // namespace Starloop::Coding
