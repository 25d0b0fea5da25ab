package cricket.server.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC with explicit transactions. Every statement goes through {@link #prepare}, so the counter
 * {@code cricket_db_queries_total} is exact: the cache tests read it to prove a cache hit costs no query.
 */
public final class Jdbc {
    private final DataSource dataSource;
    private final Counter queries;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public Jdbc(DataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.queries = Counter.builder("cricket_db_queries")
                .description("Statements sent to PostgreSQL")
                .register(registry);
    }

    /** Maps one row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        if (current.get() != null) {
            return call(work);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = work.run();
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Sql.translate(e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params);
                    ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Runs an insert, update or delete and returns the rows it touched. */
    public int update(String sql, Object... params) {
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql, params)) {
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Runs one insert, update or delete for each row of parameters as a JDBC batch: one statement prepared, the rows
     * sent together, so a whole imported match costs a few round trips rather than one per event. Counted as one
     * query. Returns the rows touched in all.
     */
    public int batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        return withConnection(c -> {
            try (PreparedStatement ps = prepare(c, sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                }
                int touched = 0;
                for (int count : ps.executeBatch()) {
                    touched += Math.max(count, 0);
                }
                return touched;
            }
        });
    }

    /** Runs an insert ending in {@code returning id} and returns that id. */
    public long insert(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params)
                .orElseThrow(() -> new IllegalStateException("insert returned no id: " + sql));
    }

    /** A cheap round trip for readiness checks. */
    public boolean ping() {
        try {
            return one("select 1", rs -> rs.getInt(1)).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection inTx = current.get();
        try {
            if (inTx != null) {
                return work.run(inTx);
            }
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw Sql.translate(e);
        }
    }

    private PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        queries.increment();
        return ps;
    }

    private static <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw Sql.translate(e);
        }
    }
}
