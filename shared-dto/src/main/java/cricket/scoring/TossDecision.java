package cricket.scoring;

public enum TossDecision {
    BAT,
    FIELD
}
