package cricket.desktop.client;

/** The two name registries of the admin API, which take the same calls: teams and players. */
public enum Registry {
    TEAMS("teams", "team"),
    PLAYERS("players", "player");

    private final String path;
    private final String singular;

    Registry(String path, String singular) {
        this.path = path;
        this.singular = singular;
    }

    String path() {
        return path;
    }

    /** "team" or "player", for sentences. */
    public String singular() {
        return singular;
    }
}
