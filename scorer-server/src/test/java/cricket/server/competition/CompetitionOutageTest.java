package cricket.server.competition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import cricket.cricsheet.CricsheetReader;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.TwoInstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tournament's views through a Redis outage on two instances: a match imported on one while Redis is away
 * reaches Redis when it is back (rewarm), and the other instance, which heard nothing meanwhile, takes the new table
 * (resync) and drops the careers it held.
 */
class CompetitionOutageTest {
    static final String SEASON = "Outage season";

    @RegisterExtension
    static final TwoInstances instances = TwoInstances.perClass();

    static long importInto(App app, String file) {
        return app.services()
                .cricsheetImport()
                .importMatch(CricsheetReader.read(DevMatches.DIR.resolve(file)), Integer.MAX_VALUE, SEASON)
                .matchId();
    }

    @Test
    void aMatchImportedWhileRedisIsAwayReachesTheOtherInstancesTableWhenItIsBack() throws Exception {
        App writer = instances.first();
        App reader = instances.second();
        importInto(writer, "1082591.json");
        long tournamentId = writer.services()
                .fixtureRepository()
                .tournamentNamed(SEASON)
                .orElseThrow()
                .id();
        String table = "/api/v1/tournaments/" + tournamentId + "/table";
        Http there = new Http(reader);
        JsonNode before = CompetitionApiTest.await(() -> {
            JsonNode t = there.get(table).json();
            return t.get("rows").size() == 2 ? t : null;
        });
        assertThat(there.get(table).headers().firstValue("X-Cache")).hasValue("HIT");
        // A Royal Challengers Bangalore player, in both matches.
        RawCricsheet second = new RawCricsheet(DevMatches.DIR.resolve("1082628.json"));
        String both = new RawCricsheet(DevMatches.DIR.resolve("1082591.json"))
                .players.keySet().stream()
                        .filter(second.players::containsKey)
                        .findFirst()
                        .orElseThrow();
        long playerId =
                writer.services().competition().repository().playerId(both).orElseThrow();
        String career = "/api/v1/players/" + playerId + "/career";
        int matchesBefore =
                there.get(career).json().get("formats").get(0).get("matches").asInt();
        assertThat(there.get(career).headers().firstValue("X-Cache")).hasValue("HIT");

        instances.redis().stop();
        try {
            importInto(writer, "1082628.json");
            Thread.sleep(500);
        } finally {
            instances.redis().start();
        }

        JsonNode after = CompetitionApiTest.await(() -> {
            Http.Reply r = there.get(table);
            return r.status() == 200 && r.json().get("rows").size() == 3 ? r.json() : null;
        });
        assertThat(after.get("version").asInt())
                .isGreaterThan(before.get("version").asInt());
        int matchesAfter = CompetitionApiTest.await(() -> {
            int m = there.get(career)
                    .json()
                    .get("formats")
                    .get(0)
                    .get("matches")
                    .asInt();
            return m > matchesBefore ? m : null;
        });
        assertThat(matchesAfter).isEqualTo(matchesBefore + 1);
    }
}
