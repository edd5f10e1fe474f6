package org.claimlens.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Exact feature names for small sentences, family by family. */
class FeatureSchemaTest {

    private final FeatureSchema cues = new FeatureSchema(FeatureSet.CUES, List.of());

    private Set<String> fired(String sentence, String prefix) {
        Set<String> names = new TreeSet<>();
        cues.extract(sentence).features().stream().map(Feature::name).filter(n -> n.startsWith(prefix)).forEach(names::add);
        return names;
    }

    @Test
    void hypeGuaranteesAndOffers() {
        assertEquals(Set.of("cue.hype_word", "cue.guarantee", "cue.offer", "cue.benefit_claim"),
                fired("Miraculous results, guaranteed: book your free consultation for lasting relief.", "cue."));
    }

    @Test
    void hedgesAndBoostersAreDifferentFamilies() {
        assertEquals(Set.of("hedge.word"), fired("It may work for some.", "hedge."));
        assertEquals(Set.of(), fired("It may work for some.", "booster."));
        assertEquals(Set.of("booster.word"), fired("It definitely works.", "booster."));
    }

    @Test
    void caveatFamilies() {
        assertEquals(Set.of("caveat.risk", "caveat.see_doctor"),
                fired("Serious side effects are possible, so talk to your doctor.", "caveat."));
        assertEquals(Set.of("caveat.evidence_gap"), fired("More research is needed.", "caveat."));
        assertEquals(Set.of("caveat.regulatory"), fired("The drug is used off-label.", "caveat."));
        assertEquals(Set.of("caveat.disclaimer"), fired("This is not medical advice.", "caveat."));
        assertEquals(Set.of("caveat.conflict_of_interest"), fired("The work was funded by Acme.", "caveat."));
    }

