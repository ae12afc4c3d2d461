package org.modelcards.app.recovery;

import java.nio.file.Path;
import java.util.Optional;
import org.modelcards.core.catalog.FieldCatalog;
import org.modelcards.core.model.ModelCard;

/**
 * Another editor instance for {@link RecoveryStoreTest}: joins the recovery folder given as the
 * first argument, keeps one snapshot, says so on stdout, then waits to be killed.
 */
public final class RecoveryChildProcess {
    private RecoveryChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]));
        ModelCard card = FieldCatalog.standard().require("details.name").write(ModelCard.EMPTY, "child work");
        store.keep(store.newKey(), new RecoveryStore.Work(card, Optional.empty(), Optional.empty(), Optional.empty()));
        System.out.println("kept " + store.pid());
        System.out.flush();
        System.in.read(); // until killed; if the test's end closes stdin first, stop as abruptly
        Runtime.getRuntime().halt(1);
    }
}
