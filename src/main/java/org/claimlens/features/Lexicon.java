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
 * One or more phrase lists compiled once into a single trie over base forms, so a sentence is
 * scanned in one pass whatever the number of lists and phrases. Files are UTF-8, one phrase a line;
 * lines starting with '#' and blank lines are ignored. A phrase matches whole words only, in any
 * inflection.
 */
public final class Lexicon {

    /**
     * A phrase of list {@code list} found in a sentence: words {@code from} (inclusive) to
     * {@code to} (exclusive).
     */
    public record Match(int list, int from, int to, String phrase) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        /** The phrase ending here, per list; null when no list has one. */
        String[] phrases;
    }

    private final List<String> names;
    private final List<String> sources;
    private final Node root = new Node();

    private Lexicon(List<String> names, List<String> sources) {
        this.names = List.copyOf(names);
        this.sources = List.copyOf(sources);
        for (int list = 0; list < sources.size(); list++) {
            for (String line : sources.get(list).split("\n")) {
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
                if (node.phrases == null) {
                    node.phrases = new String[sources.size()];
                }
                node.phrases[list] = phrase;
            }
        }
    }

    /** A single list from text. */
    public static Lexicon of(String name, String source) {
        return new Lexicon(List.of(name), List.of(source));
    }

    /** Several lists in one trie; a match's {@code list} is the list's position here. */
    public static Lexicon combine(List<Lexicon> lexicons) {
        List<String> names = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            names.addAll(lexicon.names);
            sources.addAll(lexicon.sources);
        }
        return new Lexicon(names, sources);
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
            return of(name, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The lists' names, in list order. */
    public List<String> names() {
        return names;
    }

    /** The lists' texts, in list order, for fingerprinting the feature schema. */
    public List<String> sources() {
        return sources;
    }

    /**
     * For each list, its longest non-overlapping matches from left to right; all lists in one pass.
     * Matches come ordered by start, then by list.
     */
    public List<Match> find(SentenceText sentence) {
        List<String> bases = sentence.bases();
        int lists = sources.size();
        int[] coveredUntil = new int[lists];
        int[] bestEnd = new int[lists];
        String[] bestPhrase = new String[lists];
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < bases.size(); i++) {
            Node node = root.next.get(bases.get(i));
            if (node == null) {
                continue;
            }
            boolean found = false;
            for (int j = i; node != null; ) {
                if (node.phrases != null) {
                    for (int list = 0; list < lists; list++) {
                        if (node.phrases[list] != null && i >= coveredUntil[list]) {
                            bestEnd[list] = j + 1;
                            bestPhrase[list] = node.phrases[list];
                            found = true;
                        }
                    }
                }
                j++;
                node = j < bases.size() ? node.next.get(bases.get(j)) : null;
            }
            if (found) {
                for (int list = 0; list < lists; list++) {
                    if (bestPhrase[list] != null) {
                        matches.add(new Match(list, i, bestEnd[list], bestPhrase[list]));
                        coveredUntil[list] = bestEnd[list];
                        bestPhrase[list] = null;
                    }
                }
            }
        }
        return matches;
    }

    /** The longest phrase of the first list that starts at word {@code from}, or null. */
    public Match longestAt(SentenceText sentence, int from) {
        List<String> bases = sentence.bases();
        Match longest = null;
        Node node = from < bases.size() ? root.next.get(bases.get(from)) : null;
        for (int j = from; node != null; ) {
            if (node.phrases != null && node.phrases[0] != null) {
                longest = new Match(0, from, j + 1, node.phrases[0]);
            }
            j++;
            node = j < bases.size() ? node.next.get(bases.get(j)) : null;
        }
        return longest;
    }
}
