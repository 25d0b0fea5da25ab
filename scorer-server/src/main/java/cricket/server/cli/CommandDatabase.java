package cricket.server.cli;

import com.zaxxer.hikari.HikariDataSource;
import cricket.server.ServerConfig;
import cricket.server.account.AccountRepository;
import cricket.server.account.AccountService;
import cricket.server.db.Database;
import cricket.server.db.Jdbc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The migrated database a one-shot command works on, from DATABASE_URL. */
final class CommandDatabase implements AutoCloseable {
    final HikariDataSource pool;
    final Jdbc jdbc;

    CommandDatabase(Map<String, String> env) {
        ServerConfig.DatabaseUrl url = ServerConfig.databaseFromEnv(env);
        this.pool = Database.pool(url.jdbcUrl(), url.user(), url.password(), 4);
        Database.migrate(pool);
        this.jdbc = new Jdbc(pool, new SimpleMeterRegistry());
    }

    AccountService accounts() {
        return new AccountService(new AccountRepository(jdbc), Duration.ofHours(12), 10, Clock.systemUTC());
    }

    @Override
    public void close() {
        pool.close();
    }
}
