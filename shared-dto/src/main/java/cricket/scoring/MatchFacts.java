package cricket.scoring;

import java.util.List;

/**
 * The match-level state as the projections ({@link Views}) and the rules that read it ({@link Targets},
 * {@link Results}) see it: queries only. {@link Fold} is the one implementation and the only code that changes the
 * state; reading through this type keeps a projection from calling a change by mistake.
 */
interface MatchFacts {
    MatchRules rules();

    List<Team> teams();

    MatchStatus status();

    /** The result, recorded or derived; null while undecided. */
    Result result();

    /** An official result recorded by an admin, or null. */
    Result recorded();

    /** A result the file records beside the balls (it differs from them), shown next to theirs; or null. */
    Result besideTheBalls();

    boolean ended();

    /** Every innings in order, super overs last. */
    List<InningsTally> innings();

    List<InningsTally> regular();

    List<InningsTally> supers();

    /** The newest innings, or null before the first. */
    InningsTally last();

    /** Legal balls per over under the rules. */
    int bpo();

    /** Legal balls the innings may last under the rules, before any revision; null when unlimited. */
    Integer limitBalls(InningsTally in);

    boolean isChase(InningsTally in);

    /** Each day's close of play so far, in order ({@link DayEnded}). */
    List<CloseOfPlay> closesOfPlay();

    /** The seq of the last ball bowled, or -1 before the first. */
    int lastBallSeq();
}
