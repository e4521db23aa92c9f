package org.tutela.concern;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The policies a school may apply to a parent's or carer's conduct (PROC-PAR-02), set with
 * {@code tutela.concerns.parent-conduct.policies}.
 */
@ConfigurationProperties("tutela.concerns.parent-conduct")
record ParentConductPolicies(@DefaultValue({"Child protection", "Anti-bullying", "Complaints",
        "Allegations against staff", "Home-school agreement", "Acceptable use policy", "Behaviour"})
        List<String> policies) {
}
