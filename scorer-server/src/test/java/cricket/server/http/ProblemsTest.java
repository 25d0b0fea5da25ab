package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.ScoringException;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The problem mapper on a bare Javalin with routes that fail the ways a service can: an internal invariant (a
 * stray IllegalArgumentException) is a generic 500, never a 400 carrying its sentence; an engine refusal is a 409
 * with the engine's sentence as it was written; a checked bad value is a 400 naming its field.
 */
class ProblemsTest {
    static final String INTERNAL = "table must be team or player, got umpire";
    static final String REFUSAL = "over 7 is complete: choose the next bowler (Law 17.6) \u2014 \"quoted\" & <tagged>";
    static Javalin javalin;
    static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Problems problems = new Problems(new Json());
        javalin = Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.jetty.host = "127.0.0.1";
                    cfg.jetty.port = 0;
                    problems.register(cfg.routes);
                    cfg.routes.get("/invariant", ctx -> {
                        throw new IllegalArgumentException(INTERNAL);
                    });
                    cfg.routes.get("/refused", ctx -> {
                        throw new ScoringException(REFUSAL);
                    });
                    cfg.routes.get("/bad", ctx -> {
                        throw ApiException.badRequest("venue", "venue must be 1-200 printable characters");
                    });
                })
                .start();
    }

    @AfterAll
    static void stop() {
        javalin.stop();
    }

    @Test
    void aStrayIllegalArgumentExceptionIsAGeneric500() throws Exception {
        HttpResponse<String> r = get("/invariant");
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(Problems.CONTENT_TYPE));
        assertThat(r.body()).doesNotContain("team or player").doesNotContain("umpire");
        assertThat(json(r).get("title").asText()).isEqualTo("Internal server error");
    }

    @Test
    void anEngineRefusalIsA409CarryingTheEnginesSentenceIntact() throws Exception {
        HttpResponse<String> r = get("/refused");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(json(r).get("detail").asText()).isEqualTo(REFUSAL);
        assertThat(json(r).get("title").asText()).isEqualTo("Illegal event");
    }

    @Test
    void aCheckedBadValueIsA400NamingItsField() throws Exception {
        HttpResponse<String> r = get("/bad");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("field").asText()).isEqualTo("venue");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return new ObjectMapper().readTree(r.body());
    }
}
