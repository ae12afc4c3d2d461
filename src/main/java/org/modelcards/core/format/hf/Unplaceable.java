package org.modelcards.core.format.hf;

/**
 * A front matter change that cannot be placed node by node (an aliased or merged node, a list item
 * sharing its line with another dash): {@link YamlPatch} then rewrites that key, or leaves it for
 * the loss check to report. Carries no stack trace: it is control flow, not an error.
 */
final class Unplaceable extends Exception {
    private static final long serialVersionUID = 1L;

    Unplaceable() {
        super(null, null, false, false);
    }
}
