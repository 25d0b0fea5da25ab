package cricket.api;

/** A signed-up person as the API shows them: never with a password hash. */
public record User(long id, String username, Role role) {
    public boolean admin() {
        return role == Role.ADMIN;
    }
}
