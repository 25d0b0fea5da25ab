package cricket.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials of one match, by role ({@link OfficialRole}); a role with no one named is an empty list. Names are
 * kept as given (the server checks them: non-blank, at most {@link #MAX_PER_ROLE} a role, and says which is wrong),
 * so a null name reaches that check instead of failing here.
 */
public record Officials(
        List<String> umpires, List<String> tvUmpires, List<String> reserveUmpires, List<String> matchReferees) {
    /** Enough for the two on-field umpires and those who stood in for them; Cricsheet's files stay within it. */
    public static final int MAX_PER_ROLE = 6;

    public static final Officials NONE = new Officials(null, null, null, null);

    public Officials {
        umpires = copy(umpires);
        tvUmpires = copy(tvUmpires);
        reserveUmpires = copy(reserveUmpires);
        matchReferees = copy(matchReferees);
    }

    /** The names in one role. */
    public List<String> names(OfficialRole role) {
        return switch (role) {
            case UMPIRE -> umpires;
            case TV_UMPIRE -> tvUmpires;
            case RESERVE_UMPIRE -> reserveUmpires;
            case MATCH_REFEREE -> matchReferees;
        };
    }

    /** Whether no one is named in any role. */
    public boolean none() {
        for (OfficialRole role : OfficialRole.values()) {
            if (!names(role).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** From Cricsheet's {@code info.officials} (keys it does not know are left out); null is none. */
    public static Officials fromCricsheet(Map<String, List<String>> officials) {
        Map<OfficialRole, List<String>> by = new EnumMap<>(OfficialRole.class);
        if (officials != null) {
            for (OfficialRole role : OfficialRole.values()) {
                by.put(role, officials.get(role.cricsheetKey()));
            }
        }
        return new Officials(
                by.get(OfficialRole.UMPIRE),
                by.get(OfficialRole.TV_UMPIRE),
                by.get(OfficialRole.RESERVE_UMPIRE),
                by.get(OfficialRole.MATCH_REFEREE));
    }

    /** As Cricsheet's {@code info.officials}: the roles with names, in {@link OfficialRole} order. */
    public Map<String, List<String>> toCricsheet() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (OfficialRole role : OfficialRole.values()) {
            if (!names(role).isEmpty()) {
                out.put(role.cricsheetKey(), names(role));
            }
        }
        return out;
    }

    /** Each role with names under its printed label ("Umpires", "Match referee"), in {@link OfficialRole} order. */
    public Map<String, List<String>> labelled() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (OfficialRole role : OfficialRole.values()) {
            List<String> names = names(role);
            if (!names.isEmpty()) {
                out.put(role.label(names.size()), names);
            }
        }
        return out;
    }

    private static List<String> copy(List<String> names) {
        return names == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(names));
    }
}
