package cricket.api;

/**
 * The match officials a card names, in the order it names them, each with its key in Cricsheet's
 * {@code info.officials} and its field in the API's {@code officials} object.
 */
public enum OfficialRole {
    UMPIRE("umpires", "umpires", "Umpire", "Umpires"),
    TV_UMPIRE("tv_umpires", "tvUmpires", "TV umpire", "TV umpires"),
    RESERVE_UMPIRE("reserve_umpires", "reserveUmpires", "Reserve umpire", "Reserve umpires"),
    MATCH_REFEREE("match_referees", "matchReferees", "Match referee", "Match referees");

    private final String cricsheetKey;
    private final String field;
    private final String one;
    private final String many;

    OfficialRole(String cricsheetKey, String field, String one, String many) {
        this.cricsheetKey = cricsheetKey;
        this.field = field;
        this.one = one;
        this.many = many;
    }

    /** Its key in a Cricsheet file's {@code info.officials}, e.g. {@code tv_umpires}. */
    public String cricsheetKey() {
        return cricsheetKey;
    }

    /** Its field in the API's {@code officials} object, e.g. {@code tvUmpires}. */
    public String field() {
        return field;
    }

    /** "TV umpire" for one name, "TV umpires" for more, as a printed card heads the names. */
    public String label(int names) {
        return names == 1 ? one : many;
    }
}
