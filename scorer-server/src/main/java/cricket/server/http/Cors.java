package cricket.server.http;

/**
 * Cross-origin reads: every GET is public data or needs a bearer token (which a page on another origin cannot send
 * without a preflight, which is not answered), so a score site on another origin may read every GET's reply.
 */
public final class Cors {
    /** The header, sent as {@code *} on every GET by Javalin's filter and by the cached views' fast path alike. */
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private Cors() {}
}
