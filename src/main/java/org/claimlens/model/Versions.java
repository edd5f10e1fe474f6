package org.claimlens.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions of ClaimLens and of the libraries a model depends on, as built. */
public final class Versions {

    private static final Properties BUILT = load();

    private Versions() {
    }

    public static String claimLens() {
        return BUILT.getProperty("claimlens", "unknown");
    }

    /** Weka as it runs, not as declared: a serialised classifier is tied to the running Weka. */
    public static String weka() {
        return weka.core.Version.VERSION;
    }

    public static Map<String, String> libraries() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("weka", weka());
        libraries.put("corenlp", BUILT.getProperty("corenlp", "unknown"));
        return libraries;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/org/claimlens/versions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
