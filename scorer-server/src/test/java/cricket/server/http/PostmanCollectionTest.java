package cricket.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Postman collection in docs/ (run by newman in bench/postman/run) asks only for what the API documents: each
 * request is an operation of docs/openapi.json (which {@link OpenApiTest} holds to the server's routes), and each
 * JSON body sends only fields that operation's request schema names, so a collection that drifts from the API fails
 * here rather than in someone's Postman.
 */
class PostmanCollectionTest {
    static final Path COLLECTION = Path.of("..", "docs", "cricket-tracker.postman_collection.json");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static JsonNode api;
    static List<JsonNode> requests = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        api = MAPPER.readTree(OpenApiTest.DOCS_COPY.toFile());
        collect(MAPPER.readTree(COLLECTION.toFile()).get("item"));
    }

    private static void collect(JsonNode items) {
        for (JsonNode item : items) {
            if (item.has("item")) {
                collect(item.get("item"));
            } else {
                requests.add(item);
            }
        }
    }

    @Test
    void everyRequestIsADocumentedOperation() {
        assertThat(requests).hasSizeGreaterThan(20);
        for (JsonNode item : requests) {
            assertThat(operation(item)).as(item.get("name").asText()).isNotNull();
        }
    }

    @Test
    void everyJsonBodySendsOnlyFieldsItsOperationDocuments() throws IOException {
        int checked = 0;
        for (JsonNode item : requests) {
            JsonNode raw = item.at("/request/body/raw");
            if (raw.isMissingNode()) {
                continue;
            }
            JsonNode schema = operation(item).at("/requestBody/content/application~1json/schema");
            assertThat(schema.isMissingNode()).as(item.get("name").asText()).isFalse();
            fieldsAreDocumented(item.get("name").asText(), "", MAPPER.readTree(filled(raw.asText())), schema);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }

    /** The collection's variables made values: {@code {{matchId}}} a number where it stands alone, text in a string. */
    private static String filled(String body) {
        return body.replaceAll("(?<=[:\\[,]\\s{0,4})\\{\\{\\w+}}", "1").replaceAll("\\{\\{\\w+}}", "x");
    }

    private static void fieldsAreDocumented(String request, String at, JsonNode value, JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("oneOf") && value.isObject()) {
            // A union (an event's types, or a value or null): the option whose fields hold all the body's.
            JsonNode chosen = null;
            for (JsonNode option : s.get("oneOf")) {
                JsonNode o = resolve(option);
                if (o.has("properties") && chosen == null && hasAll(o.get("properties"), value)) {
                    chosen = o;
                }
            }
            assertThat(chosen)
                    .as(request + ": " + at + " matches none of the API's "
                            + s.get("oneOf").size() + " shapes")
                    .isNotNull();
            s = chosen;
        }
        if (!value.isObject() || !s.has("properties")) {
            return;
        }
        JsonNode properties = s.get("properties");
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            assertThat(properties.has(field.getKey()))
                    .as(request + ": field " + at + field.getKey() + " is not in the API's schema")
                    .isTrue();
            fieldsAreDocumented(request, at + field.getKey() + ".", field.getValue(), properties.get(field.getKey()));
        }
    }

    private static boolean hasAll(JsonNode properties, JsonNode value) {
        for (var names = value.fieldNames(); names.hasNext(); ) {
            if (!properties.has(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = api.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    /** The documented operation the request's method and path name, or null. */
    private static JsonNode operation(JsonNode item) {
        String method = item.at("/request/method").asText().toLowerCase(Locale.ROOT);
        List<String> segments = new ArrayList<>();
        item.at("/request/url/path").forEach(p -> segments.add(p.asText()));
        String path = "/" + String.join("/", segments);
        for (Map.Entry<String, JsonNode> documented :
                (Iterable<Map.Entry<String, JsonNode>>) api.get("paths")::fields) {
            String template = documented.getKey();
            Pattern pattern = Pattern.compile(
                    Pattern.quote(template).replaceAll("\\{\\w+}", "\\\\E(\\\\{\\\\{\\\\w+}}|[^/]+)\\\\Q"));
            if (pattern.matcher(path).matches() && documented.getValue().has(method)) {
                return documented.getValue().get(method);
            }
        }
        return null;
    }
}