    @Test
    void citationMarkersByShape() {
        assertEquals(Set.of("cite.glued_marker"), fired("Use was inadequately controlled.9", "cite.glued"));
        assertEquals(Set.of("cite.bracket_marker"), fired("Pain fell by a third [12].", "cite.bracket"));
        assertEquals(Set.of("cite.author_year", "cite.et_al", "cite.year"),
                fired("Pain fell (Lee et al., 2019).", "cite.").stream()
                        .filter(n -> !n.equals("cite.any_marker")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("cite.doi"), fired("See doi:10.1001/jama.2019.1234 for details", "cite.doi"));
        assertEquals(Set.of("cite.pmid"), fired("PMID: 31234567", "cite.pmid"));
        assertEquals(Set.of("cite.spelled_marker"),
                fired("It has been used since the nineteen seventies.seventy six", "cite.spelled"));
        assertTrue(fired("Pain fell by a third [12].", "cite.").contains("cite.any_marker"));
    }

    @Test
    void numbers() {
        assertEquals(Set.of("num.any", "num.percent", "num.sample_size"),
                fired("In 18 adults, scores fell 40%.", "num."));
        assertEquals(Set.of("num.any", "num.p_value"), fired("The difference held (p < 0.05).", "num."));
        assertEquals(Set.of("num.any", "num.dose"), fired("Give 0.5 mg/kg over an hour.", "num."));
        assertEquals(Set.of("num.any", "num.money"), fired("A session costs $450.", "num."));
        assertEquals(Set.of("num.any", "num.money"), fired("A course of six costs £1,200.", "num."));
        assertEquals(Set.of("num.any"), fired("Members lost 11 pounds in their first month.", "num."));
        assertTrue(fired("Eighteen grownups took part.", "num.").contains("num.sample_size"));
    }

    @Test
    void sellerFiguresAreSelfSourced() {
        assertTrue(fired("89% of our clients found relief.", "mix.").contains("mix.figure_self_sourced"));
        assertTrue(fired("89% of participants in the trial improved.", "mix.").isEmpty()
                || !fired("89% of participants in the trial improved.", "mix.").contains("mix.figure_self_sourced"));
    }

    @Test
    void hypeInsideCriticalReportingIsMarked() {
        assertTrue(fired("Clinics promise miraculous recoveries.", "mix.").contains("mix.hype_reported"));
        assertTrue(!fired("Miraculous recoveries happen here.", "mix.").contains("mix.hype_reported"));
    }

    @Test
    void voiceAndPageFurniture() {
        assertEquals(Set.of("voice.imperative", "voice.second_person", "voice.exclamation"),
                fired("Book your session now!", "voice."));
        assertEquals(Set.of("voice.first_person_singular"), fired("I felt better.", "voice."));
        assertEquals(Set.of("voice.question", "voice.second_person"), fired("Is it right for you?", "voice."));
        assertEquals(Set.of(), fired("KETAMINE FOR PAIN", "shape."));
        assertEquals(Set.of("shape.boilerplate"), fired("Share this article", "shape."));
        assertEquals(Set.of(), fired("A sentence of any length says nothing by its length alone.", "len."));
    }

    @Test
    void closedClassWordLists() {
        assertEquals(Set.of("pos.modal", "pos.superlative", "pos.comparative"),
                fired("It could be the best and faster option.", "pos."));
    }

    @Test
    void ngramsUseBaseFormsAndFoldDigits() {
        FeatureSchema schema = new FeatureSchema(FeatureSet.NGRAMS, List.of("ngram.trial", "ngram.0_adult", "ngram.our_clinic"));
        Set<String> names = new TreeSet<>();
        schema.extract("Trials of 18 adults at our clinics").features().forEach(f -> names.add(f.name()));
        assertEquals(Set.of("ngram.trial", "ngram.0_adult", "ngram.our_clinic"), names);
    }

    @Test
    void fingerprintChangesWithVocabularyAndFeatureSet() {
        assertEquals(cues.fingerprint(), new FeatureSchema(FeatureSet.CUES, List.of()).fingerprint());
        assertNotEquals(cues.fingerprint(), new FeatureSchema(FeatureSet.BOTH, List.of("ngram.a")).fingerprint());
        assertNotEquals(new FeatureSchema(FeatureSet.BOTH, List.of("ngram.a")).fingerprint(),
                new FeatureSchema(FeatureSet.BOTH, List.of("ngram.b")).fingerprint());
    }

    private String evidenceOf(String sentence, String feature) {
        return cues.extract(sentence).features().stream()
                .filter(f -> f.name().equals(feature)).findFirst().orElseThrow().evidence();
    }

    @Test
    void evidenceNamesTheMatchedText() {
        assertEquals("miraculous", evidenceOf("A truly miraculous recovery.", "cue.hype_word"));
    }

    @Test
    void aFigureIsShownWhole() {
        assertEquals("1,240", evidenceOf("Of 1,240 adults, 12.5% improved.", "num.any"));
    }

    @Test
    void aDeniedHarmIsASafetyClaimButAWarningIsNot() {
        assertEquals(Set.of("cue.safety_claim"), fired("Unlike pills, it won't bring any side effects you fear.", "cue.safety"));
        assertEquals(Set.of("cue.safety_claim"), fired("A gentle, non-addictive option without the risks of surgery.", "cue.safety"));
        assertEquals(Set.of(), fired("Side effects include nausea and dizziness.", "cue.safety"));
        assertEquals(Set.of(), fired("Do not take it if you have heart disease.", "cue.safety"));
    }

    @Test
    void aHarmPlayedDownAfterItIsASafetyClaim() {
        assertEquals(Set.of("cue.safety_claim"), fired("Side effects tend to be mild and temporary.", "cue.safety"));
        assertEquals(Set.of("cue.safety_claim"), fired("Any bruising is usually minimal.", "cue.safety"));
        assertEquals(Set.of(), fired("Side effects include mild nausea.", "cue.safety"));
        assertEquals(Set.of(), fired("Side effects are rare but can be serious.", "cue.safety"));
        assertEquals(Set.of("cue.safety_claim"), fired("It has fewer side effects than pills.", "cue.safety"));
        assertEquals(Set.of(), fired("You may notice a few side effects.", "cue.safety"));
    }

    @Test
    void aDeniedHarmIsNoWarningButAnAdmittedOneIs() {
        assertEquals(Set.of(), fired("It works without side effects.", "caveat.risk"));
        assertEquals(Set.of(), fired("Side effects are mild.", "caveat.risk"));
        assertEquals(Set.of("caveat.risk"), fired("It is not without risks.", "caveat.risk"));
        assertEquals(Set.of(), fired("It is not without risks.", "cue.safety"));
        assertEquals(Set.of("caveat.risk"), fired("It causes no pain but can cause nausea.", "caveat.risk"));
    }

    @Test
    void aSeverityWordAloneIsNoHarm() {
        assertEquals(Set.of(), fired("Ketamine helps severe depression.", "caveat.risk"));
        assertEquals(Set.of("caveat.risk"), fired("Severe allergic reactions can occur.", "caveat.risk"));
    }

    @Test
    void gatedPatternsStillFireOnEveryShapeTheyMatch() {
        assertEquals(Set.of("num.sample_size"), fired("Forty patient's relatives took part.", "num.sample"));
        assertEquals(Set.of("num.sample_size"), fired("Twelve grown-ups joined.", "num.sample"));
        assertEquals(Set.of("num.confidence_interval"), fired("The hazard ratio was lower.", "num.confidence"));
        assertEquals(Set.of("num.ratio_change"), fired("Relapse halved, one in five patients.", "num.ratio"));
        assertEquals(Set.of("cite.et_al"), fired("As Lee et al reported.", "cite.et"));
        assertEquals(Set.of("cite.doi"), fired("See the doi listed below.", "cite.doi"));
        assertEquals(Set.of("cite.superscript_marker"), fired("It works²", "cite.super"));
        assertEquals(Set.of(), fired("Nothing here to count.", "num.sample"));
    }

    @Test
    void onlyCapitalsAbbreviateARatio() {
        assertEquals(Set.of("num.confidence_interval"), fired("Mortality fell (HR 0.71).", "num.confidence"));
        assertEquals(Set.of(), fired("Take it two or 3 times a day.", "num.confidence"));
    }

    @Test
    void aStudyIsIdentifiedByAYearJournalSampleOrMarkerAndNotByItsNumbers() {
        assertEquals(Set.of("cite.study_identified"),
                fired("A 2019 trial of 200 adults halved symptom scores.", "cite.study"));
        assertEquals(Set.of("cite.study_identified"), fired("The trial was published in The Lancet.", "cite.study"));
        assertEquals(Set.of("cite.study_identified"), fired("Seizures fell by 42% in the GWPCARE3 trial.", "cite.study"));
        assertEquals(Set.of("cite.study_identified"), fired("Design: randomised, sham-controlled trial.", "cite.study"));
        assertEquals(Set.of("cite.study_unidentified"), fired("Numerous clinical studies show 80% success.", "cite.study"));
        assertEquals(Set.of("mix.unidentified_study_claim"), fired("Numerous clinical studies show 80% success.", "mix.unidentified"));
        assertEquals(Set.of(), fired("Our team is friendly.", "cite.study"));
    }

    @Test
    void aContrastMarksWhichSideEachCueStandsOn() {
        assertEquals(Set.of("contrast.conceded_claim", "contrast.main_limit"),
                fired("It may relieve pain, but side effects are common.", "contrast."));
        assertEquals(Set.of("contrast.conceded_limit", "contrast.main_claim"),
                fired("Although the risks are real, most clients find lasting relief.", "contrast."));
        assertEquals(Set.of("contrast.conceded_limit", "contrast.main_claim"),
                fired("Most clients find lasting relief, although the risks are real.", "contrast."));
        assertEquals(Set.of(), fired("Side effects include nausea.", "contrast."));
    }
}
