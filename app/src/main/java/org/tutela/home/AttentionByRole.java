package org.tutela.home;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tutela.school.Role;

import static java.util.Map.entry;

/** What each role is asked to look at first. A person holding several roles sees every part once. */
final class AttentionByRole {

    private static final Attention CONCERNS_WAITING = new Attention("Concerns waiting for you",
            "No concerns are waiting. New concerns appear here the moment they are reported.");
    private static final Attention ACTIONS_DUE = new Attention("Required actions due",
            "No required actions are due.");
    private static final Attention ALLEGATIONS = new Attention("Allegations about staff",
            "No allegations about staff are open.");
    private static final Attention FILTER_APPROVALS = new Attention("Filtering changes waiting for approval",
            "No filtering changes are waiting for approval.");
    private static final Attention FILTERING_BREACHES = new Attention("Filtering breaches",
            "No attempts to reach illegal content in the last 7 days.");
    private static final Attention EXCEPTION_REVIEWS = new Attention("Filtering exceptions to review",
            "No filtering exceptions for individual learners are due for review.");
    private static final Attention UNBLOCK_REQUESTS = new Attention("Requests to unblock a site",
            "No requests to unblock a site are waiting.");
    private static final Attention TECHNICAL_TASKS = new Attention("Technical tasks",
            "No technical tasks are assigned to you.");
    private static final Attention ASSIGNED_STEPS = new Attention("Steps assigned to you",
            "No steps are assigned to you.");
    private static final Attention MY_REPORTS = new Attention("My reports",
            "You have not reported any concerns.");
    private static final Attention PHONES = new Attention("Phones handed in today",
            "No phones have been handed in today.");
    private static final Attention GOVERNOR_REPORTS = new Attention("Reports for governors",
            "No reports have been shared with governors yet.");
    private static final Attention ESCALATED = new Attention("Cases escalated to the trust",
            "No cases have been escalated to the trust.");
    private static final Attention TRUST_TECHNICAL = new Attention("Technical breaches across the trust",
            "No technical breaches have been reported.");
    private static final Attention COMPLIANCE = new Attention("Compliance",
            "Nothing on the compliance dashboard is red or amber.");
    private static final Attention CHILD_NOTIFICATIONS = new Attention("Notifications about your child",
            "There are no notifications.");

    private static final Map<Role, List<Attention>> PARTS = Map.ofEntries(
            entry(Role.DSL, List.of(CONCERNS_WAITING, ACTIONS_DUE, ALLEGATIONS, FILTERING_BREACHES, COMPLIANCE)),
            entry(Role.DEPUTY_DSL, List.of(CONCERNS_WAITING, ACTIONS_DUE)),
            entry(Role.HEADTEACHER, List.of(ALLEGATIONS, FILTER_APPROVALS, COMPLIANCE)),
            entry(Role.ONLINE_SAFETY_LEAD, List.of(FILTERING_BREACHES, UNBLOCK_REQUESTS, EXCEPTION_REVIEWS, COMPLIANCE)),
            entry(Role.LEADERSHIP, List.of(ASSIGNED_STEPS, FILTER_APPROVALS)),
            entry(Role.TECHNICAL_STAFF, List.of(TECHNICAL_TASKS, FILTERING_BREACHES, UNBLOCK_REQUESTS)),
            entry(Role.CLASS_STAFF, List.of(MY_REPORTS)),
            entry(Role.OFFICE_STAFF, List.of(PHONES, MY_REPORTS)),
            entry(Role.SCHOOL_ADMINISTRATOR, List.of(MY_REPORTS)),
            entry(Role.GOVERNOR, List.of(GOVERNOR_REPORTS)),
            entry(Role.CHAIR_OF_GOVERNORS, List.of(GOVERNOR_REPORTS, ALLEGATIONS)),
            entry(Role.TRUST_SAFEGUARDING_OFFICER, List.of(ESCALATED)),
            entry(Role.TRUST_TECHNOLOGY, List.of(TRUST_TECHNICAL)),
            entry(Role.PARENT_CARER, List.of(CHILD_NOTIFICATIONS)),
            entry(Role.LEARNER, List.of(MY_REPORTS)),
            entry(Role.VISITOR, List.of(MY_REPORTS)));

    private AttentionByRole() {
    }

    static List<Attention> forRoles(Set<Role> roles) {
        var parts = new LinkedHashSet<Attention>();
        // In the order of Role, so the safeguarding parts come first.
        for (var role : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles)) {
            parts.addAll(PARTS.getOrDefault(role, List.of()));
        }
        return new ArrayList<>(parts);
    }
}
