package cricket.desktop;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/**
 * The console's look: AtlantaFX's Primer themes, light for daylight at the ground, dark for an evening session. The
 * theme is JavaFX's user-agent stylesheet, so every window and control follows it; the console's own stylesheet
 * (console.css) adds only its few colours, named after the theme's (-color-danger-fg, ...), so it follows too.
 */
public enum Theme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark());

    /** The console's own rules, added to every scene after the theme. */
    public static final String CONSOLE_CSS =
            Theme.class.getResource("console.css").toExternalForm();

    private final atlantafx.base.theme.Theme atlantafx;

    Theme(atlantafx.base.theme.Theme atlantafx) {
        this.atlantafx = atlantafx;
    }

    /** Makes this the look of every window of the console; call on the JavaFX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(atlantafx.getUserAgentStylesheet());
    }

    /** The stylesheet {@link #apply()} installs, so a test can tell which theme is showing. */
    public String stylesheet() {
        return atlantafx.getUserAgentStylesheet();
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** {@code light} or {@code dark}, as the settings file holds it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a settings file names; an unknown or missing name is the light theme. */
    public static Theme of(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
