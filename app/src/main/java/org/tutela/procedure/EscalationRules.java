package org.tutela.procedure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tutela.school.access.RecordClass;

/**
 * The escalation table and procedure templates that apply to one school: the national base set, its local area's
 * layer (which fills the routes the seeds leave to local choice and may add rules), and the school's own additions.
 * A layer can add rules and choose among a route's options; it can never remove or replace a rule, so a mandatory
 * rule cannot be weakened below the base.
 */
public final class EscalationRules {

    /** The base set every area extends: E-01..E-54 and the PROC templates. */
    public static final String BASE = "england";
    static final String SCHOOL_LAYER = "school ";

    private final List<String> layers;
    private final List<Rule> rules;
    private final Map<String, RuleFiles.Route> routes;
    private final Map<String, Duration> urgency;

    EscalationRules(List<String> layers, List<Rule> rules, Map<String, RuleFiles.Route> routes,
            Map<String, Duration> urgency) {
        this.layers = List.copyOf(layers);
        this.rules = List.copyOf(rules);
        this.routes = Map.copyOf(routes);
        this.urgency = Map.copyOf(urgency);
    }

    /** The rules for a local authority: its own layer when Tutela has one, the base set otherwise. */
    public static EscalationRules forArea(String localAuthority) {
        var base = RuleFiles.parseBase(resource(BASE), BASE);
        var name = areaFileName(localAuthority);
        if (name.isEmpty() || name.equals(BASE) || !resourceExists(name)) {
            return base;
        }
        return RuleFiles.layer(base, resource(name), name);
    }

