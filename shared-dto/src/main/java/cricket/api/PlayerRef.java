package cricket.api;

/** A registered player, by id and name. */
public record PlayerRef(long id, String name) {}
