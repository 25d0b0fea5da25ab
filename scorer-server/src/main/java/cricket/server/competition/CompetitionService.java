package cricket.server.competition;

import cricket.server.domain.BadValue;
import cricket.server.domain.NotFound;
import cricket.server.scoring.MatchViewsListener;

/** The admin's side of the competition: a tournament's points, which its cached table is redone after. */
public final class CompetitionService {
    private final CompetitionRepository repository;
    private final MatchViewsListener views;

    public CompetitionService(CompetitionRepository repository, MatchViewsListener views) {
        this.repository = repository;
        this.views = views;
    }

    /** Sets the points for a win, a tie and a no result; each must be given, 0-100. */
    public Points setPoints(long tournamentId, Integer win, Integer tie, Integer noResult) {
        Points points = new Points(given(win, "win"), given(tie, "tie"), given(noResult, "noResult"));
        if (!repository.setPoints(tournamentId, points)) {
            throw new NotFound("no tournament with id " + tournamentId);
        }
        views.tournamentChanged(tournamentId);
        return points;
    }

    private static int given(Integer value, String field) {
        if (value == null || value < 0 || value > 100) {
            throw new BadValue(field, field + " must be a whole number of points 0-100, got " + value);
        }
        return value;
    }
}
