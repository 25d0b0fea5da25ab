package cricket.api;

/** A signed-up person as the API shows them: never with a password hash. A disabled user cannot sign in. */
public record User(long id, String username, Role role, boolean disabled) {
    /** An enabled user. */
    public User(long id, String username, Role role) {
        this(id, username, role, false);
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }
}
