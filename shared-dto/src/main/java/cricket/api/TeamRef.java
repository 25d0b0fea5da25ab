package cricket.api;

/** A registered team, by id and name; the team and player lists of the admin API use it for both. */
public record TeamRef(long id, String name) {}
