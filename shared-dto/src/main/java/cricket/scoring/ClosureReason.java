package cricket.scoring;

/** Why an innings ended. The engine closes innings itself when all out, overs are done or the target is reached. */
public enum ClosureReason {
    DECLARED,
    ALL_OUT,
    OVERS_COMPLETE,
    TARGET_REACHED,
    /** Play was called off (rain, bad light) and this innings will not resume. */
    CALLED_OFF
}
