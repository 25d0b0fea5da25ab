package cricket.scoring;

/** Voids the newest effective event; everything is re-derived without it. An undo after an undo voids the next. */
public record Undo() implements MatchEvent {}
