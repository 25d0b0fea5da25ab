package cricket.server.cricsheet;

import cricket.server.account.Auth;
import cricket.server.http.Json;
import io.javalin.config.RoutesConfig;

/** {@code POST /api/v1/import/cricsheet} (admin): the body is one Cricsheet JSON match file. */
public final class CricsheetRoutes {
    private final CricsheetImportService imports;
    private final Auth auth;
    private final Json json;

    public CricsheetRoutes(CricsheetImportService imports, Auth auth, Json json) {
        this.imports = imports;
        this.auth = auth;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/import/cricsheet", ctx -> {
            auth.requireAdmin(ctx);
            String name = ctx.queryParam("name");
            var imported =
                    imports.importBytes(ctx.bodyAsBytes(), name == null || name.isBlank() ? "upload.json" : name);
            ctx.status(imported.alreadyThere() ? 200 : 201)
                    .contentType("application/json")
                    .result(json.write(imported));
        });
    }
}
