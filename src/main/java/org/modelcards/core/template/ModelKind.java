package org.modelcards.core.template;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of model a new card can start from, each with its own template. */
public enum ModelKind {
    LLM("llm", "LLM", "Large language model: generates text from a prompt or a conversation."),
    TEXT_CLASSIFIER("text-classifier", "Text classifier", "Assigns labels (sentiment, topic, toxicity…) to a piece of text."),
    IMAGE_GENERATOR("image-generator", "Image generator", "Generates images from a text prompt (text-to-image)."),
    SPEECH_RECOGNIZER("speech-recognizer", "Speech recognizer", "Transcribes spoken audio into text."),
    TABULAR("tabular", "Tabular", "Predicts a class or value from rows of structured data."),
    OTHER("other", "Other", "Any other model: general questions only, no task-specific facts.");

    private final String id;
    private final String label;
    private final String description;

    ModelKind(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    /** The id used on the command line and as the template's resource name, e.g. {@code text-classifier}. */
    public String id() {
        return id;
    }

    /** The name shown to people, e.g. "Text classifier". */
    public String label() {
        return label;
    }

    /** One sentence saying which models this kind covers. */
    public String description() {
        return description;
    }

    /** The kind with this id, ignoring case. */
    public static Optional<ModelKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
    }
}
