package cricket.scoring;

/**
 * One batter's innings, in batting order. A retired-hurt batter who resumes keeps one line.
 *
 * @param balls balls faced: no-balls count (Law 21.6), wides do not (Law 22)
 * @param dismissal "c Smith b Starc", "run out (Buttler)", "not out", "retired hurt", "absent hurt"
 * @param out whether the batter was dismissed (retired out counts; retired hurt and not out do not)
 */
public record BattingLine(String name, int runs, int balls, int fours, int sixes, String dismissal, boolean out) {}
