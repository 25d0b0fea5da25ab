package cricket.desktop.client;

/** One match assigned to the signed-in scorer, as listed by {@code GET /api/v1/me/matches}. */
public record Fixture(
        long id,
        String tournament,
        String homeTeam,
        String awayTeam,
        String venue,
        String startTime,
        String status,
        long version) {

    /** What the fixture list shows. */
    public String label() {
        return homeTeam + " v " + awayTeam + "  ·  " + (tournament == null ? "" : tournament) + "  ·  "
                + (venue == null ? "" : venue) + "  ·  " + (status == null ? "" : status);
    }
}
