package org.modelcards.core.validation.rules;

import java.util.Set;
import org.modelcards.core.format.MetaNode;
import org.modelcards.core.format.MetaNode.Scalar;

/**
 * How the Hub types a scalar. The front matter reader resolves {@code no}, {@code yes}, {@code on} and
 * {@code off} as booleans, as YAML 1.1 does; the Hub reads YAML 1.2, where only {@code true} and
 * {@code false} are booleans, so {@code language: [no]} is Norwegian, not false.
 */
final class Yaml12 {
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private Yaml12() {
    }

    /** Whether the Hub reads {@code node} as a string. */
    static boolean isString(MetaNode node) {
        return node instanceof Scalar s && (s.type() == MetaNode.ScalarType.STRING
                || s.type() == MetaNode.ScalarType.BOOLEAN && !BOOLEANS.contains(s.text().strip()));
    }
}
