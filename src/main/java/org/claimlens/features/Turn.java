package org.claimlens.features;

import java.util.Set;

/**
 * Where a sentence turns on a contrast, and which side carries its point: "A, but B" and
 * "Although A, B" make B the main point and A the concession; "A, although B" keeps A as the main
 * point. The guide labels a sentence by its main point ("While results vary, most clients feel
 * transformed" sells), and a bag of cues cannot see which side a cue stands on.
 *
 * @param mainFrom first word of the main point
 * @param mainTo one past its last word
 * @param concededFrom first word of the concession
 * @param concededTo one past its last word
 */
record Turn(int mainFrom, int mainTo, int concededFrom, int concededTo) {

    /** The point comes after these: "…, but …", "…; however, …". */
    private static final Set<String> POINT_FOLLOWS = Set.of("but", "however");
    /** These open a concession: before the point when they open the sentence, after it otherwise. */
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "while", "whereas", "despite");

    /** The sentence's first turn, or null when it has none. */
    static Turn of(SentenceText sentence) {
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            String word = sentence.words().get(i);
            if (POINT_FOLLOWS.contains(word) && i > 0 && i + 1 < n) {
                return new Turn(i + 1, n, 0, i);
            }
            if (CONCESSIVE.contains(word) && i + 1 < n) {
                if (i == 0) {
                    int comma = sentence.text().indexOf(',', sentence.start(i));
                    int point = comma < 0 ? n : firstWordAfter(sentence, comma);
                    return point < n ? new Turn(point, n, 1, point) : null;
                }
                return new Turn(0, i, i + 1, n);
            }
        }
        return null;
    }

    private static int firstWordAfter(SentenceText sentence, int offset) {
        int word = 0;
        while (word < sentence.size() && sentence.start(word) < offset) {
            word++;
        }
        return word;
    }

    boolean inMain(int word) {
        return word >= mainFrom && word < mainTo;
    }

    boolean inConcession(int word) {
        return word >= concededFrom && word < concededTo;
    }
}
