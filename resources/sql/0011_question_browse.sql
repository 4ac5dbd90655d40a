-- Starloop schema, version 11: the question list in its browsing order (sections in the order
-- of a loop, then titles), so an empty search, the list a start shows, reads its first rows
-- from the index instead of sorting every question. The expression is the one of
-- QuestionRepository::search (app/core/questions/questionsearch.cpp): they must stay the same.
CREATE INDEX questions_browse ON questions(
    CASE section WHEN 'leadership' THEN 0 WHEN 'company' THEN 1 WHEN 'aws' THEN 2
        WHEN 'system-design' THEN 3 WHEN 'coding' THEN 4 ELSE 5 END,
    title COLLATE NOCASE) WHERE retired = 0;
