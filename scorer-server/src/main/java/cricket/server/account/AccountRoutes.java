package cricket.server.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import cricket.api.LoginResult;
import cricket.api.Role;
import cricket.api.User;
import cricket.server.http.Json;
import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Login, logout, password changes, and the admin's user list. */
public final class AccountRoutes {
    private final AccountService accounts;
    private final Auth auth;
    private final Json json;
    private final TrustedProxies proxies;

    public AccountRoutes(AccountService accounts, Auth auth, Json json, TrustedProxies proxies) {
        this.accounts = accounts;
        this.auth = auth;
        this.json = json;
        this.proxies = proxies;
    }

    record LoginRequest(
            @JsonProperty("username") String username,
            @JsonProperty("password") String password) {}

    record NewUser(
            @JsonProperty("username") String username,
            @JsonProperty("password") String password,
            @JsonProperty("role") Role role) {}

    record PasswordChange(
            @JsonProperty("currentPassword") String currentPassword,
            @JsonProperty("newPassword") String newPassword) {}

    record PasswordReset(@JsonProperty("newPassword") String newPassword) {}

    record RoleChange(@JsonProperty("role") Role role) {}

    record DisabledChange(@JsonProperty("disabled") Boolean disabled) {}

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", this::login);
        routes.post("/api/v1/auth/logout", this::logout);
        routes.post("/api/v1/auth/password", ctx -> {
            User user = auth.requireUser(ctx);
            PasswordChange body = json.read(ctx.bodyAsBytes(), PasswordChange.class);
            send(
                    ctx,
                    200,
                    accounts.changePassword(user, body.currentPassword(), body.newPassword(), proxies.client(ctx)));
        });
        routes.put("/api/v1/users/{userId}/password", ctx -> {
            User admin = auth.requireAdmin(ctx);
            PasswordReset body = json.read(ctx.bodyAsBytes(), PasswordReset.class);
            accounts.resetPassword(admin, Requests.pathId(ctx, "userId"), body.newPassword());
            ctx.status(204);
        });
        routes.put("/api/v1/users/{userId}/role", ctx -> {
            auth.requireAdmin(ctx);
            RoleChange body = json.read(ctx.bodyAsBytes(), RoleChange.class);
            send(ctx, 200, accounts.setRole(Requests.pathId(ctx, "userId"), body.role()));
        });
        routes.put("/api/v1/users/{userId}/disabled", ctx -> {
            User admin = auth.requireAdmin(ctx);
            DisabledChange body = json.read(ctx.bodyAsBytes(), DisabledChange.class);
            send(ctx, 200, accounts.setDisabled(admin, Requests.pathId(ctx, "userId"), body.disabled()));
        });
        routes.get("/api/v1/users", ctx -> {
            auth.requireAdmin(ctx);
            send(ctx, 200, accounts.users());
        });
        routes.post("/api/v1/users", ctx -> {
            auth.requireAdmin(ctx);
            NewUser body = json.read(ctx.bodyAsBytes(), NewUser.class);
            send(ctx, 201, accounts.createUser(body.username(), body.password(), body.role()));
        });
        routes.delete("/api/v1/users/{userId}", ctx -> {
            auth.requireAdmin(ctx);
            accounts.deleteUser(Requests.pathId(ctx, "userId"));
            ctx.status(204);
        });
    }

    private void login(Context ctx) {
        LoginRequest body = json.read(ctx.bodyAsBytes(), LoginRequest.class);
        LoginResult result = accounts.login(body.username(), body.password(), proxies.client(ctx));
        send(ctx, 200, result);
    }

    private void logout(Context ctx) {
        auth.requireUser(ctx);
        accounts.logout(Auth.bearer(ctx));
        ctx.status(204);
    }

    private void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(json.write(body));
    }
}
