-- Starloop schema, version 3: an index for the question list.
-- With nothing typed, the Questions workspace lists every live question by section and title and
-- counts them by section and level. A row of `questions` holds the whole answer, and `retired`
-- comes after it, so reading the table meant reading every answer. This index holds what the
-- list and the counts read, for live questions only.

CREATE INDEX questions_list ON questions(section, level, title, uid, origin, retired) WHERE retired = 0;
