package org.modelcards.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.modelcards.app.ExampleCards;
import org.modelcards.core.model.ModelCard;

/** A listener on the bars survives garbage collection, even when nobody holds the list it was added to. */
class ResultsChartGcTest {
    @Test
    void aListenerOnTheBarsIsNotLostToGarbageCollection() throws Exception {
        ModelCard example = ExampleCards.load(ExampleCards.DEFAULT);
        var card = new SimpleObjectProperty<>(example);
        ResultsChartViewModel model = new ResultsChartViewModel(card);
        AtomicInteger changes = new AtomicInteger();
        model.bars().addListener((ListChangeListener<ResultsChartViewModel.Bar>) c -> changes.incrementAndGet());
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }
        var rows = new java.util.ArrayList<>(example.evaluation().results());
        rows.set(0, rows.get(0).withValue("0.5"));
        card.set(example.withEvaluation(example.evaluation().withResults(rows)));
        assertThat(changes.get()).isEqualTo(1);
        assertThat(model.bars()).isSameAs(model.bars());
    }
}
