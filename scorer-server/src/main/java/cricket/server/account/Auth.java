package cricket.server.account;

import cricket.api.User;
import cricket.server.domain.Refused;
import cricket.server.domain.Unauthenticated;
import io.javalin.http.Context;

/** Reads {@code Authorization: Bearer <token>} and checks roles; the routes' one door to accounts. */
public final class Auth {
    private static final String USER = "cricket.user";
    private final AccountService accounts;
    private final AccountRepository repository;

    public Auth(AccountService accounts, AccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    public User requireUser(Context ctx) {
        User cached = ctx.attribute(USER);
        if (cached != null) {
            return cached;
        }
        User user = accounts.authenticate(bearer(ctx));
        ctx.attribute(USER, user);
        return user;
    }

    public User requireAdmin(Context ctx) {
        User user = requireUser(ctx);
        if (!user.admin()) {
            throw new Refused("this needs the admin role; " + user.username() + " is a "
                    + user.role().wire());
        }
        return user;
    }

    /** Admins may score any match; a scorer only the matches assigned to them. */
    public User requireScorerOf(Context ctx, long matchId) {
        User user = ctx.attribute(USER);
        boolean assigned;
        if (user == null) {
            // The token and the assignment in one query: this is on every ball's write path.
            AccountRepository.Holder holder = accounts.authenticateFor(bearer(ctx), matchId);
            user = holder.user();
            ctx.attribute(USER, user);
            assigned = holder.assigned();
        } else {
            assigned = user.admin() || repository.assigned(matchId, user.id());
        }
        if (!user.admin() && !assigned) {
            throw new Refused(user.username() + " is not assigned to score match " + matchId);
        }
        return user;
    }

    static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new Unauthenticated("this needs a login: send Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)
                || header.substring(7).isBlank()) {
            throw new Unauthenticated("the Authorization header must be \"Bearer <token>\"");
        }
        return header.substring(7).trim();
    }
}
