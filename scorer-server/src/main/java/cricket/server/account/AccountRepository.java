package cricket.server.account;

import cricket.api.Role;
import cricket.api.User;
import cricket.server.db.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users, hashed tokens and scorer assignments. */
public final class AccountRepository {
    private final Jdbc jdbc;

    public AccountRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A user row with its password hash, for login only. */
    record Credentials(User user, String passwordHash) {}

    public User insert(String username, String passwordHash, Role role) {
        long id = jdbc.insert(
                "insert into app_user (username, password_hash, role) values (?, ?, ?) returning id",
                username,
                passwordHash,
                role.wire());
        return new User(id, username, role);
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.one(
                "select id, username, role, disabled_at, password_hash from app_user where username = ?",
                rs -> new Credentials(map(rs), rs.getString("password_hash")),
                username);
    }

    Optional<Credentials> credentials(long id) {
        return jdbc.one(
                "select id, username, role, disabled_at, password_hash from app_user where id = ?",
                rs -> new Credentials(map(rs), rs.getString("password_hash")),
                id);
    }

    public Optional<User> find(long id) {
        return jdbc.one(
                "select id, username, role, disabled_at from app_user where id = ?", AccountRepository::map, id);
    }

    public List<User> all() {
        return jdbc.list("select id, username, role, disabled_at from app_user order by id", AccountRepository::map);
    }

    /** What a change that could leave no admin did. */
    enum AdminChange {
        DONE,
        NO_SUCH_USER,
        LAST_ADMIN
    }

    public boolean delete(long id) {
        return jdbc.update("delete from app_user where id = ?", id) == 1;
    }

    /** Deletes the user unless they are the only admin; admins are locked first, so two deletes cannot race. */
    AdminChange deleteKeepingAnAdmin(long id) {
        return jdbc.inTransaction(() -> {
            AdminChange check = keepsAnAdmin(id, Role.SCORER);
            if (check == AdminChange.DONE) {
                jdbc.update("delete from app_user where id = ?", id);
            }
            return check;
        });
    }

    /**
     * Disables the user (revoking every token they hold, in the same transaction) unless they are the last enabled
     * admin; or enables them again.
     */
    AdminChange setDisabledKeepingAnAdmin(long id, boolean disabled, Instant now) {
        return jdbc.inTransaction(() -> {
            AdminChange check = disabled ? keepsAnAdmin(id, Role.SCORER) : exists(id);
            if (check == AdminChange.DONE) {
                jdbc.update(
                        "update app_user set disabled_at = ? where id = ?", disabled ? Timestamp.from(now) : null, id);
                if (disabled) {
                    jdbc.update(
                            "update auth_token set revoked_at = ? where user_id = ? and revoked_at is null",
                            Timestamp.from(now),
                            id);
                }
            }
            return check;
        });
    }

    private AdminChange exists(long id) {
        return find(id).isPresent() ? AdminChange.DONE : AdminChange.NO_SUCH_USER;
    }

    /** Gives the user {@code role} unless that would leave no admin. */
    AdminChange setRoleKeepingAnAdmin(long id, Role role) {
        return jdbc.inTransaction(() -> {
            AdminChange check = keepsAnAdmin(id, role);
            if (check == AdminChange.DONE) {
                jdbc.update("update app_user set role = ? where id = ?", role.wire(), id);
            }
            return check;
        });
    }

    /**
     * Inside a transaction: whether user {@code id} may stop being an admin (becoming {@code next}, or disabled). A
     * disabled admin cannot make another, so only enabled admins count.
     */
    private AdminChange keepsAnAdmin(long id, Role next) {
        List<Long> admins = jdbc.list(
                "select id from app_user where role = 'admin' and disabled_at is null order by id for update",
                rs -> rs.getLong(1));
        Optional<User> user = find(id);
        if (user.isEmpty()) {
            return AdminChange.NO_SUCH_USER;
        }
        boolean lastAdmin = admins.size() == 1 && admins.get(0) == id && next != Role.ADMIN;
        return lastAdmin ? AdminChange.LAST_ADMIN : AdminChange.DONE;
    }

    /** A new password hash, and every token the user holds revoked in the same transaction; false when unknown. */
    boolean setPassword(long id, String passwordHash, Instant now) {
        return jdbc.inTransaction(() -> {
            if (jdbc.update("update app_user set password_hash = ? where id = ?", passwordHash, id) != 1) {
                return false;
            }
            jdbc.update(
                    "update auth_token set revoked_at = ? where user_id = ? and revoked_at is null",
                    Timestamp.from(now),
                    id);
            return true;
        });
    }

    public boolean anyAdmin() {
        return jdbc.one("select 1 from app_user where role = 'admin' limit 1", rs -> 1)
                .isPresent();
    }

    void insertToken(byte[] tokenHash, long userId, Instant expiresAt) {
        jdbc.update(
                "insert into auth_token (token_hash, user_id, expires_at) values (?, ?, ?)",
                tokenHash,
                userId,
                Timestamp.from(expiresAt));
    }

    Optional<User> userForToken(byte[] tokenHash, Instant now) {
        return jdbc.one("""
                select u.id, u.username, u.role, u.disabled_at from auth_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.disabled_at is null
                """, AccountRepository::map, tokenHash, Timestamp.from(now));
    }

    /** A token's holder and whether they are assigned to score a match. */
    record Holder(User user, boolean assigned) {}

    /** {@link #userForToken} and {@link #assigned} in one round trip, for the event write path. */
    Optional<Holder> holderForToken(byte[] tokenHash, Instant now, long matchId) {
        return jdbc.one(
                """
                select u.id, u.username, u.role, u.disabled_at,
                       exists (select 1 from scorer_assignment a where a.match_id = ? and a.user_id = u.id) as assigned
                from auth_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.disabled_at is null
                """, rs -> new Holder(map(rs), rs.getBoolean("assigned")), matchId, tokenHash, Timestamp.from(now));
    }

    void revokeToken(byte[] tokenHash, Instant now) {
        jdbc.update(
                "update auth_token set revoked_at = ? where token_hash = ? and revoked_at is null",
                Timestamp.from(now),
                tokenHash);
    }

    /** Replaces the scorers of a match with {@code userIds}, in one transaction. */
    public void assign(long matchId, List<Long> userIds) {
        jdbc.inTransaction(() -> {
            jdbc.update("delete from scorer_assignment where match_id = ?", matchId);
            for (long userId : userIds) {
                jdbc.update("insert into scorer_assignment (match_id, user_id) values (?, ?)", matchId, userId);
            }
            return null;
        });
    }

    public List<User> scorers(long matchId) {
        return jdbc.list("""
                select u.id, u.username, u.role, u.disabled_at from scorer_assignment a join app_user u on u.id = a.user_id
                where a.match_id = ? order by u.id
                """, AccountRepository::map, matchId);
    }

    public boolean assigned(long matchId, long userId) {
        return jdbc.one("select 1 from scorer_assignment where match_id = ? and user_id = ?", rs -> 1, matchId, userId)
                .isPresent();
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(
                rs.getLong("id"),
                rs.getString("username"),
                Role.parse(rs.getString("role")),
                rs.getTimestamp("disabled_at") != null);
    }
}
