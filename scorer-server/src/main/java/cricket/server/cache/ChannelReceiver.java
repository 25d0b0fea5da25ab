package cricket.server.cache;

import cricket.server.publicread.ViewKind;
import java.util.concurrent.ExecutorService;

/**
 * What other instances did, heard on the {@link ViewChannel}: refresh what is held here on the cache's worker. Moved
 * out of {@link ViewCache} (it was its inner class) so the facade stays within its 400 lines.
 */
final class ChannelReceiver implements ViewChannel.Receiver {
    private final KnownMatches known;
    private final NearCache near;
    private final LateRenders late;
    private final NewVersions versions;
    private final ExecutorService worker;
    private volatile Resync resync;

    ChannelReceiver(
            KnownMatches known, NearCache near, LateRenders late, NewVersions versions, ExecutorService worker) {
        this.known = known;
        this.near = near;
        this.late = late;
        this.versions = versions;
        this.worker = worker;
    }

    /**
     * The resync needs the Redis link, which needs this receiver: it is given here once it exists, before the first
     * probe opens the channel (nothing is heard before that).
     */
    void pullWith(Resync resync) {
        this.resync = resync;
    }

    @Override
    public void newVersion(Subject subject, int version) {
        if (subject instanceof Subject.Match match) {
            known.exists(match.id());
        }
        worker.execute(() -> {
            // This instance's own late renders of that version need no fetch: they reach the near cache here.
            resync.pull(
                    subject,
                    version,
                    kind -> subject instanceof Subject.Match m
                            && kind.render() == ViewKind.Render.AFTER_REPLY
                            && late.pending(m.id(), version));
            if (subject instanceof Subject.Match match) {
                versions.announce(match);
            }
        });
    }

    /** A new match, announced only so that its id is known. */
    @Override
    public void matchCreated(Subject.Match match) {
        known.exists(match.id());
    }

    @Override
    public void matchDeleted(Subject.Match match) {
        near.forget(match);
        known.missing(match.id());
    }

    @Override
    public void forget(Subject subject) {
        near.forget(subject);
    }

    @Override
    public void factsChanged(Subject.Match match) {
        near.forget(match, Subject.Match.FACTS_KINDS);
    }
}
