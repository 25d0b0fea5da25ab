package cricket.scoring;

/** Law 25.4: hurt and not out are not wickets and the batter may resume; retired out is a wicket. */
public enum RetirementKind {
    HURT(DismissalKind.RETIRED_HURT),
    NOT_OUT(DismissalKind.RETIRED_NOT_OUT),
    OUT(DismissalKind.RETIRED_OUT);

    private final DismissalKind dismissalKind;

    RetirementKind(DismissalKind dismissalKind) {
        this.dismissalKind = dismissalKind;
    }

    public DismissalKind dismissalKind() {
        return dismissalKind;
    }
}
