package org.modelcards.core.validation.rules;

/** Where in the Hub's own sources each error rule comes from (facts, cited by file and line). */
final class Citations {
    /** huggingface.js at the commit read; line numbers refer to it. */
    static final String API_MODEL = "huggingface.js packages/hub/src/types/api/api-model.ts@10436c7";

    private Citations() {
    }
}
