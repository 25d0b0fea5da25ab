package cricket.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.db.Database;
import cricket.server.embedded.EmbeddedServices;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code ./cricket demo} starts on its data folder: busy ports, and a first start stopped while loading. */
class DemoCommandTest {
    @TempDir
    Path data;

    @Test
    void aFirstStartStoppedWhileLoadingIsLoadedAfreshWithLoginsOnTheNextStart() throws Exception {
        // What a Ctrl-C during the first load leaves: a match imported, no logins yet.
        EmbeddedServices services = EmbeddedServices.start(data);
        try (HikariDataSource pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 2)) {
            Database.migrate(pool);
            try (App partial = App.create(ServerConfig.local(), pool, null)) {
                partial.services().cricsheetImport().importMatch(DevMatches.read("1082591.json"), 100, null);
            }
        } finally {
            services.close();
        }

        try (DemoCommand.Running demo = DemoCommand.start(data, 0)) {
            assertThat(demo.loaded().logins()).containsOnlyKeys("admin", "scorer");
            JsonNode matches = get(demo, "/api/v1/matches");
            assertThat(matches).hasSize(3);
            assertThat(matches.findValuesAsText("status")).containsExactlyInAnyOrder("completed", "live", "upcoming");
        }
    }

    @Test
    void aBusyPortIsNamedAndTheNextStartStillPrintsTheLogins() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> DemoCommand.start(data, taken.getLocalPort()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is in use")
                    .hasMessageContaining("--port N");
        }

        try (DemoCommand.Running demo = DemoCommand.start(data, 0)) {
            assertThat(demo.loaded().logins()).containsOnlyKeys("admin", "scorer");
        }
    }

    private static JsonNode get(DemoCommand.Running demo, String path) {
        Http.Reply reply = new Http(demo.app()).get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.json();
    }
}
