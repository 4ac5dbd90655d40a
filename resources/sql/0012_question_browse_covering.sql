-- Starloop schema, version 12: the browsing index of schema 11 also holds what the list shows of
-- each question (uid, section, level, origin), so the first 200 rows of a start are read from the
-- index's few pages rather than from one table page per question (a question's row carries its
-- answer, and a heavy user's file has thousands). The expression stays the one of
-- QuestionRepository::search (app/core/questions/questionsearch.cpp).
DROP INDEX questions_browse;
CREATE INDEX questions_browse ON questions(
    CASE section WHEN 'leadership' THEN 0 WHEN 'company' THEN 1 WHEN 'aws' THEN 2
        WHEN 'system-design' THEN 3 WHEN 'coding' THEN 4 ELSE 5 END,
    title COLLATE NOCASE, uid, section, level, origin, retired) WHERE retired = 0;
