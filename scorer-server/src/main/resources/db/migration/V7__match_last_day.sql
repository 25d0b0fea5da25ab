-- The last day of a match played over days, when its record names one: a Cricsheet file's last date (a Test that
-- finished on day 4 lists four). The printed card shows the match's dates from start_time's day to this one; null
-- when the record names none, and the card then counts the days from the match's stumps.
alter table match add column last_day date;
