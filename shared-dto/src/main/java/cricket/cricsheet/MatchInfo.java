package cricket.cricsheet;

import cricket.scoring.MatchRules;
import cricket.scoring.Result;
import cricket.scoring.ResultKind;
import cricket.scoring.Team;
import cricket.scoring.TossDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a Cricsheet file says about a match besides its balls: everything the writer needs to write the file back.
 * Build one from a fixture with {@link #of}; optional fields are {@code null} (or empty) when unknown.
 *
 * @param dataVersion the file's {@code meta.data_version}
 * @param created {@code meta.created}
 * @param matchType Test, ODI, T20, IT20, ODM, MDM
 * @param season as written ("2019/20", "2017")
 * @param competition {@code event.name}
 * @param teams the two sides with their squads ({@code info.players}), in {@code info.teams} order
 * @param officials {@code info.officials}: umpires, tv_umpires, reserve_umpires, match_referees
 * @param registry {@code info.registry.people}: name to Cricsheet Register id
 * @param outcome {@code info.outcome} as given, or {@code null} while the match has none
 */
public record MatchInfo(
        String dataVersion,
        LocalDate created,
        int revision,
        String matchType,
        Integer matchTypeNumber,
        String gender,
        String teamType,
        List<LocalDate> dates,
        String season,
        String venue,
        String city,
        String competition,
        Integer matchNumber,
        String group,
        String stage,
        List<Team> teams,
        MatchRules rules,
        String tossWinner,
        TossDecision tossDecision,
        boolean tossUncontested,
        Map<String, List<String>> officials,
        List<String> playerOfMatch,
        Map<String, String> registry,
        Outcome outcome) {

    public MatchInfo {
        teams = List.copyOf(teams == null ? List.of() : teams);
        if (teams.size() != 2) {
            throw new IllegalArgumentException("teams must name two sides, got " + teams.size());
        }
        if (rules == null) {
            throw new IllegalArgumentException("rules must be given");
        }
        dates = List.copyOf(dates == null ? List.of() : dates);
        officials = Map.copyOf(officials == null ? Map.of() : officials);
        playerOfMatch = List.copyOf(playerOfMatch == null ? List.of() : playerOfMatch);
        registry = Map.copyOf(registry == null ? Map.of() : registry);
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be 1 or more, got " + revision);
        }
    }

    /** Match information for a fixture scored in this system, to export with {@link CricsheetWriter}. */
    public static MatchInfo of(
            List<Team> teams,
            MatchRules rules,
            String venue,
            List<LocalDate> dates,
            String competition,
            String tossWinner,
            TossDecision tossDecision,
            Outcome outcome) {
        String matchType = rules.inningsPerSide() == 2 ? "MDM" : rules.oversPerInnings() == 50 ? "ODM" : "T20";
        return new MatchInfo(
                CricsheetWriter.DATA_VERSION,
                null,
                1,
                matchType,
                null,
                null,
                null,
                dates,
                null,
                venue,
                null,
                competition,
                null,
                null,
                null,
                teams,
                rules,
                tossWinner,
                tossDecision,
                false,
                Map.of(),
                List.of(),
                Map.of(),
                outcome);
    }

    /** This information with the match's officials ({@code info.officials}: role key to names), as a fixture holds them. */
    public MatchInfo withOfficials(Map<String, List<String>> newOfficials) {
        return new MatchInfo(
                dataVersion,
                created,
                revision,
                matchType,
                matchTypeNumber,
                gender,
                teamType,
                dates,
                season,
                venue,
                city,
                competition,
                matchNumber,
                group,
                stage,
                teams,
                rules,
                tossWinner,
                tossDecision,
                tossUncontested,
                newOfficials,
                playerOfMatch,
                registry,
                outcome);
    }

    /** This information with another outcome (an export once the engine has derived the result). */
    public MatchInfo withOutcome(Outcome newOutcome) {
        return new MatchInfo(
                dataVersion,
                created,
                revision,
                matchType,
                matchTypeNumber,
                gender,
                teamType,
                dates,
                season,
                venue,
                city,
                competition,
                matchNumber,
                group,
                stage,
                teams,
                rules,
                tossWinner,
                tossDecision,
                tossUncontested,
                officials,
                playerOfMatch,
                registry,
                newOutcome);
    }

    /**
     * {@code info.outcome} as Cricsheet gives it.
     *
     * @param byInnings an innings victory ({@code by.innings: 1}); {@code byRuns} then holds the runs
     * @param result "tie", "draw", "no result" instead of a winner
     * @param eliminator with a tie: the winner of the super over(s) or of the boundary count after them
     * @param bowlOutWinner with a tie: the winner of the bowl-out
     */
    public record Outcome(
            String winner,
            Integer byRuns,
            Integer byWickets,
            boolean byInnings,
            String method,
            String result,
            String eliminator,
            String bowlOutWinner) {

        /** The kind of result this outcome names. */
        public ResultKind kind() {
            if ("Awarded".equalsIgnoreCase(method)) {
                return ResultKind.AWARDED;
            }
            if (result != null) {
                return switch (result) {
                    case "tie" -> ResultKind.TIE;
                    case "draw" -> ResultKind.DRAW;
                    default -> ResultKind.NO_RESULT;
                };
            }
            if (byInnings) {
                return ResultKind.INNINGS;
            }
            return byWickets != null ? ResultKind.WICKETS : ResultKind.RUNS;
        }

        /** Runs or wickets of the margin, or {@code null} when the outcome has none. */
        public Integer margin() {
            return byWickets != null ? byWickets : byRuns;
        }

        /** The outcome Cricsheet would write for a result derived or recorded by the engine. */
        public static Outcome from(Result r) {
            String resultWord = switch (r.kind()) {
                case TIE -> "tie";
                case DRAW -> "draw";
                case NO_RESULT -> "no result";
                default -> null;
            };
            Integer runs = r.kind() == ResultKind.RUNS || r.kind() == ResultKind.INNINGS ? r.margin() : null;
            Integer wickets = r.kind() == ResultKind.WICKETS ? r.margin() : null;
            return new Outcome(
                    resultWord == null ? r.winner() : null,
                    runs,
                    wickets,
                    r.kind() == ResultKind.INNINGS,
                    r.method(),
                    resultWord,
                    r.superOverWinner(),
                    r.bowlOutWinner());
        }
    }
}
