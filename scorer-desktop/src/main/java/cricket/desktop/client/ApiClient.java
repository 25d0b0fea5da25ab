package cricket.desktop.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import cricket.api.FixtureRequest;
import cricket.api.ImportResult;
import cricket.api.LoginResult;
import cricket.api.MatchDetail;
import cricket.api.MatchSummary;
import cricket.api.Problem;
import cricket.api.Role;
import cricket.api.Squad;
import cricket.api.StoredEvent;
import cricket.api.TeamRef;
import cricket.api.Tournament;
import cricket.api.User;
import cricket.scoring.MatchEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's v1 API as the console uses it. The one class that knows OkHttp and URLs. Thread-safe: the outbox
 * sender and the screens share one instance.
 */
public final class ApiClient {
    private static final Logger LOG = LoggerFactory.getLogger(ApiClient.class);
    private static final MediaType JSON = MediaType.get("application/json");

    /** Shared with the outbox journal, so both read and write events the same way. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) // a fixture's start time goes as ISO-8601
            .build();

    private final HttpUrl base;
    private final OkHttpClient http;
    /** For a whole match file: importing a five-day Test takes longer than a ball may. Shares the pool. */
    private final OkHttpClient slow;

    private volatile Session session;

    public ApiClient(String serverUrl) {
        this.base = parse(serverUrl);
        // Short timeouts: a ball must go in within seconds, and a dead link should show as offline, not hang.
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofSeconds(5))
                .writeTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(8))
                .retryOnConnectionFailure(true)
                .build();
        this.slow = http.newBuilder()
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(90))
                .build();
    }

    private static HttpUrl parse(String serverUrl) {
        HttpUrl url = serverUrl == null ? null : HttpUrl.parse(serverUrl.strip());
        if (url == null) {
            throw new IllegalArgumentException(
                    "server URL must be an http:// or https:// address such as http://localhost:8080, got \""
                            + serverUrl + "\"");
        }
        return url;
    }

    public String serverUrl() {
        return base.toString();
    }

    public Session session() {
        return session;
    }

    /** Signs in; the token is kept for this session, the password is not kept at all. */
    public Session login(String username, String password) {
        LoginResult reply = convert(
                send(post("auth/login", Map.of("username", username, "password", password), false)),
                new TypeReference<>() {});
        if (reply.user() == null || reply.token() == null) {
            throw new ApiException(502, "the server's login reply names no user or token", null);
        }
        session = Session.of(reply);
        LOG.info("signed in user={} server={}", session.username(), base);
        return session;
    }

    public void logout() {
        if (session != null) {
            send(post("auth/logout", Map.of(), true));
            session = null;
        }
    }

    // --- The admin's work: the endpoints the Postman collection uses; the server checks the admin role.

    public List<Tournament> tournaments() {
        return convert(send(get("tournaments")), new TypeReference<>() {});
    }

    public Tournament createTournament(String name, String season) {
        return convert(send(post("tournaments", tournamentBody(name, season), true)), new TypeReference<>() {});
    }

    public Tournament updateTournament(long id, String name, String season) {
        return convert(send(put("tournaments/" + id, tournamentBody(name, season))), new TypeReference<>() {});
    }

    public void deleteTournament(long id) {
        send(delete("tournaments/" + id));
    }

    private static Map<String, String> tournamentBody(String name, String season) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("season", season);
        return body;
    }

    /** The registered teams or players. */
    public List<TeamRef> named(Registry registry) {
        return convert(send(get(registry.path())), new TypeReference<>() {});
    }

    public TeamRef createNamed(Registry registry, String name) {
        return convert(send(post(registry.path(), nameBody(name), true)), new TypeReference<>() {});
    }

    public TeamRef rename(Registry registry, long id, String name) {
        return convert(send(put(registry.path() + "/" + id, nameBody(name))), new TypeReference<>() {});
    }

    public void deleteNamed(Registry registry, long id) {
        send(delete(registry.path() + "/" + id));
    }

    private static Map<String, String> nameBody(String name) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("name", name);
        return body;
    }

    public Squad squad(long tournamentId, long teamId) {
        return convert(send(get("tournaments/" + tournamentId + "/squads/" + teamId)), new TypeReference<>() {});
    }

    public Squad replaceSquad(long tournamentId, long teamId, List<Long> playerIds) {
        return convert(
                send(put("tournaments/" + tournamentId + "/squads/" + teamId, Map.of("playerIds", playerIds))),
                new TypeReference<>() {});
    }

    /** Every match, whatever its status. */
    public List<MatchSummary> matches() {
        return convert(send(get("matches")), new TypeReference<>() {});
    }

    public MatchSummary createMatch(FixtureRequest fixture) {
        return convert(send(post("matches", fixture, true)), new TypeReference<>() {});
    }

    public MatchSummary updateMatch(long id, FixtureRequest fixture) {
        return convert(send(put("matches/" + id, fixture)), new TypeReference<>() {});
    }

    public void deleteMatch(long id) {
        send(delete("matches/" + id));
    }

    public List<User> scorers(long matchId) {
        return convert(send(get("matches/" + matchId + "/scorers")), new TypeReference<>() {});
    }

    /** Replaces the match's scorers with these users. */
    public List<User> assignScorers(long matchId, List<Long> userIds) {
        return convert(
                send(put("matches/" + matchId + "/scorers", Map.of("userIds", userIds))), new TypeReference<>() {});
    }

    public List<User> users() {
        return convert(send(get("users")), new TypeReference<>() {});
    }

    public User createUser(String username, String password, Role role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        body.put("role", role);
        return convert(send(post("users", body, true)), new TypeReference<>() {});
    }

    /** Sets the user's password; every token they held stops working. */
    public void resetPassword(long userId, String newPassword) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("newPassword", newPassword);
        send(put("users/" + userId + "/password", body));
    }

    /** Gives the user {@code role}; the server refuses to leave no enabled admin. */
    public User setRole(long userId, Role role) {
        return convert(send(put("users/" + userId + "/role", Map.of("role", role))), new TypeReference<>() {});
    }

    /** Disables the user (their tokens stop working, they cannot sign in) or enables them again. */
    public User setDisabled(long userId, boolean disabled) {
        return convert(
                send(put("users/" + userId + "/disabled", Map.of("disabled", disabled))), new TypeReference<>() {});
    }

    /** Imports one Cricsheet JSON file; {@code fileName} (such as "1082591.json") is how the server knows it. */
    public ImportResult importCricsheet(byte[] file, String fileName) {
        HttpUrl url = url("import/cricsheet")
                .newBuilder()
                .addQueryParameter("name", fileName)
                .build();
        Request request = authorized(new Request.Builder().url(url).post(RequestBody.create(file, JSON)))
                .build();
        return convert(send(slow, request), new TypeReference<>() {});
    }

    /** The match as a Cricsheet JSON file, the bytes as the server wrote them. */
    public byte[] exportCricsheet(long matchId) {
        Request request = get("matches/" + matchId + "/cricsheet");
        try (Response response = slow.newCall(request).execute()) {
            byte[] bytes = response.body().bytes();
            if (!response.isSuccessful()) {
                throw problem(response.code(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
            return bytes;
        } catch (IOException e) {
            throw new OfflineException(request.url().toString(), e);
        }
    }

    public List<MatchSummary> myMatches() {
        return convert(send(get("me/matches")), new TypeReference<>() {});
    }

    public MatchDetail match(long matchId) {
        return convert(send(get("matches/" + matchId)), new TypeReference<>() {});
    }

    /** Events after {@code afterSeq}, oldest first. */
    public List<StoredEvent> events(long matchId, int afterSeq) {
        Request request = authorized(new Request.Builder()
                        .url(url("matches/" + matchId + "/events")
                                .newBuilder()
                                .addQueryParameter("after", Integer.toString(afterSeq))
                                .build()))
                .build();
        return convert(send(request), new TypeReference<>() {});
    }

    /**
     * Appends one event. A resend of the same {@code eventId} answers with the first result, so retrying after a lost
     * reply is safe.
     *
     * @return the seq the server gave the event
     */
    public int postEvent(long matchId, UUID eventId, int expectedSeq, MatchEvent event) {
        JsonNode body = send(post("matches/" + matchId + "/events", new EventPost(eventId, expectedSeq, event), true));
        return body.path("seq").asInt();
    }

    /** The server's scorecard of the match, as JSON. */
    public JsonNode scorecard(long matchId) {
        return send(get("matches/" + matchId + "/scorecard"));
    }

    /** The body of an event write; the declared type carries the event's {@code type} name. */
    record EventPost(UUID eventId, int expectedSeq, MatchEvent event) {}

    private Request get(String path) {
        return authorized(new Request.Builder().url(url(path))).build();
    }

    private Request post(String path, Object body, boolean auth) {
        Request.Builder builder = new Request.Builder().url(url(path)).post(RequestBody.create(write(body), JSON));
        return (auth ? authorized(builder) : builder).build();
    }

    private Request put(String path, Object body) {
        return authorized(new Request.Builder().url(url(path)).put(RequestBody.create(write(body), JSON)))
                .build();
    }

    private Request delete(String path) {
        return authorized(new Request.Builder().url(url(path)).delete()).build();
    }

    private Request.Builder authorized(Request.Builder builder) {
        Session current = session;
        return current == null ? builder : builder.header("Authorization", "Bearer " + current.token());
    }

    private HttpUrl url(String path) {
        return base.newBuilder().addPathSegments("api/v1/" + path).build();
    }

    private JsonNode send(Request request) {
        return send(http, request);
    }

    private JsonNode send(OkHttpClient client, Request request) {
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw problem(response.code(), text);
            }
            return text.isBlank() ? MAPPER.nullNode() : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(502, "the server sent a reply that is not JSON: " + e.getOriginalMessage(), null);
        } catch (IOException e) {
            throw new OfflineException(request.url().toString(), e);
        }
    }

    private static ApiException problem(int status, String text) {
        Problem body;
        try {
            body = MAPPER.readValue(text.isBlank() ? "{}" : text, Problem.class);
        } catch (JsonProcessingException e) {
            // A gateway's HTML error page, say: the status is all there is to go on.
            body = new Problem(null, null, status, null, null, null);
        }
        String detail = body.detail() != null ? body.detail() : body.title() != null ? body.title() : "";
        if (detail.isBlank()) {
            detail = "the server answered HTTP " + status;
        }
        return new ApiException(status, detail, body.currentSeq());
    }

    private static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T convert(JsonNode node, TypeReference<T> type) {
        try {
            return MAPPER.treeToValue(node, MAPPER.getTypeFactory().constructType(type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(
                    502, "the server's reply does not match the expected shape: " + e.getMessage(), null);
        }
    }
}
