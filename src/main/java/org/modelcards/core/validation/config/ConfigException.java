package org.modelcards.core.validation.config;

/** A project config file that cannot be used: unreadable, not YAML, or with an unknown key or level. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
