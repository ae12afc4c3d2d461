package org.modelcards.core.format.eumdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.modelcards.core.euact.FormItem;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.model.Training;

class PublicReadmeDisclosuresTest {
    private final PublicReadmeDisclosures disclosures = new PublicReadmeDisclosures();

    @Test
    void aCardDocumentedForTheEuIsWarnedOfEveryAuthorityOnlyItemItWouldPublish() throws Exception {
        Path path = Path.of("assets/examples/ostrea-large-2.modelcard.json");
        ModelCard card = new NativeJsonFormat().read(Files.readString(path), path.toString());
        assertThat(disclosures.published(card)).extracting(FormItem::number).containsExactly("1.3", "3.1", "5.1", "5.2",
                "6.3", "6.4", "6.4b", "6.5", "6.7", "6.8", "7.1", "7.1b", "7.2", "7.3", "8.1", "8.2", "8.3", "8.4");
        assertThat(disclosures.warnings(card)).contains("training.flops: publishes Model Documentation Form item 7.2 "
                + "(Training compute), which the form gives only to the AI Office and national authorities");
    }

    @Test
    void anOrdinaryModelCardIsNotWarned() {
        ModelCard card = ModelCard.EMPTY.withTraining(Training.EMPTY.withFlops("4.1e17"));
        assertThat(disclosures.published(card)).isEmpty();
        ModelCard documented = card.withEuForm(card.euForm().withProviderLegalName("Ostrea Lab B.V."));
        assertThat(disclosures.published(documented)).extracting(FormItem::number).containsExactly("7.2");
    }
}
