package cricket.server.publicread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cricket.server.App;
import cricket.server.ServerConfig;
import cricket.server.TestServer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one declaration of the public views, and what is derived from it. */
class ViewKindTest {
    static App app;

    @BeforeAll
    static void create() {
        app = App.create(ServerConfig.local(), TestServer.pool(), null); // the routes are there before a start
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void javalinServesEveryDeclaredRouteAndTheFastPathKnowsEachOne() {
        List<String> declared = Arrays.stream(ViewKind.values())
                .flatMap(k -> k.routes().stream())
                .toList();
        assertThat(app.routes())
                .containsAll(declared.stream().map(r -> "GET " + r).toList());
        HotRoutes hot = new HotRoutes(List.of(ViewKind.values()));
        for (ViewKind kind : ViewKind.values()) {
            for (String route : kind.routes()) {
                HotRoutes.Match m = hot.match(route.replace("{id}", "7"));
                assertThat(m).as(route).isNotNull();
                assertThat(m.route().kind()).isEqualTo(kind);
                assertThat(m.route().pattern()).isEqualTo(route);
                assertThat(m.id()).isEqualTo(kind.scope().keyed() ? 7 : 0);
            }
        }
    }

    @Test
    void eachViewHasItsOwnRedisKeyAndTheScopesSplitTheViews() {
        List<String> keys = Stream.concat(
                        Arrays.stream(ViewKind.values())
                                .filter(k -> k.scope().keyed())
                                .map(k -> k.redisKey(7)),
                        ViewKind.of(ViewKind.Scope.SITE).stream().map(ViewKind::redisKey))
                .toList();
        assertThat(keys).doesNotHaveDuplicates().hasSize(ViewKind.values().length);
        assertThat(ViewKind.LIVE.redisKey(7)).isEqualTo("cricket:view:7:live");
        // A tournament's and a player's keys never meet a match's of the same id.
        assertThat(ViewKind.TABLE.redisKey(7)).isEqualTo("cricket:view:tournament:7:table");
        assertThat(ViewKind.CAREER.redisKey(7)).isEqualTo("cricket:view:player:7:career");
    }

    @Test
    void aViewOfOneScopeRefusesTheOtherScopesKeyAndRenderer() {
        assertThatThrownBy(() -> ViewKind.LIVE_MATCHES.redisKey(7))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("live-matches is a SITE view");
        assertThatThrownBy(ViewKind.LIVE::redisKey).hasMessageContaining("live is a MATCH view");
    }
}
