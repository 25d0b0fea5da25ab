package cricket.server.cricsheet;

import cricket.server.account.Auth;
import cricket.server.http.Json;
import cricket.server.http.Requests;
import io.javalin.config.RoutesConfig;

/** Import (admin; the body is one Cricsheet JSON file) and the public export of a match as Cricsheet JSON. */
public final class CricsheetRoutes {
    private final CricsheetImportService imports;
    private final CricsheetExportService exports;
    private final Auth auth;
    private final Json json;

    public CricsheetRoutes(CricsheetImportService imports, CricsheetExportService exports, Auth auth, Json json) {
        this.imports = imports;
        this.exports = exports;
        this.auth = auth;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/matches/{id}/cricsheet", ctx -> {
            long matchId = Requests.pathId(ctx, "id");
            ctx.header("Content-Disposition", "attachment; filename=\"cricket-match-" + matchId + ".json\"")
                    .contentType("application/json")
                    .result(exports.export(matchId));
        });
        routes.post("/api/v1/import/cricsheet", ctx -> {
            auth.requireAdmin(ctx);
            var imported = imports.importBytes(ctx.bodyAsBytes(), ctx.queryParam("name"));
            ctx.status(imported.alreadyThere() ? 200 : 201)
                    .contentType("application/json")
                    .result(json.write(imported));
        });
    }
}
