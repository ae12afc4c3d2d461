package org.modelcards.core.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test as a failing case for a rule: the test builds a card the rule must object to and
 * checks the issue it reports. {@link RuleCoverageTest} fails when a rule has no such test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Covers.All.class)
@interface Covers {
    /** The rule id, e.g. {@code HF-LICENSE-OTHER}. */
    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface All {
        Covers[] value();
    }
}
