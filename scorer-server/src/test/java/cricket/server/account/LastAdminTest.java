package cricket.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.App;
import cricket.server.Http;
import cricket.server.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one admin who could make another is never removed, even by two admins removing each other at once. */
class LastAdminTest {
    static App app;

    @BeforeAll
    static void start() {
        app = TestServer.startApp(); // an empty database: the admins made here are the only ones
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Http signedIn(String name) {
        Http http = new Http(app);
        http.login(name, TestServer.PASSWORD);
        return http;
    }

    @Test
    void theLastAdminCannotBeDeletedOrDemotedAndTwoAdminsDeletingEachOtherLeaveOne() throws Exception {
        User admin = TestServer.user(app, "admin", Role.ADMIN);
        User scorer = TestServer.user(app, "scorer1", Role.SCORER);
        Http adminHttp = signedIn("admin");
        Http.Reply delete = adminHttp.delete("/api/v1/users/" + admin.id());
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("detail").asText()).contains("last admin");
        Http.Reply demote = adminHttp.put("/api/v1/users/" + admin.id() + "/role", "{\"role\":\"scorer\"}");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().get("detail").asText()).contains("last admin");
        assertThat(adminHttp.get("/api/v1/users").status()).isEqualTo(200);

        Http.Reply promoted = adminHttp.put("/api/v1/users/" + scorer.id() + "/role", "{\"role\":\"admin\"}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asText()).isEqualTo("admin");

        // Both admins delete the other at the same moment: one wins; the other is refused (409) or, if the
        // winner's delete came first, finds its own token gone with its account (401).
        Http first = adminHttp;
        Http other = signedIn("scorer1");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            replies.add(pool.submit(() -> {
                go.await();
                return first.delete("/api/v1/users/" + scorer.id()).status();
            }));
            replies.add(pool.submit(() -> {
                go.await();
                return other.delete("/api/v1/users/" + admin.id()).status();
            }));
            go.countDown();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnlyOnce(204);
        assertThat(statuses).anyMatch(s -> s == 409 || s == 401);
        long admins =
                app.services().accounts().users().stream().filter(User::admin).count();
        assertThat(admins).isEqualTo(1);
    }
}
