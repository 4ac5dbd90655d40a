// WorkedExample: the complete STAR answer a behavioral question of the bank shows, read from its
// Markdown so it can start a story of the user's own ("Use as a starting point") and be held to
// the same story checks the user's stories are.
//
//   ## Worked example
//   *An illustration: ...*
//   ### Situation      -> story.situation
//   ### Task           -> story.task
//   ### Action         -> story.action
//   ### Result         -> story.result
//   ### Reflection     -> story.reflection    (optional)
//   ### Short version  -> story.shortVersion  (optional)
//   ## Weak version    (ends the example)
//
//   WorkedExample::fromMarkdown(answer without that section) -> std::nullopt
#pragma once

#include "core/stories/story.h"

#include <optional>

namespace Starloop::Stories {

class WorkedExample
{
public:
    // The example's parts as a story (title, principles and links left to the caller), or
    // nothing when the answer has no complete worked example (all four STAR parts).
    static std::optional<Story> fromMarkdown(const QString &answerMd);
};

} // namespace Starloop::Stories