    /** These rules with a school's own additions on top; refused with the reason when they would weaken anything. */
    public EscalationRules withSchoolAdditions(String schoolName, String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return this;
        }
        return RuleFiles.layer(this, yaml, SCHOOL_LAYER + schoolName);
    }

    public static boolean hasAreaLayer(String localAuthority) {
        var name = areaFileName(localAuthority);
        return !name.isEmpty() && resourceExists(name);
    }

    /** Evaluates every rule against the facts: the actions required, merged by code, most urgent first. */
    public Evaluation evaluate(CaseFacts facts) {
        var merged = new LinkedHashMap<ActionCode, Merging>();
        var fired = new LinkedHashSet<String>();
        var banners = new ArrayList<String>();
        RecordClass recordClass = null;
        for (var rule : rules) {
            if (!rule.when().holdsFor(facts)) {
                continue;
            }
            fired.add(rule.id());
            if (rule.banner() != null && !banners.contains(rule.banner())) {
                banners.add(rule.banner());
            }
            if (rule.recordClass() != null && (recordClass == null || rule.recordClass().ordinal() < recordClass.ordinal())) {
                recordClass = rule.recordClass();
            }
            var because = new Because(rule.id(), rule.title(), rule.reference(), rule.ruleSet());
            for (var template : rule.then()) {
                if (!template.when().holdsFor(facts)) {
                    continue;
                }
                for (var code : codesOf(template)) {
                    var due = dueAt(template.urgency(), facts);
                    merged.computeIfAbsent(code, Merging::new).add(template, due, because);
                }
            }
        }
        var actions = merged.values().stream().map(Merging::action)
                .sorted(Comparator.comparing(RequiredAction::kind)
                        .thenComparing(a -> a.dueAt() == null ? java.time.Instant.MAX : a.dueAt())
                        .thenComparing(RequiredAction::code))
                .toList();
        return new Evaluation(actions, recordClass == null ? RecordClass.R3 : recordClass, banners, fired, version());
    }

    /** The layers applied, e.g. "england 2026.1 + kent 2026.1". */
    public String version() {
        return String.join(" + ", layers);
    }

    public List<RuleSummary> summaries() {
        return rules.stream().map(r -> new RuleSummary(r.id(), r.title(), r.reference(), r.ruleSet(),
                r.when().description(), r.then().stream().map(this::describe).toList(), r.mandatory())).toList();
    }

    /** The codes a route resolves to here, e.g. where "unsure how to proceed" goes in this area. */
    public List<ActionCode> route(String name) {
        var route = routes.get(name);
        if (route == null) {
            throw new IllegalArgumentException("no route called " + name);
        }
        return route.chosen();
    }

    public Map<String, List<ActionCode>> routes() {
        var chosen = new LinkedHashMap<String, List<ActionCode>>();
        routes.keySet().stream().sorted().forEach(name -> chosen.put(name, routes.get(name).chosen()));
        return chosen;
    }

    List<Rule> rules() {
        return rules;
    }

    Map<String, RuleFiles.Route> routeTable() {
        return routes;
    }

    /** The urgencies a step may have, shortest first, e.g. IMMEDIATE, PROMPT. */
    public List<String> urgencies() {
        return urgency.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    Map<String, Duration> urgencyTable() {
        return urgency;
    }

    List<String> layers() {
        return layers;
    }

    /**
     * The procedure template for one kind of concern: the steps of every rule that applies to that kind alone (the
     * PROC-* template of the base set, and any steps the area or school added to it), in order.
     */
    public List<Step> procedure(ConcernKind kind) {
        var steps = new ArrayList<Step>();
        for (var rule : rules) {
            if (!Set.of(kind).equals(rule.when().onlyKinds())) {
                continue;
            }
            for (var action : rule.then()) {
                steps.add(new Step(rule.id(), rule.title(), rule.ruleSet(), codesOf(action), action.route(),
                        action.kind(), action.urgency(), action.text(), action.mustPrecede(), action.needsOneOf(),
                        action.roles(), action.evidence(),
                        action.when() == Condition.ALWAYS ? null : action.when().description()));
            }
        }
        return steps;
    }

    /** One step of a procedure template, as the school's procedure editor shows it. */
    public record Step(String ruleId, String ruleTitle, String ruleSet, List<ActionCode> codes, String route,
            ActionKind kind, String urgency, String text, Set<ActionCode> before, Set<ActionCode> needsOneOf,
            Set<org.tutela.school.Role> roles, List<String> evidence, String onlyWhen) {

        /** Added by the school itself, so the school may take it away again. */
        public boolean schoolsOwn() {
            return ruleSet.startsWith(SCHOOL_LAYER);
        }

        public boolean mandatory() {
            return kind == ActionKind.MANDATORY;
        }
    }

    /** One rule as a DSL reads it on the procedures page. */
    public record RuleSummary(String id, String title, String reference, String ruleSet, String when,
            List<String> then, boolean mandatory) {
    }

    private String describe(Rule.ActionTemplate template) {
        var codes = codesOf(template).stream().map(Enum::name).toList();
        return template.kind().label() + ": " + String.join(" or ", codes)
                + (template.urgency() == null ? "" : " (" + template.urgency().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                + (template.when() == Condition.ALWAYS ? "" : " when " + template.when().description());
    }

    private List<ActionCode> codesOf(Rule.ActionTemplate template) {
        return template.code() != null ? List.of(template.code()) : routes.get(template.route()).chosen();
    }

    private java.time.Instant dueAt(String urgencyName, CaseFacts facts) {
        if (urgencyName == null) {
            return null;
        }
        var within = urgency.get(urgencyName);
        return within == null ? null : facts.reportedAt().plus(within);
    }

    private static final class Merging {
        private final ActionCode code;
        private ActionKind kind = ActionKind.ADVISORY;
        private java.time.Instant due;
        private String text;
        private final List<Because> because = new ArrayList<>();
        private final Set<ActionCode> mustPrecede = EnumSet.noneOf(ActionCode.class);
        private final Set<ActionCode> needsOneOf = EnumSet.noneOf(ActionCode.class);
        private Set<org.tutela.school.Role> roles = Set.of();
        private final java.util.LinkedHashSet<String> evidence = new java.util.LinkedHashSet<>();

        Merging(ActionCode code) {
            this.code = code;
        }

        void add(Rule.ActionTemplate template, java.time.Instant dueAt, Because reason) {
            kind = because.isEmpty() ? template.kind() : kind.strongest(template.kind());
            if (text == null && template.text() != null) {
                text = template.text();
            }
            if (dueAt != null && (due == null || dueAt.isBefore(due))) {
                due = dueAt;
            }
            if (because.stream().noneMatch(b -> b.ruleId().equals(reason.ruleId()))) {
                because.add(reason);
            }
            mustPrecede.addAll(template.mustPrecede());
            needsOneOf.addAll(template.needsOneOf());
            roles = narrowed(roles, template.roles());
            evidence.addAll(template.evidence());
        }

        /**
         * Several rules restricting who completes a step: only the roles they all allow. Should they allow none in
         * common, the earlier restriction stands (base before area before school), so a step is never left without
         * anyone who may complete it.
         */
        private static Set<org.tutela.school.Role> narrowed(Set<org.tutela.school.Role> sofar,
                Set<org.tutela.school.Role> more) {
            if (sofar.isEmpty()) {
                return more;
            }
            if (more.isEmpty()) {
                return sofar;
            }
            var both = new java.util.HashSet<>(sofar);
            both.retainAll(more);
            return both.isEmpty() ? sofar : Set.copyOf(both);
        }

        RequiredAction action() {
            return new RequiredAction(code, kind, due, text == null ? code.meaning() : text, because, mustPrecede,
                    needsOneOf, roles, List.copyOf(evidence));
        }
    }

    static String areaFileName(String localAuthority) {
        if (localAuthority == null) {
            return "";
        }
        return localAuthority.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static boolean resourceExists(String name) {
        return EscalationRules.class.getResource(path(name)) != null;
    }

    private static String resource(String name) {
        try (InputStream in = EscalationRules.class.getResourceAsStream(path(name))) {
            if (in == null) {
                throw new RuleSetInvalid("no rules file " + path(name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String name) {
        return "/procedure/rules/" + name + ".yaml";
    }
}
