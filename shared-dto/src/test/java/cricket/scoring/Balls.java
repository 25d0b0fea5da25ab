package cricket.scoring;

import java.util.ArrayList;
import java.util.List;

/** A delivery under construction; the batters and bowler come from the match when it is bowled. */
final class Balls {
    private int batterRuns;
    private boolean nonBoundary;
    private int wides;
    private int noballs;
    private int byes;
    private int legbyes;
    private int penalty;
    private boolean crossed;
    private String commentary;
    private boolean nonStrikerFaces;
    private final List<Out> outs = new ArrayList<>();

    private record Out(DismissalKind kind, String player, boolean nonStriker, List<Fielder> fielders) {}

    private Balls(int batterRuns) {
        this.batterRuns = batterRuns;
    }

    static Balls dot() {
        return new Balls(0);
    }

    static Balls runs(int runs) {
        return new Balls(runs);
    }

    static Balls four() {
        return new Balls(4);
    }

    static Balls six() {
        return new Balls(6);
    }

    /** A wide: 1 plus {@code ran} runs, all wides. */
    static Balls wide(int ran) {
        return new Balls(0).wides(1 + ran);
    }

    static Balls noBall(int penalty, int batRuns) {
        return new Balls(batRuns).noballs(penalty);
    }

    static Balls byes(int runs) {
        return new Balls(0).withByes(runs);
    }

    static Balls legbyes(int runs) {
        return new Balls(0).withLegbyes(runs);
    }

    static Balls out(DismissalKind kind, String... fielders) {
        return dot().striker(kind, fielders);
    }

    Balls wides(int count) {
        wides = count;
        return this;
    }

    Balls noballs(int count) {
        noballs = count;
        return this;
    }

    Balls withByes(int count) {
        byes = count;
        return this;
    }

    Balls withLegbyes(int count) {
        legbyes = count;
        return this;
    }

    Balls penalty(int runs) {
        penalty = runs;
        return this;
    }

    Balls allRun() {
        nonBoundary = true;
        return this;
    }

    Balls crossed() {
        crossed = true;
        return this;
    }

    Balls commentary(String text) {
        commentary = text;
        return this;
    }

    /** The scorer names the batter the engine suggested as non-striker as the one facing. */
    Balls otherBatterFaces() {
        nonStrikerFaces = true;
        return this;
    }

    Balls striker(DismissalKind kind, String... fielders) {
        outs.add(new Out(kind, null, false, fielders(fielders)));
        return this;
    }

    Balls nonStrikerOut(DismissalKind kind, String... fielders) {
        outs.add(new Out(kind, null, true, fielders(fielders)));
        return this;
    }

    Balls playerOut(DismissalKind kind, String player) {
        outs.add(new Out(kind, player, false, List.of()));
        return this;
    }

    private static List<Fielder> fielders(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Fielder(n, false)).toList();
    }

    Delivery at(String bowler, String striker, String nonStriker) {
        String batter = nonStrikerFaces ? nonStriker : striker;
        String other = nonStrikerFaces ? striker : nonStriker;
        List<Dismissal> dismissals = outs.stream()
                .map(o -> new Dismissal(
                        o.kind(), o.player() != null ? o.player() : o.nonStriker() ? other : batter, o.fielders()))
                .toList();
        return new Delivery(
                bowler,
                batter,
                other,
                batterRuns,
                nonBoundary,
                new Extras(wides, noballs, byes, legbyes, penalty),
                dismissals,
                crossed,
                commentary);
    }
}
