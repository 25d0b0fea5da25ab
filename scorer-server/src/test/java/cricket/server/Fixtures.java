package cricket.server;

/** Builds fixtures over the admin API, as an admin would: a tournament, two teams and a match. */
public final class Fixtures {
    private Fixtures() {}

    /** A new match in a new tournament named {@code tournament} (names must be unique per database). */
    public static long match(Http admin, String tournament) {
        long t = admin.post("/api/v1/tournaments", "{\"name\":\"" + tournament + "\",\"season\":\"2026\"}")
                .json()
                .get("id")
                .asLong();
        long home = admin.post("/api/v1/teams", "{\"name\":\"" + tournament + " Home\"}")
                .json()
                .get("id")
                .asLong();
        long away = admin.post("/api/v1/teams", "{\"name\":\"" + tournament + " Away\"}")
                .json()
                .get("id")
                .asLong();
        Http.Reply m = admin.post(
                "/api/v1/matches",
                "{\"tournamentId\":" + t + ",\"homeTeamId\":" + home + ",\"awayTeamId\":" + away
                        + ",\"venue\":\"Lord's\",\"startTime\":\"2026-06-01T10:00:00Z\",\"rules\":null}");
        if (m.status() != 201) {
            throw new IllegalStateException("fixture not created: " + m);
        }
        return m.json().get("id").asLong();
    }

    /** A new match as above with {@code scorerId} assigned to score it. */
    public static long assignedMatch(Http admin, String tournament, long scorerId) {
        long matchId = match(admin, tournament);
        Http.Reply assigned = admin.put("/api/v1/matches/" + matchId + "/scorers", "{\"userIds\":[" + scorerId + "]}");
        if (assigned.status() != 200) {
            throw new IllegalStateException("scorer not assigned: " + assigned);
        }
        return matchId;
    }
}
