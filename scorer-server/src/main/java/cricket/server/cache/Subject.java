package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.List;

/**
 * What one version number covers, and so what is stored, rebuilt, marked dirty and announced together: all the
 * views of one match, the site's views (the live-matches list), a tournament's (table and leaders) or a player's
 * (career).
 */
sealed interface Subject {
    /** The site's views: one set for the whole server. */
    Site SITE = new Site();

    /** The subject of a view a route names: the match, tournament or player {@code id}, or the site (id unused). */
    static Subject of(ViewKind kind, long id) {
        return switch (kind.scope()) {
            case MATCH -> new Match(id);
            case SITE -> SITE;
            case TOURNAMENT -> new Tournament(id);
            case PLAYER -> new Player(id);
        };
    }

    List<ViewKind> kinds();

    String redisKey(ViewKind kind);

    /** The channel message that announces {@code version} of this subject's views. */
    String message(int version);

    record Match(long id) implements Subject {
        private static final List<ViewKind> KINDS = ViewKind.of(ViewKind.Scope.MATCH);
        /** The views that print the fixture's facts, dropped when those change ({@link ViewKind#printsFacts()}). */
        static final List<ViewKind> FACTS_KINDS =
                KINDS.stream().filter(ViewKind::printsFacts).toList();
        /** {@code facts-changed:<matchId>}: drop the copies of the match's {@link #FACTS_KINDS}. */
        static final String FACTS_PREFIX = "facts-changed:";

        public Match {
            if (id < 1) {
                throw new IllegalArgumentException("a match id is 1 or more, got " + id);
            }
        }

        @Override
        public List<ViewKind> kinds() {
            return KINDS;
        }

        @Override
        public String redisKey(ViewKind kind) {
            return kind.redisKey(id);
        }

        @Override
        public String message(int version) {
            return id + ":" + version;
        }
    }

    record Site() implements Subject {
        static final String MESSAGE_PREFIX = "site:";
        private static final List<ViewKind> KINDS = ViewKind.of(ViewKind.Scope.SITE);

        @Override
        public List<ViewKind> kinds() {
            return KINDS;
        }

        @Override
        public String redisKey(ViewKind kind) {
            return kind.redisKey();
        }

        @Override
        public String message(int version) {
            return MESSAGE_PREFIX + version;
        }
    }

    /** A tournament's views: rebuilt whenever one of its matches changes. */
    record Tournament(long id) implements Subject {
        static final String MESSAGE_PREFIX = "tournament:";
        private static final List<ViewKind> KINDS = ViewKind.of(ViewKind.Scope.TOURNAMENT);

        public Tournament {
            if (id < 1) {
                throw new IllegalArgumentException("a tournament id is 1 or more, got " + id);
            }
        }

        @Override
        public List<ViewKind> kinds() {
            return KINDS;
        }

        @Override
        public String redisKey(ViewKind kind) {
            return kind.redisKey(id);
        }

        @Override
        public String message(int version) {
            return MESSAGE_PREFIX + id + ":" + version;
        }
    }

    /**
     * A player's views: dropped whenever one of their matches changes (version -1 on the channel) and rebuilt by the
     * next read, so a ball costs no career until someone asks for it.
     */
    record Player(long id) implements Subject {
        static final String MESSAGE_PREFIX = "player:";
        /** {@code players-dropped:<id>,<id>,...}: one message for all the players of a change. */
        static final String DROPPED_PREFIX = "players-dropped:";

        static String dropped(List<Player> players) {
            StringBuilder text = new StringBuilder(DROPPED_PREFIX);
            for (int i = 0; i < players.size(); i++) {
                text.append(i == 0 ? "" : ",").append(players.get(i).id());
            }
            return text.toString();
        }

        private static final List<ViewKind> KINDS = ViewKind.of(ViewKind.Scope.PLAYER);

        public Player {
            if (id < 1) {
                throw new IllegalArgumentException("a player id is 1 or more, got " + id);
            }
        }

        @Override
        public List<ViewKind> kinds() {
            return KINDS;
        }

        @Override
        public String redisKey(ViewKind kind) {
            return kind.redisKey(id);
        }

        @Override
        public String message(int version) {
            return MESSAGE_PREFIX + id + ":" + version;
        }
    }
}
