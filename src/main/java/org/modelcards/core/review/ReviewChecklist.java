package org.modelcards.core.review;

import java.util.ArrayList;
import java.util.List;
import org.modelcards.core.catalog.Profile;

/**
 * The reviewer's checklist, seeded from the profile: what every card needs, plus what the profile
 * cares about most (the Hub's metadata, Mitchell's factors and metrics, the AI Act's documentation).
 */
public final class ReviewChecklist {
    private ReviewChecklist() {
    }

    public static List<ChecklistItem> forProfile(Profile profile) {
        List<ChecklistItem> items = new ArrayList<>(List.of(
                new ChecklistItem("licence", "The licence is correct and matches the repository"),
                new ChecklistItem("uses", "Intended and out-of-scope uses are clear"),
                new ChecklistItem("misuse", "Misuse risks are named, with who could be harmed"),
                new ChecklistItem("bias", "Biases and limitations are stated honestly"),
                new ChecklistItem("evaluation", "Evaluation is disaggregated by the groups that matter"),
                new ChecklistItem("data", "Data provenance is stated for training and evaluation data")));
        switch (profile) {
            case HUGGINGFACE -> items.add(new ChecklistItem("hub-metadata",
                    "Hub metadata (licence, languages, pipeline tag, model-index) is valid"));
            case MITCHELL -> items.add(new ChecklistItem("factors",
                    "Factors and metrics are explained, with decision thresholds"));
            case EU_GPAI -> items.addAll(List.of(
                    new ChecklistItem("acceptable-use", "Acceptable use policy and distribution are stated"),
                    new ChecklistItem("compute", "Training compute and energy use are reported")));
            case CLASSROOM -> items.addAll(List.of(
                    new ChecklistItem("hub-metadata", "Hub metadata (licence, languages, pipeline tag, model-index) is valid"),
                    new ChecklistItem("factors", "Factors and metrics are explained, with decision thresholds"),
                    new ChecklistItem("compute", "Training compute and energy use are reported")));
        }
        return List.copyOf(items);
    }
}
