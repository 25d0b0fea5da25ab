package cricket.server.scoring;

import cricket.server.Http;

/** Builds a fixture over the admin API: a tournament, two teams and a match. */
final class Fixtures {
    private Fixtures() {}

    static long match(Http admin, String tournament) {
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
}
