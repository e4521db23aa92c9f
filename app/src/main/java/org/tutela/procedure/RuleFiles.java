package org.tutela.procedure;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.tutela.school.Role;
import org.tutela.school.access.RecordClass;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads rules files (YAML) into rules, refusing anything unknown or weakening with a message that names the file,
 * the rule and the field. The format is described in {@code docs/procedures.md}.
 */
final class RuleFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A choice the seeds leave to the local area or school: the codes it may resolve to, and the one chosen. */
    record Route(String name, Set<ActionCode> options, List<ActionCode> chosen, String chosenBy) {
        Route {
            options = Set.copyOf(options);
            chosen = List.copyOf(chosen);
        }
    }

    private RuleFiles() {
    }

    static EscalationRules parseBase(String text, String name) {
        var root = read(text, name);
        expectOnly(root, name, "rule_set", "version", "urgency", "routes", "rules");
        var version = required(root, "version", name).asString();
        var urgency = new LinkedHashMap<String, Duration>();
        var urgencyNode = root.get("urgency");
        if (urgencyNode != null) {
            for (var entry : urgencyNode.properties()) {
                urgency.put(entry.getKey(), duration(entry.getValue().asString(), name + " urgency " + entry.getKey()));
            }
        }
        var routes = new LinkedHashMap<String, Route>();
        var routesNode = root.get("routes");
        if (routesNode != null) {
            for (var entry : routesNode.properties()) {
                var where = name + " route " + entry.getKey();
                expectOnly(entry.getValue(), where, "options", "default", "means");
                var options = EnumSet.copyOf(codes(required(entry.getValue(), "options", where), where));
                var chosen = codes(required(entry.getValue(), "default", where), where);
                if (!options.containsAll(chosen)) {
                    throw new RuleSetInvalid(where + ": the default must be among its options " + options);
                }
                routes.put(entry.getKey(), new Route(entry.getKey(), options, chosen, name));
            }
        }
        var label = name + " " + version;
        var rules = rules(root.get("rules"), name, urgency.keySet(), routes.keySet(), new HashSet<>());
        return new EscalationRules(List.of(label), rules, routes, urgency);
    }

    /** Another layer on top: it may choose routes among their options and add rules with new ids, nothing else. */
    static EscalationRules layer(EscalationRules below, String text, String name) {
        var root = read(text, name);
        expectOnly(root, name, "rule_set", "extends", "version", "routes", "rules");
        var version = required(root, "version", name).asString();
        var routes = new LinkedHashMap<>(below.routeTable());
        var routesNode = root.get("routes");
        if (routesNode != null) {
            for (var entry : routesNode.properties()) {
                var where = name + " route " + entry.getKey();
                var existing = routes.get(entry.getKey());
                if (existing == null) {
                    throw new RuleSetInvalid(where + ": there is no such route; the routes are " + routes.keySet());
                }
                var chosen = codes(entry.getValue(), where);
                if (chosen.isEmpty() || !existing.options().containsAll(chosen)) {
                    throw new RuleSetInvalid(where + ": choose one or more of " + existing.options());
                }
                routes.put(entry.getKey(), new Route(existing.name(), existing.options(), chosen, name));
            }
        }
        var ids = new HashSet<String>();
        below.rules().forEach(r -> ids.add(r.id()));
        var added = rules(root.get("rules"), name, below.urgencyTable().keySet(), routes.keySet(), ids);
        var all = new ArrayList<>(below.rules());
        all.addAll(added);
        var layers = new ArrayList<>(below.layers());
        layers.add(name + " " + version);
        return new EscalationRules(layers, all, routes, below.urgencyTable());
    }

    private static List<Rule> rules(JsonNode node, String file, Set<String> urgencies, Set<String> routes,
            Set<String> takenIds) {
        var rules = new ArrayList<Rule>();
        if (node == null) {
            return rules;
        }
        if (!node.isArray()) {
            throw new RuleSetInvalid(file + ": 'rules' must be a list");
        }
        for (var ruleNode : node) {
            var id = required(ruleNode, "id", file + " rule").asString().trim();
            var where = file + " rule " + id;
            if (!takenIds.add(id)) {
                throw new RuleSetInvalid(where + ": a rule with this id already exists; a layer may add rules but"
                        + " never replace or weaken one");
            }
            expectOnly(ruleNode, where, "id", "title", "ref", "when", "then", "record_class", "banner");
            var title = required(ruleNode, "title", where).asString();
            var ref = ruleNode.has("ref") ? ruleNode.get("ref").asString() : "";
            var when = ruleNode.has("when") ? condition(ruleNode.get("when"), where) : Condition.ALWAYS;
            var then = new ArrayList<Rule.ActionTemplate>();
            var thenNode = ruleNode.get("then");
            if (thenNode != null) {
                for (var actionNode : thenNode) {
                    then.add(action(actionNode, where, urgencies, routes));
                }
            }
            var recordClass = ruleNode.has("record_class")
                    ? enumOf(RecordClass.class, ruleNode.get("record_class").asString(), where + " record_class")
                    : null;
            if (recordClass != null && recordClass.ordinal() > RecordClass.R3.ordinal()) {
                throw new RuleSetInvalid(where + ": a case is R1, R2 or R3");
            }
            var banner = ruleNode.has("banner") ? ruleNode.get("banner").asString() : null;
            if (then.isEmpty() && recordClass == null && banner == null) {
                throw new RuleSetInvalid(where + ": the rule does nothing; give it 'then', 'record_class' or 'banner'");
            }
            rules.add(new Rule(id, title, ref, file, when, then, recordClass, banner));
        }
        return rules;
    }

    private static Rule.ActionTemplate action(JsonNode node, String where, Set<String> urgencies, Set<String> routes) {
        expectOnly(node, where + " action", "code", "route", "kind", "urgency", "text", "before", "needs_one_of",
                "when", "roles", "evidence");
        ActionCode code = node.has("code") ? enumOf(ActionCode.class, node.get("code").asString(), where + " code") : null;
        String route = node.has("route") ? node.get("route").asString() : null;
        if ((code == null) == (route == null)) {
            throw new RuleSetInvalid(where + ": each action has either a 'code' or a 'route'");
        }
        if (route != null && !routes.contains(route)) {
            throw new RuleSetInvalid(where + ": no route called " + route + "; the routes are " + routes);
        }
        var kind = enumOf(ActionKind.class, required(node, "kind", where + " action").asString(), where + " kind");
        var urgency = node.has("urgency") ? node.get("urgency").asString() : null;
        if (urgency != null && !urgencies.contains(urgency)) {
            throw new RuleSetInvalid(where + ": no urgency called " + urgency + "; they are " + urgencies);
        }
        var text = node.has("text") ? node.get("text").asString() : null;
        var before = codeSet(node.get("before"), where);
        var needs = codeSet(node.get("needs_one_of"), where);
        var when = node.has("when") ? condition(node.get("when"), where + " action") : Condition.ALWAYS;
        var roles = node.has("roles") ? enums(Role.class, node.get("roles"), where + " roles") : Set.<Role>of();
        var evidence = node.has("evidence") ? evidence(node.get("evidence"), where + " evidence") : List.<String>of();
        return new Rule.ActionTemplate(code, route, kind, urgency, text, before, needs, when, roles, evidence);
    }

    /** The fields to fill in when the step is completed: a few short labels, each once. */
    private static List<String> evidence(JsonNode node, String where) {
        var fields = list(node, where, String::trim);
        if (fields.size() > 6) {
            throw new RuleSetInvalid(where + ": at most 6 evidence fields");
        }
        for (var field : fields) {
            if (field.isEmpty() || field.length() > 80) {
                throw new RuleSetInvalid(where + ": each evidence field is a label of 1 to 80 characters");
            }
        }
        if (new HashSet<>(fields).size() != fields.size()) {
            throw new RuleSetInvalid(where + ": an evidence field is named twice");
        }
        return fields;
    }

    private static Condition condition(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new RuleSetInvalid(where + ": 'when' must be a set of conditions");
        }
        var parts = new ArrayList<Condition>();
        for (var entry : node.properties()) {
            var key = entry.getKey();
            var value = entry.getValue();
            var at = where + " when." + key;
            parts.add(switch (key) {
                case "kind" -> Condition.kindIn(enums(ConcernKind.class, value, at));
                case "facts" -> Condition.allFacts(enums(Fact.class, value, at));
                case "any_fact" -> Condition.anyFact(enums(Fact.class, value, at));
                case "no_fact" -> Condition.noFact(enums(Fact.class, value, at));
                case "anyone_under" -> {
                    if (!value.isInt() || value.asInt() < 1 || value.asInt() > 25) {
                        throw new RuleSetInvalid(at + ": an age between 1 and 25");
                    }
                    yield Condition.anyoneUnder(value.asInt());
                }
                case "adult_involved" -> Condition.adultInvolved(bool(value, at));
                case "learner_involved" -> Condition.learnerInvolved(bool(value, at));
                case "child_protection_by_default" -> Condition.childProtectionByDefault(bool(value, at));
                case "subject" -> Condition.subjectIs(enums(Party.Kind.class, value, at));
                case "subject_holds" -> Condition.subjectHolds(Set.copyOf(list(value, at, v -> v.trim().toUpperCase(Locale.ROOT))));
                case "any" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        throw new RuleSetInvalid(at + ": a list of alternative conditions");
                    }
                    var alternatives = new ArrayList<Condition>();
                    for (var alternative : value) {
                        alternatives.add(condition(alternative, at));
                    }
                    yield Condition.anyOf(alternatives);
                }
                case "not" -> Condition.not(condition(value, at));
                default -> throw new RuleSetInvalid(at + ": unknown condition; use kind, facts, any_fact, no_fact,"
                        + " anyone_under, adult_involved, learner_involved, child_protection_by_default, subject,"
                        + " subject_holds, any or not");
            });
        }
        return Condition.allOf(parts);
    }

    private static JsonNode read(String text, String name) {
        try {
            var root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                throw new RuleSetInvalid(name + ": a rules file is a YAML map with 'version' and 'rules'");
            }
            return root;
        } catch (JacksonException e) {
            throw new RuleSetInvalid(name + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    private static void expectOnly(JsonNode node, String where, String... allowed) {
        if (!node.isObject()) {
            throw new RuleSetInvalid(where + ": expected a map with " + List.of(allowed));
        }
        var known = Set.of(allowed);
        for (var name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new RuleSetInvalid(where + ": unknown field '" + name + "'; the fields are " + List.of(allowed));
            }
        }
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        var value = node.get(field);
        if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
            throw new RuleSetInvalid(where + ": '" + field + "' is required");
        }
        return value;
    }

    private static boolean bool(JsonNode value, String where) {
        if (!value.isBoolean()) {
            throw new RuleSetInvalid(where + ": true or false");
        }
        return value.asBoolean();
    }

    private static <T> List<T> list(JsonNode value, String where, Function<String, T> each) {
        var items = new ArrayList<T>();
        if (value.isArray()) {
            for (var item : value) {
                items.add(each.apply(item.asString()));
            }
        } else if (value.isString()) {
            items.add(each.apply(value.asString()));
        } else {
            throw new RuleSetInvalid(where + ": a value or a list of values");
        }
        if (items.isEmpty()) {
            throw new RuleSetInvalid(where + ": at least one value");
        }
        return items;
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, JsonNode value, String where) {
        var set = EnumSet.noneOf(type);
        set.addAll(list(value, where, v -> enumOf(type, v, where)));
        return set;
    }

    private static List<ActionCode> codes(JsonNode value, String where) {
        return list(value, where, v -> enumOf(ActionCode.class, v, where));
    }

    private static Set<ActionCode> codeSet(JsonNode value, String where) {
        var set = EnumSet.noneOf(ActionCode.class);
        if (value != null && !(value.isArray() && value.isEmpty())) {
            set.addAll(codes(value, where));
        }
        return set;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var names = EnumSet.allOf(type).stream().map(Enum::name).toList();
            throw new RuleSetInvalid(where + ": '" + value + "' is not one of " + names);
        }
    }

    private static Duration duration(String text, String where) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleSetInvalid(where + ": '" + text + "' is not an ISO-8601 duration such as PT1H or P1D");
        }
    }
}
