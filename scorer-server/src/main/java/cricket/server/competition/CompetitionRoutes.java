package cricket.server.competition;

import com.fasterxml.jackson.annotation.JsonProperty;
import cricket.server.account.Auth;
import cricket.server.http.Json;
import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;

/**
 * The admin's points rules of a tournament. The table, leaders and careers themselves are cached views, declared in
 * {@link cricket.server.publicread.ViewKind} and served with the others.
 */
public final class CompetitionRoutes {
    private final CompetitionService competition;
    private final Auth auth;
    private final Json json;

    public CompetitionRoutes(CompetitionService competition, Auth auth, Json json) {
        this.competition = competition;
        this.auth = auth;
        this.json = json;
    }

    record PointsBody(
            @JsonProperty("win") Integer win,
            @JsonProperty("tie") Integer tie,
            @JsonProperty("noResult") Integer noResult) {}

    public void register(RoutesConfig routes) {
        routes.put("/api/v1/tournaments/{id}/points", ctx -> {
            auth.requireAdmin(ctx);
            PointsBody b = json.read(ctx.bodyAsBytes(), PointsBody.class);
            Points points = competition.setPoints(Requests.pathId(ctx, "id"), b.win(), b.tie(), b.noResult());
            ctx.contentType("application/json").result(json.write(points));
        });
    }
}
