package cricket.scoring;

public enum ResultKind {
    RUNS,
    WICKETS,
    INNINGS,
    TIE,
    DRAW,
    NO_RESULT,
    AWARDED
}
