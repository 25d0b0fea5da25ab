package cricket.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import cricket.server.App;
import cricket.server.DevMatches;
import cricket.server.ServerConfig;
import cricket.server.db.Database;
import cricket.server.embedded.EmbeddedServices;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./cricket populatedb} on a database of its own: loads once, and never touches data it did not make. */
class PopulateDbCommandTest {
    @TempDir
    Path data;

    EmbeddedServices services;
    HikariDataSource pool;

    @BeforeEach
    void start() {
        services = EmbeddedServices.start(data);
        pool = Database.pool(services.jdbcUrl(), "postgres", "postgres", 2);
        Database.migrate(pool);
    }

    @AfterEach
    void stop() {
        pool.close();
        services.close();
    }

    Map<String, String> env() {
        return Map.of(
                "DATABASE_URL", services.jdbcUrl().replace("jdbc:postgresql://", "postgres://postgres:postgres@"));
    }

    String run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(PopulateDbCommand.run(env(), new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    int matches() {
        try (App app = App.create(ServerConfig.local(), pool, null)) {
            return app.services().fixtureRepository().matches(null).size();
        }
    }

    @Test
    void anEmptyDatabaseGetsTheDemoAndItsLoginsOnceThenNothingMore() {
        String first = run();

        assertThat(first).contains("demo loaded").contains("  admin / ").contains("  scorer / ");
        assertThat(matches()).isEqualTo(3);
        assertThat(run()).contains("already holds").doesNotContain("admin /");
        assertThat(matches()).isEqualTo(3);
    }

    @Test
    void matchesImportedBeforeAnyAdminAreLeftAsTheyAreAndTheFirstAdminIsExplained() {
        try (App app = App.create(ServerConfig.local(), pool, null)) {
            app.services().cricsheetImport().importMatch(DevMatches.read("1262757.json"), Integer.MAX_VALUE, null);
        }

        String printed = run();

        assertThat(printed).contains("holds matches but no admin").contains("./cricket user add NAME --role admin");
        assertThat(matches()).isEqualTo(1);
    }
}
