package cricket.api;

import java.time.Instant;

/** The reply to a good login: the opaque token (shown once, stored only hashed) and when it expires. */
public record LoginResult(String token, Instant expiresAt, User user) {}
