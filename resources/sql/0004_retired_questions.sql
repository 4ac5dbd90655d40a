-- Starloop schema, version 4: the retired questions, found without reading the table.
-- A search as you type ranks the index's matches and leaves retired questions out before it cuts
-- the list, so it needs their ids; `retired` comes after the answer in a row of `questions`.
-- Most files have none, so this index is usually empty.

CREATE INDEX questions_retired ON questions(id) WHERE retired = 1;
