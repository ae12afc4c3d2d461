package org.modelcards.app.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modelcards.app.document.CardDocument;
import org.modelcards.core.formats.OpenedCard;
import org.modelcards.core.formats.CardFiles;
import org.modelcards.core.format.CardReadException;
import org.modelcards.core.format.SourceText;

/**
 * What the start-up prompt offers back after a crash: every snapshot of an instance that is no
 * longer running, newest first, with its card, file, time and whether the file changed on disk
 * since; and what restoring or discarding one does.
 *
 * <p>{@link #load()} reads files, so call it off the FX thread (the application's {@code init}).
 */
public final class RecoveryViewModel {
    /** The file a snapshot belongs to, compared with the text the work was made on. */
    public enum DiskState {
        /** The work was never saved: nothing on disk to compare. */
        NEVER_SAVED,
        /** The file is as it was when the work was kept. */
        UNCHANGED,
        /** Someone changed the file since: saving the restored work replaces those changes. */
        CHANGED,
        /** The file is gone: saving creates it again. */
        MISSING,
        /** The file cannot be read now, or the snapshot (from an older version) has no original to compare. */
        UNKNOWN
    }

    /** One snapshot as offered. */
    public record Offer(RecoveryStore.Snapshot snapshot, DiskState disk) {
    }

    private final RecoveryStore store;
    private final CardFiles files;
    private final ZoneId zone;
    private final List<Offer> offers = new ArrayList<>();

    public RecoveryViewModel(RecoveryStore store, CardFiles files, ZoneId zone) {
        this.store = store;
        this.files = files;
        this.zone = zone;
    }

    /** Finds the orphaned snapshots and checks their files; they stay this instance's to offer until {@link #finish()}. */
    public List<Offer> load() throws IOException {
        offers.clear();
        for (RecoveryStore.Snapshot snapshot : store.orphans()) {
            offers.add(new Offer(snapshot, diskState(snapshot.work())));
        }
        return offers();
    }

    public List<Offer> offers() {
        return List.copyOf(offers);
    }

    /** The first line of an offer: the card's name and its file. */
    public String title(Offer offer) {
        return "\"" + CardDocument.displayName(offer.snapshot().card()) + "\" — "
                + offer.snapshot().origin().map(p -> p.getFileName().toString()).orElse("never saved");
    }

    /** The second line: where the file is, when the work was kept and by which process, and what changed on disk. */
    public String details(Offer offer) {
        RecoveryStore.Snapshot snapshot = offer.snapshot();
        String where = snapshot.origin().map(p -> String.valueOf(p.toAbsolutePath().getParent())).map(d -> "in " + d + ", ")
                .orElse("");
        String when = "kept " + DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH)
                .format(snapshot.keptAt().atZone(zone));
        String by = snapshot.pid() > 0 ? " by process " + snapshot.pid() : "";
        String name = snapshot.origin().map(p -> p.getFileName().toString()).orElse("");
        String disk = switch (offer.disk()) {
            case CHANGED -> ". " + name + " has changed on disk since: saving the restored work will replace those changes";
            case MISSING -> ". " + name + " is no longer on disk: saving will create it again";
            case UNKNOWN -> snapshot.origin().isPresent() ? ". " + name + " could not be compared with the file on disk" : "";
            default -> "";
        };
        return where + when + by + disk + ".";
    }

    /**
     * The restored document: the original file (its text as opened or last saved) as the saved
     * state, the recovered card as the current one; the snapshot becomes this instance's, under
     * {@code key}, so it stays until the work is saved or discarded.
     */
    public CardDocument restore(Offer offer, String key) throws IOException {
        CardDocument doc = document(offer.snapshot().work());
        store.adopt(offer.snapshot(), key);
        offers.remove(offer);
        return doc;
    }

    /** Deletes the snapshot: the user chose not to keep that work. */
    public void discard(Offer offer) throws IOException {
        store.discard(offer.snapshot());
        offers.remove(offer);
    }

    /** The prompt is closed: the snapshots not restored or discarded stay, to be offered again. */
    public void finish() {
        store.release();
    }

    /** Rebuilds the document from a snapshot's work (pure apart from reading an older snapshot's file). */
    CardDocument document(RecoveryStore.Work work) {
        if (work.file().isEmpty()) {
            return CardDocument.recovered(work.card(), null);
        }
        Path file = work.file().get();
        try {
            if (work.formatId().isPresent() && work.original().isPresent()) {
                return CardDocument.restored(files.open(file, work.formatId().get(), work.original().get()),
                        work.card());
            }
            // an older snapshot without the original: the file as it is now is the best base there is
            return CardDocument.restored(files.open(file), work.card());
        } catch (CardReadException e) {
            return CardDocument.recovered(work.card(), file);
        }
    }

    private static DiskState diskState(RecoveryStore.Work work) {
        if (work.file().isEmpty()) {
            return DiskState.NEVER_SAVED;
        }
        Path file = work.file().get();
        if (!Files.exists(file)) {
            return DiskState.MISSING;
        }
        if (work.original().isEmpty()) {
            return DiskState.UNKNOWN;
        }
        try {
            SourceText now = SourceText.read(file);
            String onDisk = (now.byteOrderMark() ? "\uFEFF" : "") + now.text();
            return onDisk.equals(work.original().get()) ? DiskState.UNCHANGED : DiskState.CHANGED;
        } catch (CardReadException e) {
            return DiskState.UNKNOWN;
        }
    }
}
