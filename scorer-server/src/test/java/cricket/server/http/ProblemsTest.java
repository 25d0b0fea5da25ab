package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.scoring.ScoringException;
import cricket.server.domain.BadValue;
import cricket.server.domain.Busy;
import cricket.server.domain.Conflict;
import cricket.server.domain.DomainException;
import cricket.server.domain.NotFound;
import cricket.server.domain.Refused;
import cricket.server.domain.Throttled;
import cricket.server.domain.Unauthenticated;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
                    cfg.routes.get("/bad-value", ctx -> {
                        throw new BadValue("venue", "venue must be 1-200 printable characters");
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

    @Test
    void aServicesBadValueIsTheSame400AsARoutesBadRequest() throws Exception {
        HttpResponse<String> route = get("/bad");
        HttpResponse<String> service = get("/bad-value");
        assertThat(service.statusCode()).isEqualTo(route.statusCode());
        JsonNode expected = json(route);
        JsonNode got = json(service);
        for (String member : List.of("type", "title", "status", "detail", "field")) {
            assertThat(got.get(member)).as(member).isEqualTo(expected.get(member));
        }
    }

    /** A kind added to the sealed family without a mapping would fall through to a 500 that hides its sentence. */
    @Test
    void everyDomainRefusalHasItsOwnStatusAndKeepsItsSentenceAndFacts() {
        List<DomainException> each = List.of(
                new BadValue("venue", "venue must be given"),
                new Unauthenticated("this needs a login"),
                new Refused("scorer1 is not assigned to score match 4"),
                new NotFound("no match with id 4"),
                new Conflict("expectedSeq 2 is stale: the match is at seq 3"),
                new Throttled("too many login attempts for \"ann\"; try again in 5 s", 5),
                new Busy("too many public reads are waiting for the database"));
        assertThat(each.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DomainException.class.getPermittedSubclasses());
        Problems problems = new Problems(new Json());
        Set<Integer> statuses = new HashSet<>();
        for (DomainException e : each) {
            e.with("currentSeq", 3L);
            Problems.Problem p = problems.problem(e, "GET", "/x");
            assertThat(p.status())
                    .as(e.getClass().getSimpleName())
                    .isBetween(400, 599)
                    .isNotEqualTo(500);
            assertThat(p.detail()).isEqualTo(e.getMessage());
            assertThat(p.extensions()).containsEntry("currentSeq", 3L).containsAllEntriesOf(e.extensions());
            statuses.add(p.status());
        }
        assertThat(statuses).hasSameSizeAs(each);
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
