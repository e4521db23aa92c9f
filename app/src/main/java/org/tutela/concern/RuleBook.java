package org.tutela.concern;

import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tutela.procedure.EscalationRules;
import org.tutela.school.School;

/** The escalation rules each school works under: its local area's layer over the national base. */
@Component
public class RuleBook {

    private final ConcurrentHashMap<String, EscalationRules> byArea = new ConcurrentHashMap<>();

    public EscalationRules forSchool(School school) {
        return byArea.computeIfAbsent(school.localAuthority() == null ? "" : school.localAuthority(),
                EscalationRules::forArea);
    }
}
