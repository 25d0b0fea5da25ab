package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document cannot rot: it is the one in docs/, and it lists exactly the routes the server has. */
class OpenApiTest {
    static final Path DOCS_COPY = Path.of("..", "docs", "openapi.json");
    static App app;
    static JsonNode served;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        served = new Http(app).get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theServedDocumentIsTheOneInDocs() throws IOException {
        Http.Reply r = new Http(app).get("/openapi.json");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.body())
                .as("scorer-server/src/main/resources/openapi.json and docs/openapi.json must be identical")
                .isEqualTo(Files.readString(DOCS_COPY));
        assertThat(served.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(served.at("/components/securitySchemes/bearer/scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    void everyRouteTheServerHasIsDocumentedAndNothingElse() {
        Set<String> documented = new TreeSet<>();
        served.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(
                                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> registered = new TreeSet<>(app.routes());
        assertThat(registered).hasSizeGreaterThan(30);
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void everyReferenceResolvesAndEveryOperationHasAProblemForErrors() {
        List<String> refs = new ArrayList<>();
        collectRefs(served, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(served.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        JsonNode events = served.at("/components/schemas/MatchEvent/oneOf");
        assertThat(events).hasSize(cricket.scoring.MatchEvent.class.getPermittedSubclasses().length);
        served.get("paths")
                .forEach(path -> path.forEach(op -> {
                    assertThat(op.get("operationId").asText()).isNotBlank();
                    op.get("responses").fields().forEachRemaining(r -> {
                        if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                            JsonNode response = r.getValue().has("$ref")
                                    ? served.at(
                                            r.getValue().get("$ref").asText().substring(1))
                                    : r.getValue();
                            assertThat(response.at("/content").has("application/problem+json")
                                            || r.getKey().equals("503"))
                                    .as(op.get("operationId") + " " + r.getKey())
                                    .isTrue();
                        }
                    });
                }));
    }

    @Test
    void theEventUnionNamesEveryTypeTheServerAccepts() throws IOException {
        JsonNode mapping = served.at("/components/schemas/MatchEvent/discriminator/mapping");
        ObjectMapper mapper = app.services().json().mapper();
        mapping.fieldNames().forEachRemaining(type -> {
            try {
                String minimal = "{\"type\":\"" + type + "\"}";
                mapper.readValue(minimal, cricket.scoring.MatchEvent.class);
            } catch (com.fasterxml.jackson.databind.exc.InvalidTypeIdException e) {
                throw new AssertionError("the document names an event type the server does not know: " + type, e);
            } catch (IOException | RuntimeException e) {
                // Missing fields are fine here: only the type name is being checked.
            }
        });
        assertThat(mapping.size()).isEqualTo(cricket.scoring.MatchEvent.class.getPermittedSubclasses().length);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collectRefs(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
