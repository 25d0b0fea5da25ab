package cricket.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The pages' scripts, styles and shells, read from the class path once at start. Each asset is served under a name
 * carrying a hash of its content ({@code /assets/match.3f2a1b9c0d.js}), so a browser or CDN may keep it for a year
 * and a new release is a new name. Scripts import each other by bare names ({@code app/common}, {@code uplot})
 * that each shell's import map resolves to the hashed names, so no script's text depends on another's hash.
 */
public final class WebAssets {
    /** The browser libraries come from their WebJars (Maven Central); the version is read from the jar itself. */
    private static final String UPLOT = "META-INF/resources/webjars/uplot/";

    private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Za-z.]+)\\}\\}");

    private final Map<String, WebFile> assets = new LinkedHashMap<>(); // by served path
    private final Map<String, String> hashed = new LinkedHashMap<>(); // source name -> served path
    private final Map<String, String> imports = new LinkedHashMap<>(); // import name -> served path

    private WebAssets() {}

    /** Loads every asset; a missing file fails the start, naming it. */
    public static WebAssets load() {
        WebAssets web = new WebAssets();
        String uplot = UPLOT + webjarVersion("org.webjars.npm", "uplot") + "/dist/";
        web.add("uPlot.esm.js", uplot + "uPlot.esm.js", "uplot");
        web.add("uPlot.min.css", uplot + "uPlot.min.css", null);
        web.add("common.js", "web/common.js", "app/common");
        web.add("charts.js", "web/charts.js", "app/charts");
        web.add("match.js", "web/match.js", null);
        web.add("home.js", "web/home.js", null);
        web.add("tournament.js", "web/tournament.js", null);
        web.add("player.js", "web/player.js", null);
        web.add("playerlinks.js", "web/playerlinks.js", null);
        web.add("site.css", "web/site.css", null);
        return web;
    }

    private void add(String name, String resource, String importName) {
        byte[] body = read(resource);
        String hash = hash(body).substring(0, 10);
        int dot = name.lastIndexOf('.');
        String path = "/assets/" + name.substring(0, dot) + "." + hash + name.substring(dot);
        assets.put(path, file(path, type(name), body));
        hashed.put(name, path);
        if (importName != null) {
            imports.put(importName, path);
        }
    }

    /** The asset served at {@code path}, or null. */
    WebFile asset(String path) {
        return assets.get(path);
    }

    /** The served path of a source file ("match.js"), for tests and the pages. */
    public String pathOf(String name) {
        String path = hashed.get(name);
        if (path == null) {
            throw new IllegalArgumentException("no asset named " + name + "; the assets are " + hashed.keySet());
        }
        return path;
    }

    /** A page shell from {@code web/<name>.html}, its {{file}} slots filled with the hashed paths. */
    WebFile page(String name, String route) {
        String template = new String(read("web/" + name + ".html"), StandardCharsets.UTF_8);
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String slot = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(slot.equals("importmap") ? importMap() : pathOf(slot)));
        }
        m.appendTail(out);
        return file(route, "text/html;charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String importMap() {
        StringBuilder json = new StringBuilder("<script type=\"importmap\">{\"imports\":{");
        String sep = "";
        for (var e : imports.entrySet()) {
            json.append(sep)
                    .append('"')
                    .append(e.getKey())
                    .append("\":\"")
                    .append(e.getValue())
                    .append('"');
            sep = ",";
        }
        return json.append("}}</script>").toString();
    }

    private static WebFile file(String path, String type, byte[] body) {
        return new WebFile(path, type, body, gzip(body), "\"" + hash(body).substring(0, 16) + "\"");
    }

    private static String type(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        throw new IllegalArgumentException("no content type known for " + name + ": only .js and .css assets");
    }

    private static String webjarVersion(String group, String artifact) {
        String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        Properties props = new Properties();
        try (InputStream in = open(resource)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        return props.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        return in;
    }

    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip of an in-memory body failed", e);
        }
        return out.toByteArray();
    }
}
