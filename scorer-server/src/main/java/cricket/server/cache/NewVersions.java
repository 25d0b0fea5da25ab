package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who is told when this instance holds a newer live view of a match (the live streams), and the telling. */
final class NewVersions {
    private static final Logger log = LoggerFactory.getLogger(NewVersions.class);

    private final NearCache near;
    private final List<ViewCache.NewVersionListener> listeners = new CopyOnWriteArrayList<>();

    NewVersions(NearCache near) {
        this.near = near;
    }

    void add(ViewCache.NewVersionListener listener) {
        listeners.add(listener);
    }

    /** Tells every listener the live version held here, if any; a failing listener never stops the others. */
    void announce(Subject.Match match) {
        int version = near.version(match, ViewKind.LIVE);
        if (version < 0) {
            return;
        }
        for (ViewCache.NewVersionListener l : listeners) {
            try {
                l.newVersion(match.id(), version);
            } catch (RuntimeException e) {
                log.warn("new version listener failed matchId={} version={}", match.id(), version, e);
            }
        }
    }
}
