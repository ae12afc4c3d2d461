package org.modelcards.core.validation;

import java.util.List;

/**
 * A check on a card; reports what it finds to {@link Findings}. Stateless and thread-safe. A rule
 * may report under more than one id when its findings differ in severity (an unknown language code
 * is an error, an unverifiable one a note).
 */
public interface Rule {
    List<RuleInfo> infos();

    void check(CardSubject subject, Findings findings);
}
