package cricket.server.http;

import io.javalin.http.Context;

/** Reads path and query parameters with messages that name the parameter and what is allowed. */
public final class Requests {
    private Requests() {}

    public static long pathId(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw ApiException.badRequest(name, name + " must be a positive whole number, got " + raw);
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, name + " must be a positive whole number, got \"" + raw + "\"");
        }
    }

    /** An optional integer query parameter within [min, max]. */
    public static Integer queryInt(Context ctx, String name, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badRequest(name, name + " must be " + min + "-" + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    name, name + " must be a whole number " + min + "-" + max + ", got \"" + raw + "\"");
        }
    }
}
