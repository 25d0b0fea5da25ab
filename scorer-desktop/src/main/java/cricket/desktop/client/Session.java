package cricket.desktop.client;

import cricket.api.LoginResult;
import cricket.api.Role;
import java.time.Instant;

/** A signed-in scorer: the token is kept in memory for this session only, never the password. */
public record Session(String token, Instant expiresAt, long userId, String username, Role role) {
    public Session {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must be given by the server, got nothing");
        }
    }

    /** The session a login reply opens; the reply's user must be given. */
    static Session of(LoginResult reply) {
        return new Session(
                reply.token(),
                reply.expiresAt(),
                reply.user().id(),
                reply.user().username(),
                reply.user().role());
    }
}
