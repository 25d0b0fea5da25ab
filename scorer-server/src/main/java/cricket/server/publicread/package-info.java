/**
 * The public read API (no login): live summary, scorecard, commentary pages, the live-matches list, the home page's
 * fixtures and results, and the seed API's live score. Each cached view is one {@link cricket.server.publicread.ViewKind}; bodies come from
 * {@link cricket.server.publicread.PublicViews}, which the cache replaces; {@link cricket.server.publicread.HotReads}
 * answers the declared routes before Javalin and {@link cricket.server.publicread.PublicReadRoutes} registers the
 * same routes on Javalin.
 *
 * <h2>How to add a public view</h2>
 *
 * Write its renderer, a static method beside the others in {@code ViewBodies} with the shape of
 * {@link cricket.server.publicread.ViewKind.MatchBody} (from a match's engine state) or
 * {@link cricket.server.publicread.ViewKind.SiteBody} (from the site's {@link cricket.server.publicread.SiteListing}:
 * the matches being played, the next fixtures and the newest results); add one constant to
 * {@code ViewKind} naming its key (the Redis key and the near cache's), its scope, that renderer, its route templates
 * (a match view's name {@code {id}}) and its {@link cricket.server.publicread.ViewKind.Cache} (and, only if the scorer's
 * reply must wait for it, {@link cricket.server.publicread.ViewKind.Render#BEFORE_REPLY}; if its route also answers
 * older pages, its {@link cricket.server.publicread.ViewKind.Paged}); and add its test, an
 * HTTP read of the new route against the running app. Nothing else: the cache renders every view of a scope after
 * each event and stores them together, the fast path and Javalin serve every declared route, and a deleted match or a
 * Redis outage drops or resyncs every declared view. A view that cannot be rendered from a match's state or from the
 * live list needs a new scope, which is a change to the cache: the competition's views are two such scopes,
 * {@code TOURNAMENT} (rendered from a tournament's standings, {@code CompetitionBodies}) and {@code PLAYER} (from a
 * player's career), each with its own constructor in {@code ViewKind}.
 */
package cricket.server.publicread;
