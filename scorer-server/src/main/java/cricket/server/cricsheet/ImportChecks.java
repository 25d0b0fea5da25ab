package cricket.server.cricsheet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cricket.api.OfficialRole;
import cricket.api.Officials;
import cricket.cricsheet.CricsheetMatch;
import cricket.cricsheet.MatchInfo;
import cricket.scoring.Team;
import cricket.server.domain.BadValue;
import cricket.server.domain.Text;
import cricket.server.fixture.FixtureService;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an imported file must hold to before anything is stored: a name that is a file name (it becomes the
 * match's source id), and strings within {@link Text}'s limits, the names stored as teams, players, tournament and
 * venue above all.
 */
final class ImportChecks {
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper TREES = new ObjectMapper();

    private ImportChecks() {}

    /** The {@code name} an admin gave: a bare file name, since its stem is the source id the file is known by. */
    static String fileName(String name) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new BadValue(
                    "name",
                    "name must be a file name of 1-100 letters, digits, '.', '_' or '-', starting with a letter or"
                            + " digit (e.g. 1082591.json), got " + Text.shown(name));
        }
        return name;
    }

    /** A name for an unnamed file from a hash of its bytes: another file gets another name, the same file the same. */
    static String contentName(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "sha256-" + HexFormat.of().formatHex(hash, 0, 16) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Every string in the file within {@link Text#MAX_TEXT} printable characters, checked on the raw JSON so the
     * refusal names where it sits; a file that is not JSON is left to the reader, which says so.
     */
    static void fileStrings(byte[] body) {
        JsonNode root;
        try {
            root = TREES.readTree(body);
        } catch (IOException e) {
            return;
        }
        if (root != null) {
            Text.tree(root, "file");
        }
    }

    /** The strings that become rows (teams, players, venue, tournament) as an admin's body would be held to. */
    static void strings(CricsheetMatch match) {
        MatchInfo info = match.info();
        List<Team> teams = info.teams();
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            Text.name(team.name(), "info.teams[" + t + "]");
            for (int p = 0; p < team.players().size(); p++) {
                Text.name(team.players().get(p), "info.players." + team.name() + "[" + p + "]");
            }
        }
        Text.bounded(info.venue(), "info.venue", Text.MAX_NAME);
        Text.bounded(info.city(), "info.city", Text.MAX_NAME);
        Text.bounded(info.competition(), "info.event.name", Text.MAX_NAME);
        Text.bounded(info.season(), "info.season", Text.MAX_NAME);
        Text.bounded(info.tossWinner(), "info.toss.winner", Text.MAX_NAME);
        FixtureService.checkOfficials(
                Officials.fromCricsheet(info.officials()), "info.officials.", OfficialRole::cricsheetKey);
    }
}
