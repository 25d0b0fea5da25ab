package cricket.server.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import cricket.server.db.DuplicateKeyException;
import cricket.server.http.ApiException;
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

    public AccountService(AccountRepository accounts, Duration tokenTtl, int bcryptCost, Clock clock) {
        this.accounts = accounts;
        this.tokenTtl = tokenTtl;
        this.bcryptCost = bcryptCost;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
        this.decoyHash = hash("decoy-password-never-used");
    }

    public User createUser(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest(
                    "username", "username must be 3-40 letters, digits, '.', '_' or '-', got \"" + username + "\"");
        }
        if (password == null
                || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            throw ApiException.badRequest("password", "password must be 8-72 characters");
        }
        if (role == null) {
            throw ApiException.badRequest("role", "role must be admin or scorer");
        }
        try {
            User user = accounts.insert(username, hash(password), role);
            log.info("user created id={} username={} role={}", user.id(), username, role.wire());
            return user;
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("username \"" + username + "\" is taken")
                    .with("field", "username");
        }
    }

    /** A random password for the demo's first accounts, printed once. */
    public String randomPassword() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public LoginResult login(String username, String password) {
        if (username == null || username.isBlank()) {
            throw ApiException.badRequest("username", "username must be given");
        }
        if (password == null || password.isEmpty()) {
            throw ApiException.badRequest("password", "password must be given");
        }
        Duration wait = throttle.waitFor(username);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(
                            429,
                            "Too many attempts",
                            "too many failed logins for \"" + username + "\"; try again in " + seconds + " s")
                    .with("retryAfterSeconds", seconds);
        }
        // A name no account can have (e.g. with a NUL, which PostgreSQL refuses) is simply not found.
        boolean possible = USERNAME.matcher(username).matches();
        var found = possible ? accounts.credentials(username) : Optional.<AccountRepository.Credentials>empty();
        boolean ok = verify(
                password, found.map(AccountRepository.Credentials::passwordHash).orElse(decoyHash));
        if (found.isEmpty() || !ok) {
            if (possible) {
                throttle.failed(username); // junk names are not tracked, so they cannot grow the throttle's map
            }
            log.info("login refused username={}", username);
            throw ApiException.unauthorized("wrong username or password");
        }
        throttle.succeeded(username);
        User user = found.get().user();
        String token = newToken();
        Instant expiresAt = clock.instant().plus(tokenTtl);
        accounts.insertToken(sha256(token), user.id(), expiresAt);
        log.info("login userId={} username={}", user.id(), username);
        return new LoginResult(token, expiresAt, user);
    }

    public void logout(String token) {
        accounts.revokeToken(sha256(token), clock.instant());
    }

    /** The user holding this token, or 401 when it is unknown, expired or revoked. */
    public User authenticate(String token) {
        return accounts.userForToken(sha256(token), clock.instant())
                .orElseThrow(
                        () -> ApiException.unauthorized("the bearer token is unknown, expired or revoked; log in"));
    }

    /** Like {@link #authenticate}, also telling whether the user is assigned to score the match. */
    AccountRepository.Holder authenticateFor(String token, long matchId) {
        return accounts.holderForToken(sha256(token), clock.instant(), matchId)
                .orElseThrow(
                        () -> ApiException.unauthorized("the bearer token is unknown, expired or revoked; log in"));
    }

    public List<User> users() {
        return accounts.all();
    }

    public void deleteUser(long id) {
        if (!accounts.delete(id)) {
            throw ApiException.notFound("no user with id " + id);
        }
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
