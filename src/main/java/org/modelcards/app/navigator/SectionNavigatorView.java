package org.modelcards.app.navigator;

import java.util.function.ToLongFunction;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import org.modelcards.core.catalog.CatalogTexts;
import org.modelcards.core.catalog.Section;
import org.modelcards.core.model.ModelCard;

/** The list of sections on the left, each with how many of its fields are filled. */
public final class SectionNavigatorView {
    private final ListView<Section> list = new ListView<>();

    public SectionNavigatorView(Iterable<Section> sections, ReadOnlyObjectProperty<ModelCard> card,
            ObjectProperty<Section> selected, CatalogTexts texts, ToLongFunction<Section> issues,
            Observable issuesChanged) {
        list.setId("section-navigator");
        list.setAccessibleText("Sections");
        sections.forEach(list.getItems()::add);
        list.setCellFactory(view -> new SectionCell(card, texts, issues));
        card.addListener((obs, old, now) -> list.refresh());
        issuesChanged.addListener(obs -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().select(selected.get());
    }

    public Node node() {
        return list;
    }

    private static final class SectionCell extends ListCell<Section> {
        private final ReadOnlyObjectProperty<ModelCard> card;
        private final CatalogTexts texts;
        private final ToLongFunction<Section> issues;

        SectionCell(ReadOnlyObjectProperty<ModelCard> card, CatalogTexts texts, ToLongFunction<Section> issues) {
            this.card = card;
            this.texts = texts;
            this.issues = issues;
        }

        @Override
        protected void updateItem(Section section, boolean empty) {
            super.updateItem(section, empty);
            if (empty || section == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            SectionProgress progress = SectionProgress.of(section, card.get());
            Label name = new Label(texts.sectionLabel(section.id()));
            Label count = new Label(section.preserved() ? "" : progress.filled() + "/" + progress.total());
            count.getStyleClass().add(progress.filled() == progress.total() ? "count-complete" : "count");
            long problems = issues.applyAsLong(section);
            Label flag = new Label(problems == 0 ? "" : problems + " ⚠");
            flag.getStyleClass().add("section-issues");
            javafx.scene.layout.HBox right = new javafx.scene.layout.HBox(8, flag, count);
            BorderPane row = new BorderPane();
            row.setLeft(name);
            row.setRight(right);
            setText(null);
            setGraphic(row);
            setAccessibleText(texts.sectionLabel(section.id()) + ", " + progress.filled() + " of "
                    + progress.total() + " fields filled, " + problems + " problems");
        }
    }
}
