package org.modelcards.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.modelcards.core.catalog.Profile;
import org.modelcards.core.validation.HubFacts;
import org.modelcards.core.validation.RuleInfo;
import org.modelcards.core.validation.checker.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code modelcard rules}: the severity contract, then every rule with its id, severity, profiles and source. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every validation rule: id, severity (draft/release), profiles, source, and for error rules"
                + " the Hub source that makes them errors.")
final class RulesCommand implements Runnable {
    /** The severity contract, as the README states it. */
    static final String CONTRACT = """
            Severity contract:
              error    the Hub would refuse the push, the file cannot be read, or metadata would be silently ignored
                       or lost; each error rule cites its Hub source.
              warning  profile requirements, template text and content lint (by default, that is --strictness draft).
              note     information: recommended fields, values the Hub does not know but accepts.
            --strictness release is a release gate: profile requirements and template text become errors.
            A project's .modelcard.yaml can turn rules off or re-grade them (rules: {RULE-ID: off|error|warning|info}).
            """;

    @Spec
    CommandSpec spec;

    @Option(names = "--facts", description = "Print the Hub facts (licences, tasks, libraries, languages): versions and sources.")
    boolean facts;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (facts) {
            printFacts(out);
            return;
        }
        out.print(CONTRACT);
        out.println();
        for (RuleInfo rule : Validator.standard().rules()) {
            String severity = rule.release() == rule.draft() ? rule.release().label()
                    : rule.draft().label() + "/" + rule.release().label() + " (release)";
            String profiles = Arrays.stream(Profile.values()).filter(rule::appliesTo).map(Profile::id)
                    .collect(Collectors.joining(","));
            out.printf("%-30s %-24s %s%n", rule.id(), severity, rule.description());
            out.printf("%-30s %-24s profiles: %s; source: %s%n", "", "", profiles, rule.source().title());
            if (!rule.citation().isEmpty()) {
                out.printf("%-30s %-24s cites: %s%n", "", "", rule.citation());
            }
        }
    }

    private static void printFacts(PrintWriter out) {
        HubFacts bundled = HubFacts.bundled();
        out.println("Hub facts rule pack " + HubFacts.VERSION);
        for (HubFacts.FactList list : bundled.lists()) {
            out.println();
            out.println(list.resource() + " (" + list.entries() + " entries)");
            list.header().forEach(line -> out.println("  " + line));
        }
    }
}
