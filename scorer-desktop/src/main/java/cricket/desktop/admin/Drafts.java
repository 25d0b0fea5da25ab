package cricket.desktop.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The picks of a screen that chooses some of many for one selection at a time (a team's squad in a tournament, a
 * match's scorers), and the picks not yet saved of every other selection. Changing the selection keeps the unsaved
 * picks of the one left as its draft; choosing it again brings them back. So nothing unsaved is lost unless the admin
 * discards it (Esc twice), and one line names the selections still holding a draft.
 *
 * @param <K> what identifies a selection (ids, not records a reload replaces)
 * @param <T> one pick, compared by its id
 */
final class Drafts<K, T> {
    /** A selection left with picks not saved: its name, the picks, and the list the server last gave for it. */
    private record Draft<T>(String label, List<T> picks, List<T> stored) {}

    /** What Esc did: nothing to discard, asked first, or put the saved list back. */
    enum Discard {
        NOTHING,
        ASKED,
        DISCARDED
    }

    private final ToLongFunction<T> id;
    private final ObservableList<T> picks = FXCollections.observableArrayList();
    private final Map<K, Draft<T>> others = new LinkedHashMap<>();
    private final StringProperty othersLine = new SimpleStringProperty("");
    private K shown;
    private String shownLabel = "";
    /** The list the server last gave or took for {@link #shown}; {@link #picks} unlike it are not saved. */
    private List<T> stored = List.of();
    /** Set by a first Esc with picks unsaved; a pick, a choice or a load in between clears it. */
    private boolean discardAsked;

    Drafts(ToLongFunction<T> id) {
        this.id = id;
        picks.addListener((ListChangeListener<T>) c -> discardAsked = false);
    }

    /**
     * Shows selection {@code key} (null: none), first keeping the unsaved picks of the one shown as its draft. Returns
     * true when {@code key} had a draft, now in {@link #picks} (as the same records as {@code known}); false when its
     * picks are empty until {@link #loaded} gives the server's.
     */
    boolean show(K key, String label, List<T> known) {
        if (shown != null && unsaved()) {
            others.put(shown, new Draft<>(shownLabel, List.copyOf(picks), stored));
        } else if (shown != null) {
            others.remove(shown);
        }
        shown = key;
        shownLabel = label;
        Draft<T> draft = key == null ? null : others.remove(key);
        stored = draft == null ? List.of() : fresh(draft.stored(), known);
        picks.setAll(draft == null ? List.of() : fresh(draft.picks(), known));
        othersLine.set(line());
        return draft != null;
    }

    /** The server's list for {@code key}; false (and nothing changes) when another selection is shown by now. */
    boolean loaded(K key, List<T> list) {
        if (key == null || !key.equals(shown)) {
            return false;
        }
        stored = List.copyOf(list);
        picks.setAll(list);
        return true;
    }

    /** {@code key} saved as {@code list}: shown, it is as loaded; left meanwhile, its draft goes if that is all. */
    boolean saved(K key, List<T> list) {
        if (loaded(key, list)) {
            return true;
        }
        Draft<T> draft = others.get(key);
        if (draft != null && ids(draft.picks()).equals(ids(list))) {
            others.remove(key);
            othersLine.set(line());
        }
        return false;
    }

    /** Esc: the first press asks, the second puts back the saved list; any pick or choice in between asks again. */
    Discard discard() {
        if (!unsaved()) {
            return Discard.NOTHING;
        }
        if (!discardAsked) {
            discardAsked = true;
            return Discard.ASKED;
        }
        picks.setAll(stored);
        return Discard.DISCARDED;
    }

    /** Whether the picks shown differ from what the server holds for their selection. */
    boolean unsaved() {
        return !ids(picks).equals(ids(stored));
    }

    K shown() {
        return shown;
    }

    /** The same picks as the records in {@code known} with their ids (a reload may have renamed one). */
    List<T> fresh(List<T> list, List<T> known) {
        return list.stream()
                .map(t -> known.stream()
                        .filter(k -> id.applyAsLong(k) == id.applyAsLong(t))
                        .findFirst()
                        .orElse(t))
                .toList();
    }

    ObservableList<T> picks() {
        return picks;
    }

    /** "Not saved yet, kept: Herons in Visit Cup (3) · ..." or empty when no other selection has a draft. */
    ReadOnlyStringProperty othersLineProperty() {
        return othersLine;
    }

    private String line() {
        if (others.isEmpty()) {
            return "";
        }
        return "Not saved yet, kept until saved or discarded: "
                + others.values().stream()
                        .map(d -> d.label() + " (" + d.picks().size() + ")")
                        .collect(Collectors.joining(" · "))
                + ". Choose one again to save it (Ctrl+S) or discard it (Esc twice).";
    }

    private List<Long> ids(List<T> list) {
        return list.stream().map(t -> id.applyAsLong(t)).collect(Collectors.toList());
    }
}
