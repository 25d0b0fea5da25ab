package cricket.cricsheet;

import cricket.scoring.BallBowled;
import cricket.scoring.MatchEvent;
import cricket.scoring.ReplaceBall;
import cricket.scoring.Undo;
import java.util.ArrayList;
import java.util.List;

/** The events that still stand once corrections are applied, as the engine reads them (see {@code MatchState}). */
final class EffectiveEvents {
    private EffectiveEvents() {}

    static List<MatchEvent> of(List<? extends MatchEvent> recorded) {
        List<MatchEvent> effective = new ArrayList<>();
        List<Integer> seqs = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            MatchEvent event = recorded.get(i);
            int seq = i + 1;
            if (event instanceof Undo) {
                if (effective.isEmpty()) {
                    throw new IllegalArgumentException("event " + seq + " is an Undo with nothing left to undo");
                }
                effective.remove(effective.size() - 1);
                seqs.remove(seqs.size() - 1);
            } else if (event instanceof ReplaceBall) {
                ReplaceBall edit = (ReplaceBall) event;
                int index = seqs.indexOf(edit.seq());
                if (index < 0 || !(effective.get(index) instanceof BallBowled)) {
                    throw new IllegalArgumentException("event " + seq + " replaces event " + edit.seq()
                            + ", which is not a ball that still stands");
                }
                effective.set(index, new BallBowled(edit.delivery()));
            } else {
                effective.add(event);
                seqs.add(seq);
            }
        }
        return effective;
    }
}
