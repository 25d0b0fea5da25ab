package cricket.desktop.admin;

import cricket.scoring.MatchRules;
import java.util.List;

/** A fixture's playing conditions as the form offers them: the common formats, or the rules a match already has. */
record RulesChoice(String name, MatchRules rules) {
    static final List<RulesChoice> FORMATS = List.of(
            new RulesChoice("T20 (20 overs)", MatchRules.t20()),
            new RulesChoice("ODI (50 overs)", MatchRules.odi()),
            new RulesChoice("Test (two innings each)", MatchRules.test()),
            new RulesChoice("The Hundred (100 balls)", MatchRules.hundred()),
            new RulesChoice("Set at the toss", null));

    /** The format these rules are, or a choice of their own when they are none of the common ones. */
    static RulesChoice of(MatchRules rules) {
        return FORMATS.stream()
                .filter(f -> java.util.Objects.equals(f.rules(), rules))
                .findFirst()
                .orElse(new RulesChoice("As set for this match", rules));
    }
}
