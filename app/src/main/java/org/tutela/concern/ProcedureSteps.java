package org.tutela.concern;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ActionKind;
import org.tutela.procedure.ConcernKind;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.School;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The school's procedure editor (PROC-GEN-01): adds a step to one kind's procedure template, or takes away a step the
 * school added, by writing a rule into the school's own layer of rules. The layer is checked and versioned like any
 * change made in YAML, so a step can never replace or weaken one of the national or local procedure's steps, and those
 * cannot be taken away here at all.
 */
@Component
public class ProcedureSteps {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A step the school adds: what, how binding, by when, who may complete it, what it records, what waits for it. */
    public record NewStep(ActionCode code, ActionKind kind, String urgency, String text, Set<Role> roles,
            List<String> evidence, Set<ActionCode> before) {

        public NewStep {
            if (code == null) {
                throw new ConcernRefused("Choose what the step is");
            }
            if (kind == null) {
                throw new ConcernRefused("Say whether the step is mandatory, a decision or advice");
            }
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            evidence = evidence == null ? List.of()
                    : evidence.stream().map(String::trim).filter(f -> !f.isEmpty()).distinct().toList();
            before = before == null ? Set.of() : Set.copyOf(before);
            if (before.contains(code)) {
                throw new ConcernRefused("A step cannot have to come before itself");
            }
        }
    }

    private final RuleBook rules;
    private final java.time.Clock clock;

    ProcedureSteps(RuleBook rules, java.time.Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** Adds the step as a rule of the school's own layer, e.g. {@code S-SEXTING-2}; returns the rule's id. */
    @Transactional
    public String add(School school, ConcernKind kind, NewStep step, String reason, PersonId by) {
        var layer = layer(school);
        var node = layer.node();
        var rulesNode = node.has("rules") && node.get("rules").isArray() ? (ArrayNode) node.get("rules")
                : node.putArray("rules");
        var id = nextId(rulesNode, kind);
        var rule = rulesNode.addObject();
        rule.put("id", id);
        rule.put("title", "Added to the " + kind.label().toLowerCase(Locale.ROOT) + " procedure: "
                + (blank(step.text()) ? step.code().meaning() : step.text().trim()));
        rule.put("ref", "The school's procedure editor");
        rule.putObject("when").put("kind", kind.name());
        var action = rule.putArray("then").addObject();
        action.put("code", step.code().name());
        action.put("kind", step.kind().name());
        if (!blank(step.urgency())) {
            action.put("urgency", step.urgency().trim());
        }
        if (!blank(step.text())) {
            action.put("text", step.text().trim());
        }
        if (!step.before().isEmpty()) {
            var before = action.putArray("before");
            step.before().stream().map(Enum::name).sorted().forEach(before::add);
        }
        if (!step.roles().isEmpty()) {
            var roles = action.putArray("roles");
            step.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        }
        if (!step.evidence().isEmpty()) {
            var evidence = action.putArray("evidence");
            step.evidence().forEach(evidence::add);
        }
        save(school, layer, reason, by);
        return id;
    }

    /** Takes away a step the school added; the national and local procedures' steps are refused. */
    @Transactional
    public void remove(School school, String ruleId, String reason, PersonId by) {
        var layer = layer(school);
        var rulesNode = layer.node().get("rules");
        if (rulesNode != null && rulesNode.isArray()) {
            for (int i = 0; i < rulesNode.size(); i++) {
                if (ruleId.equals(rulesNode.get(i).path("id").asString(""))) {
                    ((ArrayNode) rulesNode).remove(i);
                    save(school, layer, reason, by);
                    return;
                }
            }
        }
        throw new ConcernRefused("Only a step the school added can be taken away: " + ruleId
                + " is part of the national or local procedure");
    }

    /** The school's layer as it stands, with the version it was read at (0 when it has none yet). */
    private record Layer(ObjectNode node, int version) {
    }

    private Layer layer(School school) {
        var current = rules.additions(school.id());
        var version = current.map(RuleBook.Additions::version).orElse(0);
        var yaml = current.map(RuleBook.Additions::yaml).orElse("");
        if (yaml.isBlank()) {
            return new Layer(YAML.createObjectNode(), version);
        }
        try {
            var node = YAML.readTree(yaml);
            if (!(node instanceof ObjectNode object)) {
                throw new ConcernRefused("The school's rules are not a set of rules; correct them on the procedures page");
            }
            return new Layer(object, version);
        } catch (JacksonException e) {
            throw new ConcernRefused("The school's rules cannot be read; correct them on the procedures page");
        }
    }

    private void save(School school, Layer layer, String reason, PersonId by) {
        layer.node().put("version", LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))) + "."
                + (layer.version() + 1));
        rules.saveAdditions(school, YAML.writeValueAsString(layer.node()), reason, by, layer.version());
    }

    private static String nextId(JsonNode rulesNode, ConcernKind kind) {
        var prefix = "S-" + kind.name() + "-";
        var highest = 0;
        for (var rule : rulesNode) {
            var id = rule.path("id").asString("");
            if (id.startsWith(prefix)) {
                try {
                    highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // The school's own id in another style: not one of ours to count.
                }
            }
        }
        return prefix + (highest + 1);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
