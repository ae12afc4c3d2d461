package org.modelcards.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code modelcard rules}: every rule with its id, severity, profiles and source. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every validation rule: id, severity (release/draft), profiles, source and description.")
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo rule : Validator.standard().rules()) {
            String severity = rule.release() == rule.draft() ? rule.release().label()
                    : rule.release().label() + "/" + rule.draft().label();
            String profiles = Arrays.stream(Profile.values()).filter(rule::appliesTo).map(Profile::id)
                    .collect(Collectors.joining(","));
            out.printf("%-30s %-15s %s%n", rule.id(), severity, rule.description());
            out.printf("%-30s %-15s profiles: %s; source: %s%n", "", "", profiles, rule.source().title());
        }
    }
}
