package org.modelcards.app.navigator;

import java.util.function.ToLongFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
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
        // the report outlives this navigator (each document gets its own): listen weakly, held by the list
        InvalidationListener refresh = obs -> list.refresh();
        list.getProperties().put(InvalidationListener.class, refresh);
        issuesChanged.addListener(new WeakInvalidationListener(refresh));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        // the selected section outlives this navigator (one per document): listen weakly, held by the list,
        // or every document opened would stay in memory through its navigator
        javafx.beans.value.ChangeListener<Section> follow = (obs, old, now) -> list.getSelectionModel().select(now);
        list.getProperties().put(javafx.beans.value.ChangeListener.class, follow);
        selected.addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        list.getSelectionModel().select(selected.get());
    }

    public Node node() {
        return list;
    }

    /** Builds its labels once; a refresh (on every edit) only changes their text. */
    private static final class SectionCell extends ListCell<Section> {
        private final ReadOnlyObjectProperty<ModelCard> card;
        private final CatalogTexts texts;
        private final ToLongFunction<Section> issues;
        private final Label name = new Label();
        private final Label flag = new Label();
        private final Label count = new Label();
        private final BorderPane row = new BorderPane();

        SectionCell(ReadOnlyObjectProperty<ModelCard> card, CatalogTexts texts, ToLongFunction<Section> issues) {
            this.card = card;
            this.texts = texts;
            this.issues = issues;
            flag.getStyleClass().add("section-issues");
            // the counts are the point of the list: a long section name gives way to them
            flag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            row.setLeft(name);
            row.setRight(new javafx.scene.layout.HBox(8, flag, count));
        }

        @Override
        protected void updateItem(Section section, boolean empty) {
            super.updateItem(section, empty);
            setText(null);
            if (empty || section == null) {
                setGraphic(null);
                return;
            }
            SectionProgress progress = SectionProgress.of(section, card.get());
            long problems = issues.applyAsLong(section);
            name.setText(texts.sectionLabel(section.id()));
            flag.setText(problems == 0 ? "" : problems + " ⚠");
            count.setText(section.preserved() ? "" : progress.filled() + "/" + progress.total());
            count.getStyleClass().setAll("label", progress.filled() == progress.total() ? "count-complete" : "count");
            setGraphic(row);
            setAccessibleText(texts.sectionLabel(section.id()) + ", " + progress.filled() + " of "
                    + progress.total() + " fields filled, " + problems + " problems");
        }
    }
}
