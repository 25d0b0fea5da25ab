package cricket.scoring;

import java.util.List;

/** Targets of chasing innings: first innings + 1, lead + 1 in the fourth innings, or a revised target. */
final class Targets {
    private Targets() {}

    /** A target in runs and legal balls (null when the innings has no overs limit). */
    record Spec(int runs, Integer legalBalls) {}

    /** The target of {@code in}, or null when it does not chase one. */
    static Spec of(MatchFacts fold, InningsTally in) {
        if (fold.rules() == null || !fold.isChase(in)) {
            return null;
        }
        int runs;
        Integer legalBalls = fold.limitBalls(in);
        if (in.superOver) {
            List<InningsTally> supers = fold.supers();
            runs = supers.get(supers.indexOf(in) - 1).runs + 1;
        } else {
            // Law 41.17 penalties may land in earlier innings later on, so the target is worked out afresh each time.
            runs = 1;
            for (InningsTally earlier : fold.regular()) {
                if (earlier != in) {
                    runs += earlier.battingTeam.equals(in.battingTeam) ? -earlier.runs : earlier.runs;
                }
            }
        }
        if (in.revision != null) {
            runs = in.revision.runs();
            if (in.revision.legalBalls() != null) {
                legalBalls = in.revision.legalBalls();
            }
        }
        return new Spec(Math.max(1, runs), legalBalls);
    }

    static Target card(MatchFacts fold, InningsTally in) {
        Spec spec = of(fold, in);
        if (spec == null) {
            return null;
        }
        String overs = spec.legalBalls() == null ? null : CommentaryText.overs(spec.legalBalls(), fold.bpo());
        return new Target(spec.runs(), overs);
    }
}
