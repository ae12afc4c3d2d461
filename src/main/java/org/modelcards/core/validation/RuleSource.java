package org.modelcards.core.validation;

/** Where a rule comes from, so that an author can check it and a teacher can cite it. */
public enum RuleSource {
    HUB_DOCS("Hugging Face Hub documentation: model cards and repository metadata",
            "https://huggingface.co/docs/hub/model-cards"),
    HUB_SCHEMA("Hugging Face Hub metadata types: huggingface.js ApiModelMetadata and ApiModelIndex",
            "https://github.com/huggingface/huggingface.js/blob/main/packages/hub/src/types/api/api-model.ts"),
    HUB_CLIENT("huggingface_hub, the Hub's Python client: repocard.py and repocard_data.py",
            "https://github.com/huggingface/huggingface_hub/blob/main/src/huggingface_hub/repocard_data.py"),
    MITCHELL_2019("Mitchell et al., \"Model Cards for Model Reporting\", FAT* 2019",
            "https://arxiv.org/abs/1810.03993"),
    EU_AI_ACT("EU AI Act (Regulation (EU) 2024/1689), Annex XI and Annex XII",
            "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"),
    ISO("ISO 8601 dates, ISO 639 language codes, RFC 3986 URLs", "https://www.rfc-editor.org/rfc/rfc3986"),
    FILE("Reading the file: encoding, YAML and JSON syntax", ""),
    STUDIO("Model Card Studio content guidance: what real cards get wrong", "");

    private final String title;
    private final String url;

    RuleSource(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String title() {
        return title;
    }

    /** A link to the source, or empty. */
    public String url() {
        return url;
    }
}
