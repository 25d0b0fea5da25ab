package cricket.server;

import cricket.server.cache.CacheSettings;
import cricket.server.cache.TestRedis;
import io.lettuce.core.RedisClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two server instances on the shared test database and a Redis of the test class's own, which the test may stop,
 * restart, freeze and thaw ({@link TestRedis}) without disturbing the Redis every other class shares: what an outage
 * test needs. Registered on a static field, so the Redis lives as long as the class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TwoInstances instances = TwoInstances.perTest();
 * }</pre>
 *
 * {@link #perTest()} starts both instances for each test over an emptied database and Redis; {@link #perClass()}
 * once for the class. Each instance has a Redis client of its own (as two servers would) and is returned once its
 * breaker has closed; every instance and client made here, {@link #another()}'s too, is closed after.
 */
public final class TwoInstances implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final boolean perTest;
    private final List<App> apps = new ArrayList<>();
    private final List<RedisClient> clients = new ArrayList<>();
    private TestRedis redis;
    private App first;
    private App second;

    private TwoInstances(boolean perTest) {
        this.perTest = perTest;
    }

    /** Both instances started afresh for each test, over an emptied database and Redis. */
    public static TwoInstances perTest() {
        return new TwoInstances(true);
    }

    /** Both instances started once for the class, over an emptied database. */
    public static TwoInstances perClass() {
        return new TwoInstances(false);
    }

    /** The instance a test writes on. */
    public App first() {
        return first;
    }

    /** The other instance, which hears of the first's writes through Redis (or, while it is away, does not). */
    public App second() {
        return second;
    }

    /** The Redis both instances share, this class's own. */
    public TestRedis redis() {
        return redis;
    }

    /** One more instance on the same database and Redis, closed with the others. */
    public App another() {
        RedisClient client = redis.client();
        clients.add(client);
        App app = TestServer.instanceOn(client, CacheSettings.defaults());
        apps.add(app);
        return app;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        redis = new TestRedis();
        if (!perTest) {
            startBoth();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perTest) {
            startBoth();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stopAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (!perTest) {
                stopAll();
            }
        } finally {
            redis.close();
        }
    }

    private void startBoth() {
        TestServer.reset();
        redis.flush(); // ids restart with the tables: an earlier test's match 1 must not be served
        first = another();
        second = another();
    }

    private void stopAll() {
        apps.forEach(App::close);
        apps.clear();
        clients.forEach(RedisClient::shutdown);
        clients.clear();
        first = null;
        second = null;
    }
}
