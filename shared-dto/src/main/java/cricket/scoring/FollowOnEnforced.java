package cricket.scoring;

/** Law 14: the side that batted second bats again straight away. */
public record FollowOnEnforced() implements MatchEvent {}
