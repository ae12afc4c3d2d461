package org.modelcards.core.format.mct;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MCT references are bare links; the card has a repository, a paper and a demo link. The writer
 * lists them in that order; the reader sorts links back by what they look like (an arXiv or PDF link
 * is a paper, a Space or "demo" host is a demo, a GitHub link is a repository) and then by position.
 * When that would not give back what was written, the writer reports the link as a loss.
 */
final class References {
    /** The card's link slots, in the order the writer lists them. */
    enum Kind { REPOSITORY, PAPER, DEMO }

    private static final Set<String> CODE_HOSTS = Set.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org");
    private static final Set<String> PAPER_HOSTS = Set.of("arxiv.org", "doi.org", "dx.doi.org", "openreview.net",
            "aclanthology.org", "dl.acm.org", "ieeexplore.ieee.org", "proceedings.neurips.cc", "papers.nips.cc",
            "proceedings.mlr.press", "semanticscholar.org", "www.semanticscholar.org", "biorxiv.org",
            "www.biorxiv.org", "medrxiv.org", "www.medrxiv.org");
    private static final Set<String> DEMO_HOST_SUFFIXES = Set.of(".hf.space", ".gradio.app", ".gradio.live",
            ".streamlit.app");

    /** Which slot each link goes to (null: none left, keep it elsewhere), in the order given. */
    static List<Kind> assign(List<String> links) {
        List<Kind> slots = new ArrayList<>(links.size());
        boolean[] taken = new boolean[Kind.values().length];
        for (String link : links) {
            Kind kind = guess(link);
            if (kind != null && !taken[kind.ordinal()]) {
                taken[kind.ordinal()] = true;
                slots.add(kind);
            } else {
                slots.add(null);
            }
        }
        for (int i = 0; i < links.size(); i++) {
            if (slots.get(i) == null) {
                for (Kind kind : Kind.values()) {
                    if (!taken[kind.ordinal()]) {
                        taken[kind.ordinal()] = true;
                        slots.set(i, kind);
                        break;
                    }
                }
            }
        }
        return slots;
    }

    /** What a link looks like, or null when nothing gives it away. */
    static Kind guess(String link) {
        String host;
        String path;
        try {
            URI uri = new URI(link);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
        if (host.equals("huggingface.co") || host.equals("hf.co")) {
            return path.startsWith("/spaces/") ? Kind.DEMO : Kind.REPOSITORY;
        }
        if (CODE_HOSTS.contains(host)) {
            return Kind.REPOSITORY;
        }
        if (PAPER_HOSTS.contains(host) || path.endsWith(".pdf")) {
            return Kind.PAPER;
        }
        if (host.startsWith("demo.") || host.contains(".demo.") || DEMO_HOST_SUFFIXES.stream().anyMatch(host::endsWith)
                || path.contains("/demo")) {
            return Kind.DEMO;
        }
        return null;
    }

    private References() {
    }
}
