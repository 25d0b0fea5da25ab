package cricket.server.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import cricket.api.LoginResult;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.db.DuplicateKeyException;
import cricket.server.domain.BadValue;
import cricket.server.domain.Conflict;
import cricket.server.domain.NotFound;
import cricket.server.domain.Refused;
import cricket.server.domain.Throttled;
import cricket.server.domain.Unauthenticated;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creating users, logging in and out, and turning a bearer token back into a user. */
public final class AccountService {
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 72; // bcrypt reads at most 72 bytes

    private final AccountRepository accounts;
    private final Duration tokenTtl;
    private final int bcryptCost;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecureRandom random = new SecureRandom();
    // A hash to verify against when the user is unknown, so a wrong username costs as long as a wrong password.
    private final String decoyHash;

    public AccountService(
            AccountRepository accounts, Duration tokenTtl, int bcryptCost, Clock clock, LoginThrottle throttle) {
        this.accounts = accounts;
        this.tokenTtl = tokenTtl;
        this.bcryptCost = bcryptCost;
        this.clock = clock;
        this.throttle = throttle;
        this.decoyHash = hash("decoy-password-never-used");
    }

    /** With this instance's own login counts: commands and tests that never serve a login. */
    public AccountService(AccountRepository accounts, Duration tokenTtl, int bcryptCost, Clock clock) {
        this(accounts, tokenTtl, bcryptCost, clock, new LoginThrottle(new MemoryLoginCounters(), clock));
    }

