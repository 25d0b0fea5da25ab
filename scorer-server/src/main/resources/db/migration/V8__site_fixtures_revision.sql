-- The site's cached lists (the live list of V2, and the home page's next fixtures and newest results) are versioned
-- by the sum of the matches' versions plus the fixture revision. A fixture added, or one deleted (only a match
-- without events can be: its version is 0), moves neither, so the home page's list of next fixtures would keep
-- the old one under the same version. Adding or deleting a match now raises the revision too, in its own
-- transaction, like an edit of what the lists show.
create trigger match_added_or_deleted
    after insert or delete on match
    for each statement execute function bump_fixture_revision();
