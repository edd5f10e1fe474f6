package org.claimlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimlens.TestModels;
import org.claimlens.model.LabelledSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private Path data() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        StringBuilder csv = new StringBuilder("text,label\n");
        // Each sentence twice (the second time with a prefix), so that a quarter still fills ten folds.
        for (String prefix : List.of("", "Also: ")) {
            for (LabelledSentence s : TestModels.sentences()) {
                csv.append('"').append(prefix).append(s.text().replace("\"", "\"\"")).append("\",").append(s.label()).append('\n');
            }
        }
        Files.writeString(data.resolve("t.csv"), csv);
        return data;
    }

    @Test
    void tablesOneRowPerLearnerAndFeatureSetWithHeldOutColumns() throws Exception {
        Path held = Files.writeString(dir.resolve("held.csv"), "text,label\nBook now!,promotional\nContact us,neutral\n");
        Run run = Run.of("compare", "--data", data().toString(), "--learner", "NaiveBayesMultinomial",
                "--feature-sets", "CUES,BOTH", "--eval", held.toString()).expect(0);
        List<String> lines = run.out.lines().toList();
        assertEquals(3, lines.size(), run.out);
        assertTrue(lines.get(0).contains("held.csv_F1"));
        assertTrue(lines.get(1).startsWith("NaiveBayesMultinomial") && lines.get(1).contains("CUES"));
        assertTrue(lines.get(2).contains("BOTH"));
    }

    @Test
    void tooFewSentencesForTheFoldsIsOneClearLine() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        Files.writeString(small.resolve("s.csv"), "text,label\nBook now!,promotional\nContact us,neutral\n");
        Run.of("compare", "--data", small.toString(), "--learner", "NaiveBayesMultinomial", "--feature-sets", "CUES")
                .expect(1).errContains("claimlens: training needs at least 10 sentences for 10-fold cross-validation, got 2");
    }

    @Test
    void learningCurveHasFourShares() throws Exception {
        Run run = Run.of("compare", "--data", data().toString(), "--learning-curve").expect(0);
        for (String share : List.of("25%", "50%", "75%", "100%")) {
            run.outContains(" " + share + " ");
        }
    }

    @Test
    void ablationHasARowPerAnnotatorSetAndFamilyAndTheCostOfEachExtractor() throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.txt"), "Book now! Our results are the best. A 2019 trial of 40 adults.");
        Run run = Run.of("compare", "--data", data().toString(), "--ablation", "--folds", "2",
                "--corpus", corpus.toString(), "--threads", "1").expect(0);
        for (String annotators : List.of("tokenize,ssplit", "tokenize,ssplit,pos", "tokenize,ssplit,pos,lemma")) {
            run.outContains(" " + annotators + " ");
            run.outContains(annotators + ": ");
        }
        for (List<String> families : CompareCommand.FAMILY_GROUPS) {
            run.outContains(" -" + String.join(",-", families) + " ");
        }
        run.outContains("sentences/s end to end (1 documents, 1 threads)");
        for (String extractor : List.of("LexiconCues", "CitationFeatures", "NgramFeatures", "CombinedCues")) {
            run.outContains(extractor);
        }
    }

    @Test
    void noFoldsScoresOnTheHeldOutFilesOnly() throws Exception {
        Path held = Files.writeString(dir.resolve("held.csv"), "text,label\nBook now!,promotional\nContact us,neutral\n");
        Run run = Run.of("compare", "--data", data().toString(), "--learner", "NaiveBayesMultinomial",
                "--feature-sets", "CUES", "--folds", "0", "--eval", held.toString()).expect(0);
        String row = run.out.lines().toList().get(1);
        assertTrue(row.matches("NaiveBayesMultinomial\\s+CUES\\s+\\d+\\s+-\\s+-\\s+[01]\\.\\d{3}\\s+\\d+\\.\\d"), row);
    }

    @Test
    void severalHeldOutFilesAlsoScoreAllTheirSentencesTogether() throws Exception {
        String sentence = "Book your free consultation now!";
        Path right = Files.writeString(dir.resolve("right.csv"), "text,label\n" + sentence + ",promotional\n");
        Path wrong = Files.writeString(dir.resolve("wrong.csv"), "text,label\n" + sentence + ",neutral\n");
        Run run = Run.of("compare", "--data", data().toString(), "--learner", "NaiveBayesMultinomial",
                "--feature-sets", "BOTH", "--folds", "0", "--eval", right.toString(), "--eval", wrong.toString()).expect(0);
        List<String> lines = run.out.lines().toList();
        assertTrue(lines.get(0).matches(".*right\\.csv_F1\\s+wrong\\.csv_F1\\s+all_F1\\s+seconds"), lines.get(0));
        // Labelled promotional and predicted so: 1 on the first file, 0 on the second. Together, promotional
        // has precision 1/2 and recall 1 (F1 2/3) and neutral F1 0: macro-F1 1/3, not the files' mean of 1/2.
        assertTrue(lines.get(1).matches(".*\\s1\\.000\\s+0\\.000\\s+0\\.333\\s+\\d+\\.\\d"), lines.get(1));
    }
}