    public User createUser(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadValue(
                    "username", "username must be 3-40 letters, digits, '.', '_' or '-', got \"" + username + "\"");
        }
        checkPassword("password", password);
        if (role == null) {
            throw new BadValue("role", "role must be admin or scorer");
        }
        try {
            User user = accounts.insert(username, hash(password), role);
            log.info("user created id={} username={} role={}", user.id(), username, role.wire());
            return user;
        } catch (DuplicateKeyException e) {
            throw new Conflict("username \"" + username + "\" is taken").with("field", "username");
        }
    }

    /** A random password for the demo's first accounts, printed once. */
    public String randomPassword() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A token for the right password, counted by the throttle against {@code address} before it is checked. */
    public LoginResult login(String username, String password, String address) {
        if (username == null || username.isBlank()) {
            throw new BadValue("username", "username must be given");
        }
        if (password == null || password.isEmpty()) {
            throw new BadValue("password", "password must be given");
        }
        // A name no account can have (e.g. with a NUL, which PostgreSQL refuses) is simply not found, and not
        // counted: junk names cannot grow the throttle's counts.
        boolean possible = USERNAME.matcher(username).matches();
        if (possible) {
            reserveAttempt(username, address);
        }
        var found = possible ? accounts.credentials(username) : Optional.<AccountRepository.Credentials>empty();
        boolean ok = verify(
                password, found.map(AccountRepository.Credentials::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !ok) {
            log.info("login refused username={} address={}", username, address);
            throw new Unauthenticated("wrong username or password");
        }
        throttle.succeeded(username, address);
        User user = found.get().user();
        if (user.disabled()) {
            log.info("login refused userId={} reason=disabled", user.id());
            throw new Unauthenticated("user \"" + username + "\" is disabled; an admin can enable the account again");
        }
        log.info("login userId={} username={}", user.id(), username);
        return issueToken(user);
    }

    /**
     * A signed-in user's new password, given the current one (counted by the throttle like a login, so a stolen
     * token cannot be used to guess it). Every token the user held stops working; the reply is a fresh one.
     */
    public LoginResult changePassword(User user, String currentPassword, String newPassword, String address) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new BadValue("currentPassword", "currentPassword must be given");
        }
        checkPassword("newPassword", newPassword);
        reserveAttempt(user.username(), address);
        var found = accounts.credentials(user.id())
                .orElseThrow(() -> new Unauthenticated("the signed-in user no longer exists; log in"));
        if (!verify(currentPassword, found.passwordHash())) {
            log.info("password change refused userId={} address={}", user.id(), address);
            throw new Refused("currentPassword is wrong; the password was not changed")
                    .with("field", "currentPassword");
        }
        throttle.succeeded(user.username(), address);
        accounts.setPassword(user.id(), hash(newPassword), clock.instant());
        log.info("password changed userId={}", user.id());
        return issueToken(found.user());
    }

    /** An admin sets another user's password; every token that user held stops working. */
    public void resetPassword(User admin, long userId, String newPassword) {
        checkPassword("newPassword", newPassword);
        if (!accounts.setPassword(userId, hash(newPassword), clock.instant())) {
            throw new NotFound("no user with id " + userId);
        }
        log.info("password reset userId={} byUserId={}", userId, admin.id());
    }

    private void reserveAttempt(String username, String address) {
        Duration wait = throttle.attempt(username, address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.info("login throttled username={} address={} waitSeconds={}", username, address, seconds);
            throw new Throttled(
                    "too many login attempts for \"" + username + "\"; try again in " + seconds + " s", seconds);
        }
    }

    private LoginResult issueToken(User user) {
        String token = newToken();
        Instant expiresAt = clock.instant().plus(tokenTtl);
        accounts.insertToken(sha256(token), user.id(), expiresAt);
        return new LoginResult(token, expiresAt, user);
    }

    private static void checkPassword(String field, String password) {
        if (password == null
                || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw new BadValue(
                    field, field + " must be " + MIN_PASSWORD + "-" + MAX_PASSWORD + " characters (UTF-8 bytes)");
        }
    }

    public void logout(String token) {
        accounts.revokeToken(sha256(token), clock.instant());
    }

    /** The user holding this token, or 401 when it is unknown, expired or revoked. */
    public User authenticate(String token) {
        return accounts.userForToken(sha256(token), clock.instant())
                .orElseThrow(() -> new Unauthenticated("the bearer token is unknown, expired or revoked; log in"));
    }

    /** Like {@link #authenticate}, also telling whether the user is assigned to score the match. */
    AccountRepository.Holder authenticateFor(String token, long matchId) {
        return accounts.holderForToken(sha256(token), clock.instant(), matchId)
                .orElseThrow(() -> new Unauthenticated("the bearer token is unknown, expired or revoked; log in"));
    }

    public List<User> users() {
        return accounts.all();
    }

    /** Deletes a user; never the last admin, who alone could make another. */
    public void deleteUser(long id) {
        switch (accounts.deleteKeepingAnAdmin(id)) {
            case NO_SUCH_USER -> throw new NotFound("no user with id " + id);
            case LAST_ADMIN ->
                throw new Conflict("user " + id + " is the last admin and cannot be deleted: make another admin first");
            case DONE -> log.info("user deleted id={}", id);
        }
    }

    /**
     * Disables a user (every token they hold stops working at once, and they cannot sign in) or enables them again;
     * the last enabled admin cannot be disabled.
     */
    public User setDisabled(User admin, long id, Boolean disabled) {
        if (disabled == null) {
            throw new BadValue("disabled", "disabled must be true or false");
        }
        switch (accounts.setDisabledKeepingAnAdmin(id, disabled, clock.instant())) {
            case NO_SUCH_USER -> throw new NotFound("no user with id " + id);
            case LAST_ADMIN ->
                throw new Conflict(
                        "user " + id + " is the last admin and cannot be disabled: make another admin first");
            case DONE -> log.info("user disabled={} id={} byUserId={}", disabled, id, admin.id());
        }
        return accounts.find(id).orElseThrow(() -> new NotFound("no user with id " + id));
    }

    /** Changes a user's role; the last admin cannot become a scorer. */
    public User setRole(long id, Role role) {
        if (role == null) {
            throw new BadValue("role", "role must be admin or scorer");
        }
        switch (accounts.setRoleKeepingAnAdmin(id, role)) {
            case NO_SUCH_USER -> throw new NotFound("no user with id " + id);
            case LAST_ADMIN ->
                throw new Conflict("user " + id + " is the last admin and cannot become a " + role.wire()
                        + ": make another admin first");
            case DONE -> log.info("user role set id={} role={}", id, role.wire());
        }
        return accounts.find(id).orElseThrow(() -> new NotFound("no user with id " + id));
    }

    public boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(bcryptCost, password.toCharArray());
    }

    private static boolean verify(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
