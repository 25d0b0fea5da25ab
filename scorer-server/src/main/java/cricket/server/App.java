package cricket.server;

import cricket.server.account.AccountRepository;
import cricket.server.account.AccountRoutes;
import cricket.server.account.AccountService;
import cricket.server.account.Auth;
import cricket.server.account.LoginCounters;
import cricket.server.account.LoginThrottle;
import cricket.server.account.MemoryLoginCounters;
import cricket.server.account.RedisLoginCounters;
import cricket.server.bulkhead.ReadBulkhead;
import cricket.server.cache.CacheSettings;
import cricket.server.cache.ViewCache;
import cricket.server.competition.CompetitionRepository;
import cricket.server.competition.CompetitionRoutes;
import cricket.server.competition.CompetitionService;
import cricket.server.competition.CompetitionSource;
import cricket.server.cricsheet.CricsheetExportService;
import cricket.server.cricsheet.CricsheetImportService;
import cricket.server.cricsheet.CricsheetRoutes;
import cricket.server.db.Database;
import cricket.server.db.Jdbc;
import cricket.server.fixture.FixtureRepository;
import cricket.server.fixture.FixtureRoutes;
import cricket.server.fixture.FixtureService;
import cricket.server.fixture.FixtureSides;
import cricket.server.health.HealthRoutes;
import cricket.server.health.RequestMetrics;
import cricket.server.health.ServerMetrics;
import cricket.server.http.ApiDocsRoutes;
import cricket.server.http.Cors;
import cricket.server.http.HeadAsGet;
import cricket.server.http.Json;
import cricket.server.http.OffSelector;
import cricket.server.http.Problems;
import cricket.server.live.LiveStreamRoutes;
import cricket.server.publicread.EventLogViews;
import cricket.server.publicread.HotReads;
import cricket.server.publicread.PublicReadRoutes;
import cricket.server.publicread.PublicViews;
import cricket.server.scoring.EventRepository;
import cricket.server.scoring.EventRoutes;
import cricket.server.scoring.EventService;
import cricket.server.scoring.MatchStates;
import cricket.server.scoring.MatchViewsListener;
import cricket.server.web.HotPages;
import cricket.server.web.WebAssets;
import cricket.server.web.WebPages;
import cricket.server.web.WebRoutes;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server, wired by hand in {@link #create}: no static state, no container, so a test builds the same app with
 * its own config, database and Redis. The caller owns (and closes) the data source and the Redis client.
 */
public final class App implements AutoCloseable {
    private final Javalin javalin;
    private final ServerConfig config;
    private final Services services;
    /** The read cache (null without Redis): a stopped server closes it; an app never started closes it itself. */
    private final ViewCache cache;

    private boolean started;

    /** The services a test or a command may call without HTTP (e.g. to create the first admin). */
    public record Services(
            Json json,
            Jdbc jdbc,
            AccountService accounts,
            FixtureService fixtures,
            FixtureRepository fixtureRepository,
            EventService events,
            MatchStates states,
            CricsheetImportService cricsheetImport,
            PrometheusMeterRegistry registry,
            CompetitionSource competition) {}

    /** The JVM's metrics; the garbage-collection ones listen to the JVM and are stopped with the app. */
    private final List<MeterBinder> jvmMetrics;

    private App(
            Javalin javalin, ServerConfig config, Services services, ViewCache cache, List<MeterBinder> jvmMetrics) {
        this.javalin = javalin;
        this.config = config;
        this.services = services;
        this.cache = cache;
        this.jvmMetrics = jvmMetrics;
    }

    /** Builds the app on an already migrated database; {@code redis} may be null until the cache uses it. */
    public static App create(ServerConfig config, DataSource dataSource, RedisClient redis) {
        return create(config, dataSource, redis, CacheSettings.defaults());
    }

    /** As {@link #create(ServerConfig, DataSource, RedisClient)} with the cache's timings given (tests, commands). */
    public static App create(
            ServerConfig config, DataSource dataSource, RedisClient redis, CacheSettings cacheSettings) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Database.bindMetrics(dataSource, registry);
        // The JVM's own figures, for an operator: heap, GC pauses, threads, CPU, uptime (cheap to scrape).
        List<MeterBinder> jvmMetrics = ServerMetrics.jvmBinders();
        jvmMetrics.forEach(binder -> binder.bindTo(registry));
        Json json = new Json();
        Jdbc jdbc = new Jdbc(dataSource, registry);
        Clock clock = Clock.systemUTC();

        AccountRepository accountRepository = new AccountRepository(jdbc);
        // Login counts shared by every instance through Redis (each instance's memory while Redis is away).
        LoginCounters loginCounters = redis == null ? new MemoryLoginCounters() : new RedisLoginCounters(redis);
        AccountService accounts = new AccountService(
                accountRepository,
                config.tokenTtl(),
                config.bcryptCost(),
                clock,
                new LoginThrottle(loginCounters, clock));
        Auth auth = new Auth(accounts, accountRepository);
        FixtureRepository fixtureRepository = new FixtureRepository(jdbc, json);
        EventRepository eventRepository = new EventRepository(jdbc, json);
        MatchStates states = new MatchStates(eventRepository);
        CompetitionSource competition =
                new CompetitionSource(new CompetitionRepository(jdbc), fixtureRepository, states);

        // The read side, built on the repositories (no service), so the services can be told of every change: the
        // cache replaces these two with its Redis-backed implementations.
        ViewCache cache = redis == null
                ? null
                : new ViewCache(states, fixtureRepository, competition, jdbc, json, redis, registry, cacheSettings);
        MatchViewsListener listener = cache == null ? MatchViewsListener.NONE : cache;
        PublicViews views = cache == null ? new EventLogViews(states, fixtureRepository, competition, json) : cache;
        FixtureService fixtures = new FixtureService(fixtureRepository, accountRepository, listener);

        EventService events =
                new EventService(jdbc, eventRepository, states, listener, new FixtureSides(fixtureRepository));
        CricsheetImportService cricsheetImport = new CricsheetImportService(jdbc, fixtureRepository, events);
        Services services = new Services(
                json,
                jdbc,
                accounts,
                fixtures,
                fixtureRepository,
                events,
                states,
                cricsheetImport,
                registry,
                competition);

        Problems problems = new Problems(json);
        WebPages pages = new WebPages(views, WebAssets.load());
        RequestMetrics requestMetrics = new RequestMetrics(registry);
        ReadBulkhead bulkhead = new ReadBulkhead(config.publicReadPermits(), config.publicReadWait(), registry);
        Javalin javalin = Javalin.create(cfg -> {
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            // One selector per core (Jetty's default is half the cores): the fast paths answer on the selector that
            // read the request, so with one selector every cache hit would queue behind one thread.
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(
                        server, 1, Runtime.getRuntime().availableProcessors(), new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                return connector;
            });
            cfg.startup.showJavalinBanner = false;
            // A HEAD is answered as a GET by Javalin, with or without the cache. With it, the crowd's cache hits and
            // the pages' files are answered before Javalin, on the selector thread that read the request; the rest
            // reaches Javalin's context on a pool thread (OffSelector), as before.
            cfg.jetty.modifyServer(server -> server.setHandler(
                    cache == null
                            ? new HeadAsGet()
                            : new HotPages(
                                    pages,
                                    requestMetrics,
                                    registry,
                                    new HotReads(
                                            views,
                                            problems,
                                            requestMetrics,
                                            registry,
                                            new OffSelector(new HeadAsGet())))));
            if (cache != null) {
                cfg.events.serverStopped(cache::close);
            }
            cfg.requestLogger.http(requestMetrics::record);
            cfg.router.handlerWrapper(bulkhead::wrap);
            if (loginCounters instanceof RedisLoginCounters shared) {
                cfg.events.serverStopped(shared::close);
            }
            // Every GET is public data or needs a bearer token (which a cross-origin page cannot send without a
            // preflight, which is not answered): a score site on another origin may read the public views.
            cfg.routes.before(ctx -> {
                if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                    ctx.header(Cors.ALLOW_ORIGIN, "*");
                }
            });
            problems.register(cfg.routes);
            new HealthRoutes(jdbc, registry, config.metricsToken()).register(cfg.routes);
            new AccountRoutes(accounts, auth, json, config.trustedProxies()).register(cfg.routes);
            new FixtureRoutes(fixtures, auth, json).register(cfg.routes);
            new EventRoutes(events, auth, json).register(cfg.routes);
            new CompetitionRoutes(new CompetitionService(competition.repository(), listener), auth, json)
                    .register(cfg.routes);
            new PublicReadRoutes(views).register(cfg.routes);
            LiveStreamRoutes live = new LiveStreamRoutes(views, cache, config.maxLiveStreams(), registry);
            cfg.events.serverStopped(live.streams()::close);
            live.register(cfg.routes);
            new CricsheetRoutes(cricsheetImport, new CricsheetExportService(fixtures, events), auth, json)
                    .register(cfg.routes);
            new ApiDocsRoutes().register(cfg.routes);
            new WebRoutes(pages, competition.repository()::playerId).register(cfg.routes);
        });
        return new App(javalin, config, services, cache, jvmMetrics);
    }

    public App start() {
        javalin.start();
        started = true;
        return this;
    }

    /** The bound port; with port 0 in the config, the free one the system chose. */
    public int port() {
        return javalin.port();
    }

    /** Every registered HTTP route as "METHOD /path/{param}", so a test can hold the OpenAPI document to it. */
    public java.util.List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod()) // not the before/after filters
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .sorted()
                .toList();
    }

    public ServerConfig config() {
        return config;
    }

    public Services services() {
        return services;
    }

    /**
     * For a one-shot command before it closes: waits, at most {@code patience}, until the views its writes made are
     * in Redis; true when they are (or there is no cache).
     */
    public boolean awaitCacheStored(java.time.Duration patience) {
        return cache == null || cache.awaitStored(patience);
    }

    @Override
    public void close() {
        if (started) {
            javalin.stop();
        } else if (cache != null) {
            cache.close(); // a one-shot command's writes: lets their views reach Redis before it exits
        }
        for (MeterBinder binder : jvmMetrics) {
            if (binder instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("could not stop the JVM metrics", e);
                }
            }
        }
    }
}
