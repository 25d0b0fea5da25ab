-- The officials of a match (issue 15): on-field umpires, TV umpire, reserve umpire and match referee, as the
-- printed card names them and Cricsheet's info.officials holds them. One jsonb object with a list a role
-- ({"umpires": [...], "tvUmpires": [...], "reserveUmpires": [...], "matchReferees": [...]}): the server reads and
-- writes them only whole, with the fixture, and never queries by an official's name.
alter table match add column officials jsonb not null default '{}'::jsonb;
