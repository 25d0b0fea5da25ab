package cricket.desktop.client;

/** A signed-in scorer: the token is kept in memory for this session only, never the password. */
public record Session(String token, String expiresAt, long userId, String username, String role) {
    public Session {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must be given by the server, got nothing");
        }
    }
}
