package org.claimlens.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of phrases compiled once into a trie over base forms, so a sentence is scanned in one pass
 * whatever the number of phrases. Files are UTF-8, one phrase a line; lines starting with '#' and
 * blank lines are ignored. A phrase matches whole words only, in any inflection.
 */
public final class Lexicon {

    /** A phrase found in a sentence: words {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(int from, int to, String phrase) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        String phrase;
    }

    private final String name;
    private final Node root = new Node();
    private final String source;

    private Lexicon(String name, String source) {
        this.name = name;
        this.source = source;
        for (String line : source.split("\n")) {
            String phrase = line.strip();
            if (phrase.isEmpty() || phrase.startsWith("#")) {
                continue;
            }
            List<String> bases = new SentenceText(phrase).bases();
            if (bases.isEmpty()) {
                continue;
            }
            Node node = root;
            for (String base : bases) {
                node = node.next.computeIfAbsent(base, b -> new Node());
            }
            node.phrase = phrase;
        }
    }

    public static Lexicon of(String name, String source) {
        return new Lexicon(name, source);
    }

    /** Loads {@code lexicons/NAME.txt} from beside this class. */
    public static Lexicon load(String name) {
        String resource = "lexicons/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> text.append(line).append('\n'));
            }
            return new Lexicon(name, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    public String name() {
        return name;
    }

    /** The file's text, for fingerprinting the feature schema. */
    public String source() {
        return source;
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match> find(SentenceText sentence) {
        List<String> bases = sentence.bases();
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < bases.size()) {
            Node node = root;
            int end = -1;
            String phrase = null;
            for (int j = i; j < bases.size(); j++) {
                node = node.next.get(bases.get(j));
                if (node == null) {
                    break;
                }
                if (node.phrase != null) {
                    end = j + 1;
                    phrase = node.phrase;
                }
            }
            if (end > 0) {
                matches.add(new Match(i, end, phrase));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }
}
