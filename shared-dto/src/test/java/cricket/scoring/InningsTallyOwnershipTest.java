package cricket.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fold owns its state: an innings' totals are written only by {@link InningsTally}, which the handlers call. */
class InningsTallyOwnershipTest {
    private static final String TALLY = InningsTally.class.getName();

    private static boolean inTally(JavaClass c) {
        return c.getName().equals(TALLY) || c.getName().startsWith(TALLY + "$");
    }

    @Test
    void noClassButTheTallyWritesAnInningsTallyField() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cricket.scoring");
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
}
