package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The login throttle over real HTTP: parallel guesses, addresses behind a trusted proxy, two instances, no Redis. */
class LoginApiTest {
    static App app;
    static App behindProxy;

    @BeforeAll
    static void start() {
        app = TestServer.startApp();
        behindProxy = App.create(
                        TestServer.config().withTrustedProxies(TrustedProxies.parse("127.0.0.1")),
                        TestServer.pool(),
                        TestServer.redis())
                .start();
    }

    @AfterAll
    static void stop() {
        behindProxy.close();
        app.close();
    }

    static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** {@code bodies} sent at once from {@code threads} threads, answered statuses counted. */
    static Map<Integer, Long> atOnce(App target, List<HttpRequest> requests) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (HttpRequest request : requests) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : replies) {
                statuses.add(f.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpRequest.Builder loginRequest(App target, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void twentyParallelGuessesGetNoMoreChecksThanFiveSerialOnes() throws Exception {
        TestServer.user(app, "parallel", Role.SCORER);
        List<HttpRequest> guesses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            guesses.add(loginRequest(app, login("parallel", "wrong-guess-" + i)).build());
        }
        Map<Integer, Long> statuses = atOnce(app, guesses);
        assertThat(statuses.get(401)).as(statuses.toString()).isEqualTo((long) LoginThrottle.FREE_FAILURES);
        assertThat(statuses.get(429)).as(statuses.toString()).isEqualTo(20L - LoginThrottle.FREE_FAILURES);
    }

    @Test
    void guessesFromManyAddressesBehindTheTrustedProxyAreCappedPerUsername() throws Exception {
        TestServer.user(app, "spread", Role.SCORER);
        int sent = LoginThrottle.USER_ATTEMPTS_PER_WINDOW + 5;
        List<HttpRequest> guesses = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            guesses.add(loginRequest(behindProxy, login("spread", "wrong-guess-" + i))
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .build());
        }
        Map<Integer, Long> statuses = atOnce(behindProxy, guesses);
        assertThat(statuses.get(401)).as(statuses.toString()).isEqualTo((long) LoginThrottle.USER_ATTEMPTS_PER_WINDOW);
        assertThat(statuses.get(429)).as(statuses.toString()).isEqualTo(5L);
        // The real scorer, elsewhere, is told to wait at most the rest of the minute: a rate, not a lock-out.
        Http.Reply r = new Http(behindProxy).post("/api/v1/auth/login", login("spread", TestServer.PASSWORD));
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.json().get("retryAfterSeconds").asLong()).isBetween(1L, LoginThrottle.USER_WINDOW.toSeconds());
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedClientIsNotBelieved() {
        TestServer.user(app, "spoofer", Role.SCORER);
        HttpClient client = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
            HttpRequest r = loginRequest(app, login("spoofer", "wrong-guess-" + i))
                    .header("X-Forwarded-For", "198.51.100." + i)
                    .build();
            statuses.add(send(client, r));
        }
        assertThat(statuses.subList(0, LoginThrottle.FREE_FAILURES)).containsOnly(401);
        assertThat(statuses.get(LoginThrottle.FREE_FAILURES)).isEqualTo(429);
    }

    @Test
    void twoInstancesShareTheCountsThroughRedis() {
        TestServer.user(app, "roamer", Role.SCORER);
        try (App other = TestServer.anotherInstance()) {
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                App target = i % 2 == 0 ? app : other;
                assertThat(new Http(target)
                                .post("/api/v1/auth/login", login("roamer", "wrong-guess-" + i))
                                .status())
                        .isEqualTo(401);
            }
            assertThat(new Http(app)
                            .post("/api/v1/auth/login", login("roamer", TestServer.PASSWORD))
                            .status())
                    .isEqualTo(429);
            assertThat(new Http(other)
                            .post("/api/v1/auth/login", login("roamer", TestServer.PASSWORD))
                            .status())
                    .isEqualTo(429);
        }
    }

    @Test
    void withRedisAwayLoginsStillWorkAndAreStillSlowed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RedisClient nowhere = RedisClient.create("redis://127.0.0.1:" + closed);
        try (App alone =
                App.create(TestServer.config(), TestServer.pool(), nowhere).start()) {
            TestServer.user(alone, "islander", Role.SCORER);
            Http http = new Http(alone);
            assertThat(http.post("/api/v1/auth/login", login("islander", TestServer.PASSWORD))
                            .status())
                    .isEqualTo(200);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                assertThat(http.post("/api/v1/auth/login", login("islander", "wrong-guess-" + i))
                                .status())
                        .isEqualTo(401);
            }
            assertThat(http.post("/api/v1/auth/login", login("islander", TestServer.PASSWORD))
                            .status())
                    .isEqualTo(429);
        } finally {
            nowhere.shutdown();
        }
    }

    private static int send(HttpClient client, HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
