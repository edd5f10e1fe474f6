package org.claimlens.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldsTest {

    /** {@code files} files of the given sizes, labels cycling through the four. */
    private static List<LabelledSentence> rows(int... sizes) {
        List<LabelledSentence> rows = new ArrayList<>();
        for (int f = 0; f < sizes.length; f++) {
            for (int i = 0; i < sizes[f]; i++) {
                rows.add(new LabelledSentence("f" + f + "-" + i, "sentence " + i, Label.values()[i % 4], "file" + f + ".csv"));
            }
        }
        return rows;
    }

    @Test
    void withEnoughFilesEachFileIsHeldOutWhole() {
        List<LabelledSentence> data = rows(40, 35, 30, 30, 25, 20, 20, 12, 8, 8);
        Folds folds = Folds.assign(data, 3, 1);
        assertTrue(folds.byFile());
        Map<String, Set<Integer>> foldsOfFile = new HashMap<>();
        int[] size = new int[3];
        for (int i = 0; i < data.size(); i++) {
            foldsOfFile.computeIfAbsent(data.get(i).file(), f -> new HashSet<>()).add(folds.ofSentence()[i]);
            size[folds.ofSentence()[i]]++;
        }
        foldsOfFile.values().forEach(set -> assertEquals(1, set.size()));
        // 228 sentences: the greedy fill keeps every fold within one file (at most 40) of the others.
        for (int a : size) {
            for (int b : size) {
                assertTrue(Math.abs(a - b) <= 40, "fold sizes " + a + " and " + b);
            }
        }
        assertTrue(size[0] > 0 && size[1] > 0 && size[2] > 0);
    }

    @Test
    void withFewerFilesThanFoldsSentencesAreStratifiedByLabel() {
        List<LabelledSentence> data = rows(41, 39);
        Folds folds = Folds.assign(data, 4, 1);
        assertFalse(folds.byFile());
        int[][] count = new int[4][4];
        for (int i = 0; i < data.size(); i++) {
            count[folds.ofSentence()[i]][data.get(i).label().ordinal()]++;
        }
        for (int label = 0; label < 4; label++) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int fold = 0; fold < 4; fold++) {
                min = Math.min(min, count[fold][label]);
                max = Math.max(max, count[fold][label]);
            }
            assertTrue(max - min <= 1, "label " + label + " spread " + min + ".." + max);
        }
    }

    @Test
    void fewerThanTwoFoldsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Folds.assign(rows(10, 10), 1, 1));
    }

    @Test
    void theSameDataAndSeedGiveTheSameFolds() {
        List<LabelledSentence> data = rows(30, 30);
        assertArrayEquals(Folds.assign(data, 5, 7).ofSentence(), Folds.assign(data, 5, 7).ofSentence());
    }
}
