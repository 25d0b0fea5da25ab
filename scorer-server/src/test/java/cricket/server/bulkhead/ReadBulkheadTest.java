package cricket.server.bulkhead;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.server.http.Json;
import cricket.server.http.Problems;
import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bulkhead alone, on a Javalin whose event-log route blocks until the test lets it go. */
class ReadBulkheadTest {
    @Test
    void aReadThatFindsEveryPermitTakenIsA503NamingTheCachedViewAndOtherRoutesAreNotHeld() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReadBulkhead bulkhead = new ReadBulkhead(1, Duration.ofMillis(50), registry);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Problems problems = new Problems(new Json());
        Javalin javalin = Javalin.create(cfg -> {
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            cfg.startup.showJavalinBanner = false;
            cfg.router.handlerWrapper(bulkhead::wrap);
            problems.register(cfg.routes);
            cfg.routes.get(ReadBulkhead.Route.EVENT_LOG.pattern, ctx -> {
                entered.countDown();
                release.await(10, TimeUnit.SECONDS);
                ctx.result("[]");
            });
            cfg.routes.get("/api/v1/matches/{id}/live", ctx -> ctx.result("{}"));
        });
        javalin.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + javalin.port();
            CompletableFuture<HttpResponse<String>> holder = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/7/events"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> refused = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/7/events"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith(Problems.CONTENT_TYPE);
            assertThat(refused.body()).contains("\"alternative\":\"/api/v1/matches/7/commentary\"");
            assertThat(registry.get("cricket_public_reads_refused").counter().count())
                    .isEqualTo(1.0);
            assertThat(registry.get("cricket_public_reads_active").gauge().value())
                    .isEqualTo(1.0);

            HttpResponse<String> cached = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/matches/7/live"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(cached.statusCode()).isEqualTo(200);

            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(registry.get("cricket_public_reads_active").gauge().value())
                    .isZero();
        } finally {
            release.countDown();
            javalin.stop();
        }
    }
}
