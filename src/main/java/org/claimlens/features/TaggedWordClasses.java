package org.claimlens.features;

import java.util.List;
import java.util.Set;

/**
 * The word-class features ({@code pos.modal}, {@code pos.superlative}, {@code pos.comparative}) read
 * from part-of-speech tags, for schemas whose annotators tag. Under the default annotators the same
 * names come from closed word lists instead (lexicons {@code modal}, {@code superlative},
 * {@code comparative}), so the ablation compares like with like.
 */
final class TaggedWordClasses implements FeatureExtractor {

    static final List<String> NAMES = List.of("pos.modal", "pos.superlative", "pos.comparative");

    private static final Set<String> MODAL = Set.of("MD");
    private static final Set<String> SUPERLATIVE = Set.of("JJS", "RBS");
    private static final Set<String> COMPARATIVE = Set.of("JJR", "RBR");

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public void extract(SentenceText sentence, FeatureVector out) {
        List<String> tags = sentence.tags();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag == null) {
                continue;
            }
            if (MODAL.contains(tag)) {
                out.add("pos.modal", 1, sentence.span(i, i + 1));
            } else if (SUPERLATIVE.contains(tag)) {
                out.add("pos.superlative", 1, sentence.span(i, i + 1));
            } else if (COMPARATIVE.contains(tag)) {
                out.add("pos.comparative", 1, sentence.span(i, i + 1));
            }
        }
    }
}
