package cricket.server.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI 3.1 description kept in the repository (resources/openapi.json) at {@code /openapi.json}. */
public final class ApiDocsRoutes {
    private final byte[] openApi;

    public ApiDocsRoutes() {
        try (InputStream in = ApiDocsRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read openapi.json", e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }
}
