package cricket.server.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Player ids by name, for the scorecard's links: each name found is asked of the database once per instance (a
 * player's id never changes), so following links from a crowded match page does not reach PostgreSQL per click.
 */
final class PlayerNames {
    private static final int MAX_HELD = 100_000;
    private static final int MAX_NAME = 200;

    private final Function<String, Optional<Long>> lookup;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    PlayerNames(Function<String, Optional<Long>> lookup) {
        this.lookup = lookup;
    }

    Optional<Long> id(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            return Optional.empty();
        }
        Long held = ids.get(name);
        if (held != null) {
            return Optional.of(held);
        }
        Optional<Long> found = lookup.apply(name);
        if (found.isPresent()) {
            if (ids.size() >= MAX_HELD) {
                ids.clear();
            }
            ids.put(name, found.get());
        }
        return found;
    }
}
