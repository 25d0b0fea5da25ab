package cricket.server.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthApiTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void healthIsReadyWhilePostgresAnswers() {
        Http.Reply r = new Http(app).get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("database").asText()).isEqualTo("up");
    }

    @Test
    void healthIs503AndWritesAreAProblemWhenThePoolCannotReachPostgres() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closed + "/postgres");
        config.setUsername("postgres");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource unreachable = new HikariDataSource(config);
                App down = App.create(ServerConfig.local().withBcryptCost(4), unreachable, null)
                        .start()) {
            Http.Reply health = new Http(down).get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("database").asText()).isEqualTo("down");

            Http.Reply login = new Http(down)
                    .post("/api/v1/auth/login", "{\"username\":\"someone\",\"password\":\"long-enough-pw\"}");
            assertThat(login.status()).isEqualTo(503);
            assertThat(login.contentType()).startsWith("application/problem+json");
            assertThat(new Http(down).get("/api/v1/matches").status()).isEqualTo(503);
        }
    }

    @Test
    void metricsShowRequestsLatenciesQueriesAndThePool() {
        Http http = new Http(app);
        http.get("/api/v1/tournaments");
        http.get("/api/v1/matches/77777");
        String metrics = http.metrics().body();
        assertThat(metrics)
                .contains("cricket_db_queries_total")
                .contains("cricket_http_requests_seconds_count{")
                .contains("route=\"/api/v1/tournaments\"")
                .contains("status=\"404\"")
                .contains("cricket_http_requests_seconds_max")
                .contains("cricket_db_pool_active")
                .contains("cricket_db_pool_max");
        assertThat(http.metrics().headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/plain");
    }

    /** The operator's table in docs/deploy.md names metrics the server really exports, under those names. */
    @Test
    void everyMetricTheDeployGuideNamesIsExported() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "deploy.md"));
        String table = guide.substring(guide.indexOf("## Monitoring"), guide.indexOf("## Backups and restores"));
        Matcher named = Pattern.compile("`((?:cricket|jvm|process)_[a-z_]+)").matcher(table);
        List<String> names = new ArrayList<>();
        while (named.find()) {
            names.add(named.group(1));
        }
        assertThat(names).contains("cricket_cache_reads_total", "cricket_db_queries_total", "cricket_live_streams");
        names.remove("jvm_gc_pause_seconds"); // registered at the JVM's first collection, which may not have come yet
        Http http = new Http(app);
        http.get("/api/v1/tournaments"); // request timers are made by the first request of their kind
        String metrics = http.metrics().body();
        for (String name : names) {
            // The name itself, or a timer's own series: not another metric that merely starts with it.
            assertThat(metrics)
                    .as("/metrics exports %s", name)
                    .containsPattern("(?m)^" + name + "(_count|_sum|_max)?[{ ]");
        }
    }
}
