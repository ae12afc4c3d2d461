package org.modelcards.app.euact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.modelcards.core.euact.ModelDocumentationForm;
import org.modelcards.core.euact.Recipient;
import org.modelcards.core.format.json.NativeJsonFormat;
import org.modelcards.core.model.ModelCard;
import org.modelcards.core.validation.checker.Validator;

class EuActViewModelTest {
    @Test
    void progressPerRecipientFollowsTheCard() throws Exception {
        Path path = Path.of("assets/examples/ostrea-large-2.modelcard.json");
        ModelCard example = new NativeJsonFormat().read(Files.readString(path), path.toString());
        SimpleObjectProperty<ModelCard> card = new SimpleObjectProperty<>(example);
        EuActViewModel model = new EuActViewModel(card, Validator.standard(), ModelDocumentationForm.standard(),
                org.modelcards.core.catalog.FieldCatalog.standard());

        assertThat(model.progressProperty(Recipient.AUTHORITY).get()).isEqualTo("National competent authorities: 39 of 39 items (100%)");
        assertThat(model.rows()).hasSize(ModelDocumentationForm.standard().items().size());
        assertThat(model.rows().get(0).number()).isEqualTo("H.1");
        assertThat(model.rows()).filteredOn(r -> r.number().equals("7.2")).singleElement()
                .satisfies(r -> assertThat(r.recipients()).isEqualTo("ai-office, authority (order-of-magnitude)"));

        card.set(example.withTraining(example.training().withFlops("")));
        assertThat(model.progressProperty(Recipient.AUTHORITY).get()).isEqualTo("National competent authorities: 38 of 39 items (97%)");
        assertThat(model.progressProperty(Recipient.DOWNSTREAM).get()).isEqualTo("Downstream providers: 25 of 25 items (100%)");
        assertThat(model.rows()).filteredOn(r -> r.number().equals("7.2")).singleElement()
                .satisfies(r -> assertThat(r.text()).contains("(not answered)"));
        assertThat(model.fraction(Recipient.AUTHORITY)).isEqualTo(0.97);
    }
}
