package cricket.server.publicread;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path's route table, made from {@link ViewKind}'s routes: a path matches a match view's template when it
 * is the part before {@code {id}}, a plain positive number (no sign, no leading 0) and the part after; a site view's
 * when it is the template itself.
 */
final class HotRoutes {
    private static final int MAX_ID_DIGITS = 18;

    /** One route of one view; {@code prefix} and {@code suffix} surround the id (a site route has no suffix). */
    record Route(ViewKind kind, String pattern, String prefix, String suffix) {}

    /** A path's route and the match id in it (0 for a site view). */
    record Match(Route route, long id) {}

    private final List<Route> routes = new ArrayList<>();

    HotRoutes(List<ViewKind> kinds) {
        for (ViewKind kind : kinds) {
            for (String pattern : kind.routes()) {
                int at = pattern.indexOf("{id}");
                routes.add(
                        at < 0
                                ? new Route(kind, pattern, pattern, null)
                                : new Route(kind, pattern, pattern.substring(0, at), pattern.substring(at + 4)));
            }
        }
    }

    /** The route {@code path} names exactly, or null. */
    Match match(String path) {
        for (Route route : routes) {
            if (route.suffix() == null) {
                if (path.equals(route.prefix())) {
                    return new Match(route, 0);
                }
            } else if (path.startsWith(route.prefix()) && path.endsWith(route.suffix())) {
                long id = id(
                        path,
                        route.prefix().length(),
                        path.length() - route.suffix().length());
                if (id > 0) {
                    return new Match(route, id);
                }
            }
        }
        return null;
    }

    private static long id(String path, int from, int to) {
        if (to <= from || to - from > MAX_ID_DIGITS || path.charAt(from) == '0') {
            return -1;
        }
        long id = 0;
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }
}
