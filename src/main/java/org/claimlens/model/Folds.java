package org.claimlens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Which cross-validation fold each training sentence is held out in. Sentences of one file were
 * written together, on one list of topics in one style, so a fold that holds out some of a file's
 * sentences still trains on their near neighbours and scores the model as if it had seen the page
 * before. When the data come in at least as many files as folds, whole files are held out, which
 * asks what a model does on text from a writer and topics it has not seen; otherwise sentences are
 * dealt out one by one, stratified by label.
 *
 * @param ofSentence the fold of each sentence, in the data's order
 * @param byFile whether whole files were held out
 */
public record Folds(int[] ofSentence, boolean byFile) {

    public static Folds assign(List<LabelledSentence> data, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        int[] fold = new int[data.size()];
        if (holdsOutFiles(data, folds)) {
            Map<String, List<Integer>> byFile = new LinkedHashMap<>();
            for (int i = 0; i < data.size(); i++) {
                byFile.computeIfAbsent(data.get(i).file(), f -> new ArrayList<>()).add(i);
            }
            // Largest files first, each to the fold with the fewest sentences so far: folds come out
            // within one file's size of each other.
            List<List<Integer>> files = new ArrayList<>(byFile.values());
            files.sort(Comparator.comparingInt((List<Integer> f) -> -f.size()));
            int[] size = new int[folds];
            for (List<Integer> file : files) {
                int smallest = 0;
                for (int k = 1; k < folds; k++) {
                    if (size[k] < size[smallest]) {
                        smallest = k;
                    }
                }
                for (int i : file) {
                    fold[i] = smallest;
                }
                size[smallest] += file.size();
            }
            return new Folds(fold, true);
        }
        Random random = new Random(seed);
        int next = 0;
        for (Label label : Label.values()) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i).label() == label) {
                    rows.add(i);
                }
            }
            Collections.shuffle(rows, random);
            for (int i : rows) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return new Folds(fold, false);
    }

    /** Whether {@link #assign} holds out whole files for these data: when they come in at least {@code folds} files. */
    public static boolean holdsOutFiles(List<LabelledSentence> data, int folds) {
        return data.stream().map(LabelledSentence::file).distinct().count() >= folds;
    }
}
