package cricket.desktop.scoring;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The keyboard map of the pad, in one place so the key guide in docs/scorer-console.md can follow it. */
final class PadKeys {
    private PadKeys() {}

    /** @return whether the key was one of the pad's */
    static boolean handle(
            KeyEvent e, ScoringViewModel model, Consumer<Function<PromptForms, Node>> open, Runnable comment) {
        int runs = runs(e.getCode());
        if (runs >= 0) {
            // Shift (or Alt) with 4 or 6: the runs were run, not a boundary.
            model.runs(runs, e.isShiftDown() || e.isAltDown());
            return true;
        }
        switch (e.getCode()) {
            case W -> model.setExtra(PadExtra.WIDE);
            case N -> model.setExtra(PadExtra.NO_BALL);
            case B -> model.setExtra(PadExtra.BYE);
            case L -> model.setExtra(PadExtra.LEG_BYE);
            case X -> open.accept(PromptForms::wicket);
            case U, BACK_SPACE -> model.undo();
            case S -> model.swapStrike();
            case C -> comment.run();
            case O -> open.accept(f -> f.newBowler(true));
            case P -> open.accept(PromptForms::penalty);
            case R -> open.accept(PromptForms::retire);
            case E -> open.accept(PromptForms::endInnings);
            case T -> open.accept(PromptForms::target);
            case D -> {
                if (model.offersStumps()) {
                    open.accept(PromptForms::stumps);
                }
            }
            case V -> model.review().resume();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** 0-6 on the main row or the number pad; -1 for any other key. */
    static int runs(KeyCode code) {
        if (code.isDigitKey()) {
            int value = code.getCode() >= KeyCode.NUMPAD0.getCode()
                    ? code.getCode() - KeyCode.NUMPAD0.getCode()
                    : code.getCode() - KeyCode.DIGIT0.getCode();
            return value <= 6 ? value : -1;
        }
        return -1;
    }
}
