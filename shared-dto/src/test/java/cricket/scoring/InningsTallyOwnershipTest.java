package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fold owns its state: an innings' totals are written only by {@link InningsTally}, which the handlers call. */
class InningsTallyOwnershipTest {
    private static final String TALLY = InningsTally.class.getName();

    /** The classes that change the fold's state: the event handlers, and the fold itself. */
    private static final Set<String> HANDLERS = Set.of(
            Fold.class.getName(),
            MatchHandlers.class.getName(),
            InningsHandlers.class.getName(),
            Ball.class.getName(),
            InningsTally.class.getName());

    /** The fold's and the tally's changes; every other method of theirs only reads. */
    private static final Set<String> CHANGES = Set.of(
            "start",
            "addInnings",
            "addToSquad",
            "addPendingPenalty",
            "takePendingPenalty",
            "setPendingRevision",
            "takePendingRevision",
            "enforceFollowOn",
            "end",
            "record",
            "note",
            "noteBall",
            "closeIfDone",
            "openWith",
            "addPenalty",
            "revise",
            "comeIn",
            "markAbsentHurt",
            "retire",
            "bowlOnPastTheOvers",
            "stopBowlingOn",
            "replaceBowlerMidOver",
            "bowlerForTheOver",
            "close",
            "closeOnTheOvers",
            "closeAsRecorded",
            "placeBatters",
            "freeHitNext",
            "clearThisOverIfNew",
            "count",
            "dismiss",
            "spoilLongOverMaiden",
            "completeOver",
            "startNewOver",
            "swapEnds",
            "vacate",
            "batter",
            "bowlerTally");

    private static JavaClasses engine() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cricket.scoring");
    }

    private static boolean inTally(JavaClass c) {
        return c.getName().equals(TALLY) || c.getName().startsWith(TALLY + "$");
    }

    @Test
    void noClassButTheTallyWritesAnInningsTallyField() {
        JavaClasses engine = engine();
        List<String> outside = new ArrayList<>();
        int inside = 0;
        for (JavaClass c : engine) {
            for (JavaFieldAccess access : c.getFieldAccessesFromSelf()) {
                if (access.getAccessType() != JavaFieldAccess.AccessType.SET || !inTally(access.getTargetOwner())) {
                    continue;
                }
                if (inTally(c)) {
                    inside++;
                } else {
                    outside.add(access.getDescription());
                }
            }
        }

        assertThat(inside).as("the tally's own writes, seen by the importer").isGreaterThan(20);
        assertThat(outside).as("writes to a tally from outside it").isEmpty();
    }

    @Test
    void onlyTheHandlersCallTheChangesOfTheFoldAndTheTally() {
        List<String> outside = new ArrayList<>();
        int byHandlers = 0;
        for (JavaClass c : engine()) {
            for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                String owner = call.getTargetOwner().getName();
                boolean foldOrTally = owner.equals(Fold.class.getName()) || inTally(call.getTargetOwner());
                if (!foldOrTally || !CHANGES.contains(call.getName())) {
                    continue;
                }
                String caller = c.getName().replaceAll("\\$.*", "");
                if (HANDLERS.contains(caller)) {
                    byHandlers++;
                } else {
                    outside.add(call.getDescription());
                }
            }
        }

        assertThat(byHandlers).as("the handlers' calls, seen by the importer").isGreaterThan(20);
        assertThat(outside)
                .as("changes to the fold or a tally made outside the handlers")
                .isEmpty();
    }
}
