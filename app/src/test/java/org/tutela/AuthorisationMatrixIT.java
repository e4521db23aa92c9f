package org.tutela;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tutela.audit.AuditEntry;
import org.tutela.filtering.BlockPageRequest;
import org.tutela.filtering.BlockPageRequests;
import org.tutela.filtering.BlockedSite;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.RecommendedPolicy;
import org.tutela.identity.TestSchools;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonDetails;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.RoleAssignment;
import org.tutela.school.School;
import org.tutela.school.Trust;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.tutela.AuthorisationMatrixIT.Scope.OTHER_SCHOOL_SAME_TRUST;
import static org.tutela.AuthorisationMatrixIT.Scope.OTHER_TRUST;
import static org.tutela.AuthorisationMatrixIT.Scope.OWN_RECORD;
import static org.tutela.AuthorisationMatrixIT.Scope.SAME_SCHOOL;
import static org.tutela.school.Role.*;

/**
 * Who may reach which page. Every endpoint Spring knows of must be in {@link #MATRIX}, and is tried by a person
 * holding each role, on their own record, at their own school, at another school of their trust and at a school of
 * another trust. The matrix is written out by hand, apart from the code that grants access, so that the two have to
 * agree.
 */
@TutelaTest
@Import(TestSchools.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

    /** Where the record or school a request names lies, seen from the person asking. */
    enum Scope {
        /** The viewer's own record, at the viewer's school (school A for trust staff, who have none). */
        OWN_RECORD,
        /** A member of staff of the viewer's school. */
        SAME_SCHOOL,
        /** A member of staff of another school of the viewer's trust. */
        OTHER_SCHOOL_SAME_TRUST,
        /** A member of staff of a school of another trust. */
        OTHER_TRUST
    }

    /**
     * What one endpoint allows: the roles that may use it and, for pages of a school, the scopes in which they may.
     * Unscoped endpoints (no school or person in the path) are tried once per role.
     */
    record Access(Set<Role> roles, Set<Scope> scopes, boolean ownRecordForEveryRole, boolean partOfSigningIn) {

        static Access everyRole() {
            return new Access(EVERY_ROLE, null, false, false);
        }

        static Access only(Role... roles) {
            return new Access(EnumSet.copyOf(List.of(roles)), null, false, false);
        }

        static Access atTheirOwnSchool(Set<Role> roles) {
            return new Access(roles, EnumSet.of(OWN_RECORD, SAME_SCHOOL), false, false);
        }

        /** Part of signing in, tried in {@code SignInIT}; here only that a signed-in person is not turned away. */
        static Access signInFlow() {
            return new Access(EVERY_ROLE, null, false, true);
        }

        Access orTheirOwnRecordForEveryRole() {
            return new Access(roles, scopes, true, partOfSigningIn);
        }

        boolean scoped() {
            return scopes != null;
        }
    }

    /**
     * Every role the matrix has been thought through for, written out. A role added to {@link Role} but not here
     * fails {@link #everyRoleIsInTheMatrix()}: decide what it may do, then add it.
     */
    static final Set<Role> EVERY_ROLE = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP,
            SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS,
            PARENT_CARER, LEARNER, VISITOR, TRUST_SAFEGUARDING_OFFICER, TRUST_TECHNOLOGY);

    /** Those who read a school's register of staff and learners. */
    static final Set<Role> REGISTER_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, OFFICE_STAFF);

    /** Those who keep the register: add, change and deactivate people, and give staff their sign-in. */
    static final Set<Role> REGISTER_KEEPERS = EnumSet.of(HEADTEACHER, SCHOOL_ADMINISTRATOR);

    /** Those who see a school's filtering policy, its proposals and its history. */
    static final Set<Role> FILTERING_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP,
            TECHNICAL_STAFF);

    /** Those with the educational or technical expertise to propose a filtering change and assess its risk. */
    static final Set<Role> FILTERING_PROPOSERS = EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);

    /** Leadership roles, who approve or refuse someone else's filtering change. */
    static final Set<Role> FILTERING_APPROVERS = EnumSet.of(HEADTEACHER, LEADERSHIP);

    /** Those who record that a class has been taught safe searching (FILT-06). */
    static final Set<Role> SAFE_SEARCHING_RECORDERS = EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, CLASS_STAFF);

    /** Those who see and run the filtering effectiveness checks and choose their test sites (FILT-13). */
    static final Set<Role> FILTERING_CHECKERS = EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);

    /** Those who see filtering reports in aggregate. */
    static final Set<Role> FILTERING_REPORT_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, TECHNICAL_STAFF);

    /** Those who may search one device's or person's filtering history; the headteacher sees the summary only. */
    static final Set<Role> FILTERING_LOG_SEARCHERS = EnumSet.of(DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP,
            TECHNICAL_STAFF);

    /** Those who see the block page's queues: unblock requests (OSL, technical staff) and worries (DSL, deputies). */
    static final Set<Role> BLOCK_PAGE_QUEUE_READERS = EnumSet.of(DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);

    /** Those who decide whether a blocked site is opened for a while. */
    static final Set<Role> UNBLOCK_DECIDERS = EnumSet.of(ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);

    /** Those who may read a child's worry sent from the block page. */
    static final Set<Role> WORRY_READERS = EnumSet.of(DSL, DEPUTY_DSL);

    /** Everyone who works for or on behalf of a school records concerns on the staff form (INC-01). */
    static final Set<Role> CONCERN_RAISERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP,
            SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS);

    /** Those who see the school's queue of concerns; each case in it still follows need-to-know. */
    static final Set<Role> CONCERN_QUEUE_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD);

    /** Who may open the R1 case the matrix uses: the DSL and deputies, and the headteacher's oversight summary. */
    static final Set<Role> R1_CASE_READERS = EnumSet.of(DSL, DEPUTY_DSL, HEADTEACHER);

    /** Who may work an R1 case: the DSL and deputies (F in the access matrix). */
    static final Set<Role> R1_CASE_WORKERS = EnumSet.of(DSL, DEPUTY_DSL);

    /** Who may read an R1 case in full, its required actions included: not the headteacher's summary. */
    static final Set<Role> R1_CASE_FULL_READERS = EnumSet.of(DSL, DEPUTY_DSL);
    /** Who keeps a learner's child-protection file: reads their chronology, exports it and records its transfer. */
    static final Set<Role> CHILD_PROTECTION_FILE_KEEPERS = EnumSet.of(DSL, DEPUTY_DSL);

    /** Those who oversee staff training and read the guidance library (R6: F or R). */
    static final Set<Role> TRAINING_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP);

    /** Those who record staff training, set how long it lasts and keep the guidance library (R6: F). */
    static final Set<Role> TRAINING_RECORDERS = EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD);

    /** Staff and governors, who see their own training and acknowledge the guidance they have read (R6: own). */
    static final Set<Role> OWN_TRAINING_KEEPERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS);

    /** Those who read the risk-assessment register (R7), and those who keep it (R7: F). */
    static final Set<Role> RISK_ASSESSMENT_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, GOVERNOR, CHAIR_OF_GOVERNORS);
    static final Set<Role> RISK_ASSESSMENT_KEEPERS = EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD, LEADERSHIP);

    /** Those who see online-safety curriculum coverage, and those who record lessons (TRN-09). */
    static final Set<Role> CURRICULUM_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, CLASS_STAFF);
    static final Set<Role> LESSON_RECORDERS = EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD, CLASS_STAFF);
    /** Those who read the technical register: leadership, safeguarding leads and technical staff (R5). */
    static final Set<Role> TECHNICAL_CONTROL_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, TECHNICAL_STAFF);
    /** Those who keep the technical register. */
    static final Set<Role> TECHNICAL_CONTROL_KEEPERS = EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);
    /** Those who read the compliance dashboard, the policy and the website checks (R7 readers among staff). */
    static final Set<Role> COMPLIANCE_READERS = EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD,
            LEADERSHIP, TECHNICAL_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS);
    /** Those who choose the website pages to check and run the check: the website's editor and its keepers. */
    static final Set<Role> WEBSITE_CHECKERS = EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF);

    static final Map<String, Access> MATRIX = Map.ofEntries(
            // Training, the guidance library, risk assessments and the curriculum (register module).
            entry("GET /schools/{school}/training", Access.atTheirOwnSchool(TRAINING_READERS)),
            entry("GET /schools/{school}/training/sessions/new", Access.atTheirOwnSchool(TRAINING_RECORDERS)),
            entry("POST /schools/{school}/training/sessions", Access.atTheirOwnSchool(TRAINING_RECORDERS)),
            entry("POST /schools/{school}/training/renewals", Access.atTheirOwnSchool(TRAINING_RECORDERS)),
            entry("GET /schools/{school}/training/mine", Access.atTheirOwnSchool(OWN_TRAINING_KEEPERS)),
            entry("POST /schools/{school}/training/mine/acknowledgements",
                    Access.atTheirOwnSchool(OWN_TRAINING_KEEPERS)),
            entry("GET /schools/{school}/guidance", Access.atTheirOwnSchool(TRAINING_READERS)),
            entry("POST /schools/{school}/guidance", Access.atTheirOwnSchool(TRAINING_RECORDERS)),
            entry("POST /schools/{school}/guidance/roles", Access.atTheirOwnSchool(TRAINING_RECORDERS)),
            entry("GET /schools/{school}/risk-assessments", Access.atTheirOwnSchool(RISK_ASSESSMENT_READERS)),
            entry("POST /schools/{school}/risk-assessments", Access.atTheirOwnSchool(RISK_ASSESSMENT_KEEPERS)),
            entry("POST /schools/{school}/risk-assessments/{assessment}/approval",
                    Access.atTheirOwnSchool(RISK_ASSESSMENT_KEEPERS)),
            entry("GET /schools/{school}/curriculum", Access.atTheirOwnSchool(CURRICULUM_READERS)),
            entry("POST /schools/{school}/curriculum/lessons", Access.atTheirOwnSchool(LESSON_RECORDERS)),

            // The JSON API, called with a personal access token: the same need-to-know as the case pages.
            entry("POST /api/v1/schools/{school}/concerns", Access.atTheirOwnSchool(CONCERN_RAISERS)),
            entry("GET /api/v1/schools/{school}/concerns/{concern}", Access.atTheirOwnSchool(R1_CASE_READERS)),
            entry("PUT /api/v1/schools/{school}/concerns/{concern}/facts", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("GET /api/v1/schools/{school}/concerns/{concern}/actions",
                    Access.atTheirOwnSchool(R1_CASE_FULL_READERS)),
            entry("POST /api/v1/schools/{school}/concerns/{concern}/actions/{code}/completion",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),

            // Concerns: the staff form, the public reporting page, one's own reports, the queue and the case.
            entry("GET /schools/{school}/concerns/new", Access.atTheirOwnSchool(CONCERN_RAISERS)),
            entry("POST /schools/{school}/concerns", Access.atTheirOwnSchool(CONCERN_RAISERS)),
            entry("GET /concerns/mine", Access.everyRole()),
            // The API's OpenAPI description, for anyone signed in.
            entry("GET /v3/api-docs", Access.everyRole()),
            entry("GET /v3/api-docs.yaml", Access.everyRole()),
            entry("GET /v3/api-docs/swagger-config", Access.everyRole()),
            entry("GET /swagger-ui.html", Access.everyRole()),
            entry("GET /report/{school}", Access.everyRole()),
            entry("POST /report/{school}", Access.everyRole()),
            entry("GET /schools/{school}/concerns", Access.atTheirOwnSchool(CONCERN_QUEUE_READERS)),
            entry("GET /schools/{school}/concerns/{concern}", Access.atTheirOwnSchool(R1_CASE_READERS)),
            entry("POST /schools/{school}/concerns/{concern}/acknowledge", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/assign", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/facts", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/people", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/actions/{code}", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/delete-copies", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/referrals", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/referrals/{referral}/outcome",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/advice", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/device-searches",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/devices", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/devices/{device}/transfer",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/grants", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            // {person} is not involved in the case: an allowed worker is told so on the page (302).
            entry("POST /schools/{school}/concerns/{concern}/people/{person}/vulnerabilities",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/escalate", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/police-hold", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/close", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/debrief", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/evidence", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/copies", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/copies/{copy}", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/viewings", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/statement", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/statement/export",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/sexting-assessment",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/agency-checks", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/agency-checks/done",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/support-plans", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/sanctions", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/offences", Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            // Suspending a learner's school internet access (PROC-BUL-07): only those who may work the case.
            entry("GET /schools/{school}/concerns/{concern}/internet-suspension",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/internet-suspension",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("POST /schools/{school}/concerns/{concern}/internet-suspensions/{suspension}/lift",
                    Access.atTheirOwnSchool(R1_CASE_WORKERS)),
            entry("GET /schools/{school}/procedures",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP))),
            entry("POST /schools/{school}/procedures", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL))),
            entry("GET /schools/{school}/procedures/{kind}",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP))),
            entry("POST /schools/{school}/procedures/{kind}/steps",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL))),
            entry("POST /schools/{school}/procedures/{kind}/steps/{rule}/remove",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL))),
            entry("GET /schools/{school}/contacts",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD))),
            entry("POST /schools/{school}/contacts", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL))),
            entry("GET /schools/{school}/rota",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD))),
            entry("POST /schools/{school}/rota", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL))),
            entry("GET /schools/{school}/calendar",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, SCHOOL_ADMINISTRATOR))),
            entry("POST /schools/{school}/calendar",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, SCHOOL_ADMINISTRATOR))),
            entry("POST /schools/{school}/calendar/{firstDay}/remove",
                    Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, SCHOOL_ADMINISTRATOR))),
            // A learner's chronology and child-protection file; {person} here is a learner of the school.
            entry("GET /schools/{school}/learners/{person}/chronology",
                    Access.atTheirOwnSchool(CHILD_PROTECTION_FILE_KEEPERS)),
            entry("POST /schools/{school}/learners/{person}/chronology/export",
                    Access.atTheirOwnSchool(CHILD_PROTECTION_FILE_KEEPERS)),
            entry("POST /schools/{school}/learners/{person}/chronology/transfers",
                    Access.atTheirOwnSchool(CHILD_PROTECTION_FILE_KEEPERS)),
            entry("POST /schools/{school}/learners/{person}/chronology/transfers/{transfer}/received",
                    Access.atTheirOwnSchool(CHILD_PROTECTION_FILE_KEEPERS)),
            // The device register (R5).
            entry("GET /schools/{school}/devices", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL,
                    ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, OFFICE_STAFF))),
            entry("POST /schools/{school}/devices", Access.atTheirOwnSchool(EnumSet.of(ONLINE_SAFETY_LEAD, TECHNICAL_STAFF))),
            entry("POST /schools/{school}/devices/{device}/assign",
                    Access.atTheirOwnSchool(EnumSet.of(ONLINE_SAFETY_LEAD, TECHNICAL_STAFF))),
            // The technical register (PROC-IIOC-08): kept by technical staff, the OSL and the headteacher.
            entry("GET /schools/{school}/technical-controls", Access.atTheirOwnSchool(TECHNICAL_CONTROL_READERS)),
            entry("POST /schools/{school}/technical-controls", Access.atTheirOwnSchool(TECHNICAL_CONTROL_KEEPERS)),
            entry("GET /schools/{school}/technical-controls/{control}",
                    Access.atTheirOwnSchool(TECHNICAL_CONTROL_KEEPERS)),
            entry("POST /schools/{school}/technical-controls/{control}",
                    Access.atTheirOwnSchool(TECHNICAL_CONTROL_KEEPERS)),
            entry("POST /schools/{school}/technical-controls/{control}/remove",
                    Access.atTheirOwnSchool(TECHNICAL_CONTROL_KEEPERS)),
            // Governance: the compliance dashboard, the online-safety policy and the website checks.
            entry("GET /schools/{school}/compliance", Access.atTheirOwnSchool(COMPLIANCE_READERS)),
            entry("GET /schools/{school}/policy", Access.atTheirOwnSchool(COMPLIANCE_READERS)),
            // R7: the policy in force is read by all staff, governors and parents; never a draft.
            entry("GET /schools/{school}/policy/in-force", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL,
                    DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR, TECHNICAL_STAFF, CLASS_STAFF,
                    OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS, PARENT_CARER))),
            entry("POST /schools/{school}/policy", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER, DSL,
                    ONLINE_SAFETY_LEAD))),
            entry("POST /schools/{school}/policy/activate", Access.atTheirOwnSchool(EnumSet.of(HEADTEACHER))),
            entry("GET /schools/{school}/website", Access.atTheirOwnSchool(COMPLIANCE_READERS)),
            entry("POST /schools/{school}/website/pages", Access.atTheirOwnSchool(WEBSITE_CHECKERS)),
            entry("POST /schools/{school}/website/pages/{page}/remove", Access.atTheirOwnSchool(WEBSITE_CHECKERS)),
            entry("POST /schools/{school}/website/check", Access.atTheirOwnSchool(WEBSITE_CHECKERS)),
            entry("GET /schools/{school}/tasks", Access.atTheirOwnSchool(EnumSet.of(TECHNICAL_STAFF))),
            entry("POST /schools/{school}/tasks/{concern}/{code}", Access.atTheirOwnSchool(EnumSet.of(TECHNICAL_STAFF))),


            entry("GET /", Access.everyRole()),

            // A person's own account: two-step verification and their password.
            entry("GET /account", Access.everyRole()),
            entry("POST /account/password", Access.everyRole()),
            // Personal access tokens for the API: anyone may hold one; what it opens is what they may see.
            entry("POST /account/tokens", Access.everyRole()),
            entry("POST /account/tokens/{token}/revoke", Access.everyRole()),

            entry("GET /sign-in", Access.signInFlow()),
            entry("GET /mfa", Access.signInFlow()),
            entry("POST /mfa", Access.signInFlow()),
            entry("GET /mfa/enrol", Access.signInFlow()),
            entry("POST /mfa/enrol", Access.signInFlow()),

            // Shows the reader's own school's trail, so it has no scope of its own.
            entry("GET /audit", Access.only(HEADTEACHER, DSL)),

            entry("GET /schools/{school}/staff", Access.atTheirOwnSchool(REGISTER_READERS)),
            entry("GET /schools/{school}/learners", Access.atTheirOwnSchool(REGISTER_READERS)),
            entry("GET /schools/{school}/people/{person}",
                    Access.atTheirOwnSchool(REGISTER_READERS).orTheirOwnRecordForEveryRole()),

            entry("GET /schools/{school}/people/new", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("POST /schools/{school}/people", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("GET /schools/{school}/people/{person}/edit", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("POST /schools/{school}/people/{person}", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("POST /schools/{school}/people/{person}/deactivate", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("GET /schools/{school}/people/{person}/account", Access.atTheirOwnSchool(REGISTER_KEEPERS)),
            entry("POST /schools/{school}/people/{person}/account", Access.atTheirOwnSchool(REGISTER_KEEPERS)),

            entry("GET /schools/{school}/filtering", Access.atTheirOwnSchool(FILTERING_READERS)),
            entry("GET /schools/{school}/filtering/versions/{version}", Access.atTheirOwnSchool(FILTERING_READERS)),
            entry("GET /schools/{school}/filtering/proposal", Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("POST /schools/{school}/filtering/proposals", Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("POST /schools/{school}/filtering/versions/{version}/withdraw",
                    Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("POST /schools/{school}/filtering/versions/{version}/approve",
                    Access.atTheirOwnSchool(FILTERING_APPROVERS)),
            entry("POST /schools/{school}/filtering/versions/{version}/reject",
                    Access.atTheirOwnSchool(FILTERING_APPROVERS)),

            entry("GET /schools/{school}/filtering/exceptions/new", Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("POST /schools/{school}/filtering/exceptions", Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("POST /schools/{school}/filtering/exceptions/{exception}/end",
                    Access.atTheirOwnSchool(FILTERING_PROPOSERS)),
            entry("GET /schools/{school}/filtering/safe-searching", Access.atTheirOwnSchool(SAFE_SEARCHING_RECORDERS)),
            entry("POST /schools/{school}/filtering/safe-searching",
                    Access.atTheirOwnSchool(SAFE_SEARCHING_RECORDERS)),
            entry("GET /schools/{school}/filtering/checks", Access.atTheirOwnSchool(FILTERING_CHECKERS)),
            entry("POST /schools/{school}/filtering/checks/run", Access.atTheirOwnSchool(FILTERING_CHECKERS)),
            entry("POST /schools/{school}/filtering/checks/names", Access.atTheirOwnSchool(FILTERING_CHECKERS)),
            entry("POST /schools/{school}/filtering/checks/resolver", Access.atTheirOwnSchool(FILTERING_CHECKERS)),
            entry("POST /schools/{school}/filtering/checks/proxy", Access.atTheirOwnSchool(FILTERING_CHECKERS)),

            entry("GET /schools/{school}/filtering/reports", Access.atTheirOwnSchool(FILTERING_REPORT_READERS)),
            entry("GET /schools/{school}/filtering/reports/history",
                    Access.atTheirOwnSchool(FILTERING_LOG_SEARCHERS)),

            // The block page is public (children are not signed in); signed-in people may use it too.
            entry("GET /blocked", Access.everyRole()),
            entry("POST /blocked/concern", Access.everyRole()),
            entry("POST /blocked/unblock", Access.everyRole()),
            entry("GET /schools/{school}/filtering/requests", Access.atTheirOwnSchool(BLOCK_PAGE_QUEUE_READERS)),
            // {request} is an unblock request, which the DSL and deputies may also read.
            entry("GET /schools/{school}/filtering/requests/{request}",
                    Access.atTheirOwnSchool(BLOCK_PAGE_QUEUE_READERS)),
            entry("POST /schools/{school}/filtering/requests/{request}/allow",
                    Access.atTheirOwnSchool(UNBLOCK_DECIDERS)),
            entry("POST /schools/{school}/filtering/requests/{request}/keep-blocked",
                    Access.atTheirOwnSchool(UNBLOCK_DECIDERS)),
            // Here {request} is a child's worry.
            entry("POST /schools/{school}/filtering/requests/{request}/seen", Access.atTheirOwnSchool(WORRY_READERS)));

    static final String STRONG_PASSWORD = "copper lantern meadow 42";

    /** What a request should get. */
    enum Expected {
        ALLOWED("allowed"),
        REFUSED("403");

        final String shown;

        Expected(String shown) {
            this.shown = shown;
        }
    }

    record Mismatch(String endpoint, Role role, String scope, String expected, String actual) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    People people;
    @Autowired
    FilterPolicies filtering;
    @Autowired
    BlockPageRequests blockPage;

    final Map<org.tutela.school.SchoolId, UUID> unblockRequests = new java.util.HashMap<>();
    final Map<org.tutela.school.SchoolId, UUID> worries = new java.util.HashMap<>();
    /** Per school: an R1 case that is only read, and one that the state-changing requests work on. */
    final Map<org.tutela.school.SchoolId, UUID> readCases = new java.util.HashMap<>();
    final Map<org.tutela.school.SchoolId, UUID> workedCases = new java.util.HashMap<>();
    /** Per school: a learner involved in its read case, whose chronology the matrix asks for. */
    final Map<org.tutela.school.SchoolId, Person> learners = new java.util.HashMap<>();
    @Autowired
    org.tutela.concern.ConcernDesk concernDesk;
    int addresses;
    final Map<org.tutela.school.PersonId, TestSchools.Token> apiTokens = new java.util.HashMap<>();
    @Autowired
    ApplicationContext context;

    Trust trust;
    School schoolA;
    School schoolB;
    School schoolC;
    Map<Scope, Person> targets;
    Map<Role, Person> viewers;

    @BeforeAll
    void aTrustOfTwoSchoolsAnotherTrustAndSomeoneInEveryRole() {
        trust = given.aTrust();
        schoolA = given.aSchoolOf(trust);
        schoolB = given.aSchoolOf(trust);
        schoolC = given.aSchoolOf(given.aTrust());
        targets = Map.of(SAME_SCHOOL, aMemberOfStaffAt(schoolA), OTHER_SCHOOL_SAME_TRUST, aMemberOfStaffAt(schoolB),
                OTHER_TRUST, aMemberOfStaffAt(schoolC));
        for (var school : List.of(schoolA, schoolB, schoolC)) {
            aFilteringPolicyInForceAt(school);
            var site = new BlockedSite("http://casino.example/", "gambling", "ks2-upper", 1);
            unblockRequests.put(school.id(), blockPage.submit(BlockPageRequest.Kind.UNBLOCK, school.id(), site,
                    "for a lesson", null, "127.0.0.1").id());
            worries.put(school.id(), blockPage.submit(BlockPageRequest.Kind.CONCERN, school.id(), site,
                    "someone sent me this", null, "127.0.0.1").id());
            learners.put(school.id(), given.learner(school, java.time.LocalDate.now().minusYears(12),
                    org.tutela.school.YearGroup.YEAR_6));
            readCases.put(school.id(), aSextingCaseAt(school, learners.get(school.id())));
            workedCases.put(school.id(), aSextingCaseAt(school, given.learner(school,
                    java.time.LocalDate.now().minusYears(12), org.tutela.school.YearGroup.YEAR_6)));
        }
        viewers = new TreeMap<>();
        for (var role : Role.values()) {
            viewers.put(role, role.scope() == Role.Scope.TRUST ? given.trustStaff(trust, role)
                    : given.staff(schoolA, role));
        }
    }

    @Test
    void everyEndpointIsInTheMatrix() {
        var discovered = discoveredEndpoints();

        var missing = new TreeSet<>(discovered);
        missing.removeAll(MATRIX.keySet());

        assertThat(discovered).as("endpoints found in Spring's handler mappings").contains("GET /");
        assertThat(missing).as("endpoints with no row in the authorisation matrix: add each, with who may use it")
                .isEmpty();
    }

    @Test
    void theMatrixListsNoEndpointThatNoLongerExists() {
        var gone = new TreeSet<>(MATRIX.keySet());
        gone.removeAll(discoveredEndpoints());

        assertThat(gone).as("rows of the authorisation matrix for endpoints that no longer exist: remove them")
                .isEmpty();
    }

    @Test
    void everyRoleIsInTheMatrix() {
        var unknown = EnumSet.allOf(Role.class);
        unknown.removeAll(EVERY_ROLE);

        assertThat(unknown).as("roles the authorisation matrix has not been thought through for").isEmpty();
    }

    @Test
    void everyRoleInEveryScopeGetsExactlyTheAccessTheMatrixGives() {
        var mismatches = new ArrayList<Mismatch>();
        var checks = 0;
        for (var endpoint : new TreeSet<>(discoveredEndpoints())) {
            var access = MATRIX.get(endpoint);
            if (access == null) {
                mismatches.add(new Mismatch(endpoint, null, "-", "a row in the matrix", "none"));
                continue;
            }
            for (var role : Role.values()) {
                if (!EVERY_ROLE.contains(role)) {
                    mismatches.add(new Mismatch(endpoint, role, "-", "a role the matrix knows", "unknown role"));
                    continue;
                }
                var viewer = viewers.get(role);
                if (access.partOfSigningIn()) {
                    checks += checkSignInFlow(endpoint, role, viewer, mismatches);
                } else if (!access.scoped()) {
                    var expected = access.roles().contains(role) ? Expected.ALLOWED : Expected.REFUSED;
                    check(endpoint, role, "-", expected, request(endpoint, viewer, schoolA, viewer), mismatches);
                    checks++;
                } else {
                    for (var scope : Scope.values()) {
                        var expected = expected(access, role, scope);
                        check(endpoint, role, scope.name(), expected, request(endpoint, scope, viewer), mismatches);
                        checks++;
                    }
                }
            }
        }

        assertThat(checks).isGreaterThan(0);
        assertThat(mismatches).withFailMessage(() -> table(mismatches)).isEmpty();
    }

    @Test
    void aDslReadsOnlyTheirOwnSchoolsAuditTrail() throws Exception {
        var ownTrust = given.aTrust();
        var schoolOne = given.aSchoolOf(ownTrust);
        var schoolTwo = given.aSchoolOf(ownTrust);
        var dslOfOne = given.staff(schoolOne, DSL);
        var dslOfTwo = given.staff(schoolTwo, DSL);
        var addedAtTwo = aMemberOfStaffAt(schoolTwo);
        var entryAtTwo = addedAtTwo.id().value().toString();

        var readAtOne = mvc.perform(get("/audit").with(given.as(dslOfOne))).andReturn();
        var readAtTwo = mvc.perform(get("/audit").with(given.as(dslOfTwo))).andReturn();

        assertThat(readAtOne.getResponse().getStatus()).isEqualTo(200);
        assertThat(readAtOne.getResponse().getContentAsString()).doesNotContain(entryAtTwo);
        assertThat(entries(readAtOne)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.school()).isEqualTo(schoolOne.id().value()));
        assertThat(readAtTwo.getResponse().getStatus()).isEqualTo(200);
        assertThat(readAtTwo.getResponse().getContentAsString()).contains(entryAtTwo);
        assertThat(entries(readAtTwo))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("PERSON_ADDED");
                    assertThat(entry.recordId()).isEqualTo(entryAtTwo);
                })
                .allSatisfy(entry -> assertThat(entry.school()).isEqualTo(schoolTwo.id().value()));
    }

    /** What the matrix says a person in this role gets in this scope. */
    static Expected expected(Access access, Role role, Scope scope) {
        if (scope == OWN_RECORD && access.ownRecordForEveryRole()) {
            // Everyone may read their own record at their school. Trust staff belong to no school, so school A is
            // not theirs and they are refused like anyone else asking about it.
            return role.scope() == Role.Scope.TRUST ? Expected.REFUSED : Expected.ALLOWED;
        }
        return access.roles().contains(role) && access.scopes().contains(scope) ? Expected.ALLOWED : Expected.REFUSED;
    }

    /** The school and person a request names in this scope; state-changing requests get a person of their own. */
    MockHttpServletRequestBuilder request(String endpoint, Scope scope, Person viewer) {
        var school = switch (scope) {
            case OWN_RECORD, SAME_SCHOOL -> schoolA;
            case OTHER_SCHOOL_SAME_TRUST -> schoolB;
            case OTHER_TRUST -> schoolC;
        };
        Person target;
        if (endpoint.contains("/learners/{person}")) {
            // A chronology is of a learner, never of the staff member asking: the school's learner in every scope.
            target = learners.get(school.id());
        } else if (scope == OWN_RECORD) {
            target = viewer;
        } else if (endpoint.startsWith("POST ") && endpoint.contains("{person}")) {
            target = aMemberOfStaffAt(school);
        } else {
            target = targets.get(scope);
        }
        return request(endpoint, viewer, school, target);
    }

    MockHttpServletRequestBuilder request(String endpoint, Person viewer, School school, Person target) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{school}", school.id().value().toString())
                .replace("{version}", "1")
                .replace("{request}", (endpoint.endsWith("/seen") ? worries : unblockRequests).get(school.id()).toString())
                .replace("{concern}", (endpoint.startsWith("GET ") ? readCases : workedCases).get(school.id()).toString())
                .replace("{code}", endpoint.contains("/tasks/") ? "BLOCK_AND_ISOLATE" : "PARENTS")
                .replace("{device}", UUID.randomUUID().toString())
                .replace("{control}", UUID.randomUUID().toString())
                .replace("{page}", UUID.randomUUID().toString())
                .replace("{copy}", UUID.randomUUID().toString())
                .replace("{referral}", UUID.randomUUID().toString())
                .replace("{transfer}", UUID.randomUUID().toString())
                .replace("{exception}", UUID.randomUUID().toString())
                .replace("{kind}", "SEXTING")
                .replace("{firstDay}", "2026-10-26")
                .replace("{rule}", "PROC-SX")
                .replace("{assessment}", UUID.randomUUID().toString())
                .replace("{suspension}", UUID.randomUUID().toString())
                .replace("{person}", target.id().value().toString());
        if (path.contains("{token}")) {
            path = path.replace("{token}", given.tokenFor(viewer).id().toString());
        }
        var request = switch (endpoint) {
            case "POST /schools/{school}/people" -> post(path).with(csrf())
                    .param("kind", "STAFF")
                    .param("givenName", "Added")
                    .param("familyName", "ByTheMatrix")
                    .param("email", "added-" + UUID.randomUUID() + "@test.example")
                    .param("jobTitle", "Teaching assistant");
            case "POST /schools/{school}/people/{person}" -> currentDetailsOf(target, school, post(path).with(csrf()));
            case "POST /schools/{school}/people/{person}/deactivate" -> post(path).with(csrf());
            case "POST /schools/{school}/people/{person}/account" -> post(path).with(csrf())
                    .param("password", STRONG_PASSWORD);
            // Without a reason: an allowed proposer is told what is missing (422), and nothing is proposed.
            case "POST /schools/{school}/filtering/proposals" -> post(path).with(csrf()).param("reason", "");
            // Without a learner or a group: an allowed person is told what is missing (422), and nothing is recorded.
            case "POST /schools/{school}/filtering/exceptions", "POST /schools/{school}/filtering/safe-searching" ->
                    post(path).with(csrf());
            // No such exception in force, a category that is not one, an empty list: refused with a message (302).
            case "POST /schools/{school}/filtering/exceptions/{exception}/end",
                    "POST /schools/{school}/filtering/checks/names",
                    "POST /schools/{school}/filtering/checks/run" -> post(path).with(csrf());
            // Not an address: refused with a message (302), and the school's resolver stays as it was.
            case "POST /schools/{school}/filtering/checks/resolver", "POST /schools/{school}/filtering/checks/proxy" ->
                    post(path).with(csrf()).param("address", "not an address");
            // Version 1 of every school is in force: deciding or withdrawing it is refused with a message (302).
            case "POST /schools/{school}/filtering/versions/{version}/approve",
                    "POST /schools/{school}/filtering/versions/{version}/reject",
                    "POST /schools/{school}/filtering/versions/{version}/withdraw" -> post(path).with(csrf());
            // Each from its own address, so the block page's rate limit does not come into it.
            case "POST /blocked/concern", "POST /blocked/unblock" -> post(path).with(csrf())
                    .param("url", "http://casino.example/").param("school", schoolA.id().value().toString())
                    .param("message", "for a lesson").with(sent -> {
                        sent.setRemoteAddr("198.18." + (addresses / 250) + "." + (addresses++ % 250 + 1));
                        return sent;
                    });
            case "POST /schools/{school}/filtering/requests/{request}/allow",
                    "POST /schools/{school}/filtering/requests/{request}/keep-blocked",
                    "POST /schools/{school}/filtering/requests/{request}/seen" -> post(path).with(csrf());
            // Each from its own address, so the reporting page's rate limit does not come into it.
            case "POST /report/{school}" -> post(path).with(csrf()).param("what", "").with(sent -> {
                sent.setRemoteAddr("198.19." + (addresses / 250) + "." + (addresses++ % 250 + 1));
                return sent;
            });
            // Without a description: an allowed reporter is told what is missing (422), and nothing is recorded.
            case "POST /schools/{school}/concerns" -> post(path).with(csrf()).param("description", "");
            case "POST /schools/{school}/concerns/{concern}/evidence" -> post(path).with(csrf());
            // Posted without their fields: an allowed worker is told what is missing on the case page (302).
            case "POST /schools/{school}/concerns/{concern}/acknowledge",
                    "POST /schools/{school}/concerns/{concern}/assign",
                    "POST /schools/{school}/concerns/{concern}/facts",
                    "POST /schools/{school}/concerns/{concern}/people",
                    "POST /schools/{school}/concerns/{concern}/actions/{code}",
                    "POST /schools/{school}/concerns/{concern}/delete-copies",
                    "POST /schools/{school}/concerns/{concern}/referrals",
                    "POST /schools/{school}/concerns/{concern}/referrals/{referral}/outcome",
                    "POST /schools/{school}/concerns/{concern}/advice",
                    "POST /schools/{school}/concerns/{concern}/device-searches",
                    "POST /schools/{school}/concerns/{concern}/devices",
                    "POST /schools/{school}/concerns/{concern}/devices/{device}/transfer",
                    "POST /schools/{school}/concerns/{concern}/grants",
                    "POST /schools/{school}/concerns/{concern}/police-hold",
                    "POST /schools/{school}/concerns/{concern}/close",
                    "POST /schools/{school}/concerns/{concern}/debrief",
                    "POST /schools/{school}/concerns/{concern}/copies",
                    "POST /schools/{school}/concerns/{concern}/copies/{copy}",
                    "POST /schools/{school}/concerns/{concern}/viewings",
                    "POST /schools/{school}/concerns/{concern}/statement",
                    "POST /schools/{school}/concerns/{concern}/people/{person}/vulnerabilities",
                    "POST /schools/{school}/concerns/{concern}/statement/export",
                    "POST /schools/{school}/concerns/{concern}/sexting-assessment",
                    "POST /schools/{school}/concerns/{concern}/agency-checks",
                    "POST /schools/{school}/concerns/{concern}/agency-checks/done",
                    "POST /schools/{school}/concerns/{concern}/support-plans",
                    "POST /schools/{school}/concerns/{concern}/sanctions",
                    "POST /schools/{school}/concerns/{concern}/offences",
                    "POST /schools/{school}/concerns/{concern}/internet-suspensions/{suspension}/lift",
                    "POST /schools/{school}/tasks/{concern}/{code}" -> post(path).with(csrf());
            // Without a learner: an allowed worker is told what is missing on the form (422), and nothing changes.
            case "POST /schools/{school}/concerns/{concern}/internet-suspension" -> post(path).with(csrf());
            case "POST /schools/{school}/concerns/{concern}/escalate" -> post(path).with(csrf());
            // Without a name, or for a device that is not there: refused with a message on the page (302).
            case "POST /schools/{school}/devices", "POST /schools/{school}/devices/{device}/assign" ->
                    post(path).with(csrf());
            case "POST /schools/{school}/contacts" -> post(path).with(csrf()).param("LADO.name", "LADO team");
            // With nobody listed: the rota keeps its default order (302).
            case "POST /schools/{school}/rota" -> post(path).with(csrf());
            // Without dates, or for a closure not in the calendar: refused with a message on the page (302).
            case "POST /schools/{school}/calendar", "POST /schools/{school}/calendar/{firstDay}/remove" ->
                    post(path).with(csrf());
            // Empty forms: an allowed person is told what is missing on the form (422), and nothing is recorded.
            case "POST /schools/{school}/training/sessions", "POST /schools/{school}/guidance",
                    "POST /schools/{school}/risk-assessments", "POST /schools/{school}/curriculum/lessons" ->
                    post(path).with(csrf());
            // Without a topic, a document or a version, or for an assessment not there: refused with a message (302).
            case "POST /schools/{school}/training/renewals", "POST /schools/{school}/training/mine/acknowledgements",
                    "POST /schools/{school}/guidance/roles",
                    "POST /schools/{school}/risk-assessments/{assessment}/approval" -> post(path).with(csrf());
            // Without their fields: an allowed keeper is shown the form again with the message (422).
            case "POST /schools/{school}/technical-controls", "POST /schools/{school}/website/pages",
                    "POST /schools/{school}/policy" -> post(path).with(csrf());
            // For a control or page that is not there, or with no draft to activate: refused with a message (302).
            case "POST /schools/{school}/technical-controls/{control}",
                    "POST /schools/{school}/technical-controls/{control}/remove",
                    "POST /schools/{school}/website/pages/{page}/remove",
                    "POST /schools/{school}/policy/activate" -> post(path).with(csrf());
            // No pages at the school: nothing is fetched, and the person is told so (302).
            case "POST /schools/{school}/website/check" -> post(path).with(csrf());
            // Without a reason: refused with a message on the page (302), nothing saved.
            case "POST /schools/{school}/procedures" -> post(path).with(csrf()).param("yaml", "version: \"1\"");
            // Without what the step is, or for a national step: refused with a message on the page (302).
            case "POST /schools/{school}/procedures/{kind}/steps",
                    "POST /schools/{school}/procedures/{kind}/steps/{rule}/remove" -> post(path).with(csrf());
            // Without a description: an allowed reporter is told what is missing (422), and nothing is recorded.
            case "POST /api/v1/schools/{school}/concerns" -> post(path).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"description\": \"\"}");
            // Without kinds: an allowed worker is told what is missing (422), and nothing changes.
            case "PUT /api/v1/schools/{school}/concerns/{concern}/facts" -> put(path)
                    .contentType(MediaType.APPLICATION_JSON).content("{}");
            // A decision with no answer: an allowed worker is told why it cannot be recorded (409).
            case "POST /api/v1/schools/{school}/concerns/{concern}/actions/{code}/completion" -> post(path)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"DONE\"}");
            case "POST /account/tokens" -> post(path).with(csrf()).param("name", "matrix")
                    .param("expiresOn", java.time.LocalDate.now().plusDays(30).toString());
            case "POST /account/tokens/{token}/revoke" -> post(path).with(csrf());
            // With a purpose and recipient: an allowed keeper gets the PDF (200).
            case "POST /schools/{school}/learners/{person}/chronology/export" -> post(path).with(csrf())
                    .param("purpose", "Transfer of the child-protection file").param("recipient", "The matrix's DSL");
            // Without their fields, or for a file never sent: an allowed keeper is told why on the page (302).
            case "POST /schools/{school}/learners/{person}/chronology/transfers",
                    "POST /schools/{school}/learners/{person}/chronology/transfers/{transfer}/received" ->
                    post(path).with(csrf());
            case "POST /account/password" -> post(path).with(csrf())
                    .param("currentPassword", TestSchools.PASSWORD)
                    .param("newPassword", STRONG_PASSWORD + " " + UUID.randomUUID());
            default -> {
                if (!endpoint.startsWith("GET ")) {
                    throw new IllegalStateException("The matrix does not know how to call " + endpoint);
                }
                yield get(path);
            }
        };
        // The API takes only personal access tokens; the pages take only a signed-in session.
        return path.startsWith("/api/") ? request.with(apiTokens.computeIfAbsent(viewer.id(), id -> given.tokenFor(viewer))
                .bearer()) : request.with(given.as(viewer));
    }

    /** The person's details as they stand, with the version read now and the roles they hold at that school. */
    MockHttpServletRequestBuilder currentDetailsOf(Person target, School school, MockHttpServletRequestBuilder post) {
        var now = people.find(target.id()).orElseThrow();
        post.param("givenName", now.givenName())
                .param("familyName", now.familyName())
                .param("email", now.email() == null ? "" : now.email())
                .param("jobTitle", now.jobTitle() == null ? "" : now.jobTitle())
                .param("version", Integer.toString(now.version()));
        // Sending the roles back unchanged keeps a keeper who edits their own record in their role.
        people.rolesOf(target.id()).stream().filter(held -> school.id().equals(held.school()))
                .map(RoleAssignment::role).forEach(role -> post.param("roles", role.name()));
        return post;
    }

    void check(String endpoint, Role role, String scope, Expected expected, MockHttpServletRequestBuilder request,
            List<Mismatch> mismatches) {
        MvcResult result;
        try {
            result = mvc.perform(request).andReturn();
        } catch (Exception failed) {
            mismatches.add(new Mismatch(endpoint, role, scope, expected.shown, "exception: " + failed));
            return;
        }
        var status = result.getResponse().getStatus();
        var right = switch (expected) {
            // Roles that need two-step verification must set it up (the matrix's people have not) to hold a token.
            case ALLOWED -> endpoint.equals("POST /account/tokens") ? status == (role.needsMultiFactor() ? 422 : 200)
                    : status != 403 && (status >= 200 && status < 400
                    // A keeper opening a sign-in on their own record: they have one already, so 409 Conflict.
                    || status == 409 && endpoint.equals("POST /schools/{school}/people/{person}/account")
                            && scope.equals(OWN_RECORD.name())
                    || status == 422 && (endpoint.equals("POST /schools/{school}/filtering/proposals")
                            || endpoint.equals("POST /schools/{school}/filtering/exceptions")
                            || endpoint.equals("POST /schools/{school}/filtering/safe-searching")
                            || endpoint.equals("POST /schools/{school}/training/sessions")
                            || endpoint.equals("POST /schools/{school}/guidance")
                            || endpoint.equals("POST /schools/{school}/risk-assessments")
                            || endpoint.equals("POST /schools/{school}/curriculum/lessons")
                            || endpoint.equals("POST /report/{school}")
                            || endpoint.equals("POST /schools/{school}/technical-controls")
                            || endpoint.equals("POST /schools/{school}/website/pages")
                            || endpoint.equals("POST /schools/{school}/policy")
                            || endpoint.equals("POST /schools/{school}/concerns")
                            || endpoint.equals("POST /schools/{school}/concerns/{concern}/internet-suspension")
                            || endpoint.equals("POST /api/v1/schools/{school}/concerns")
                            || endpoint.equals("PUT /api/v1/schools/{school}/concerns/{concern}/facts"))
                    || status == 409
                            && endpoint.equals("POST /api/v1/schools/{school}/concerns/{concern}/actions/{code}/completion"));
            case REFUSED -> status == 403;
        };
        if (!right) {
            mismatches.add(new Mismatch(endpoint, role, scope, expected.shown, shown(result)));
        }
    }

    /** A fully signed-in person is not turned away by the sign-in pages: they are sent on. Returns checks made. */
    int checkSignInFlow(String endpoint, Role role, Person viewer, List<Mismatch> mismatches) {
        var expectedRedirect = switch (endpoint) {
            case "GET /sign-in" -> "/";
            case "GET /mfa" -> "/mfa/enrol";
            default -> null;
        };
        if (!endpoint.startsWith("GET ")) {
            return 0;
        }
        MvcResult result;
        try {
            result = mvc.perform(request(endpoint, viewer, schoolA, viewer)).andReturn();
        } catch (Exception failed) {
            mismatches.add(new Mismatch(endpoint, role, "-", "not 403, not 5xx", "exception: " + failed));
            return 1;
        }
        var status = result.getResponse().getStatus();
        if (expectedRedirect != null) {
            if (status / 100 != 3 || !expectedRedirect.equals(result.getResponse().getRedirectedUrl())) {
                mismatches.add(new Mismatch(endpoint, role, "-", "redirect to " + expectedRedirect, shown(result)));
            }
        } else if (status == 403 || status >= 500) {
            mismatches.add(new Mismatch(endpoint, role, "-", "not 403, not 5xx", shown(result)));
        }
        return 1;
    }

    /** "GET /schools/{school}/people/{person}" and the like, one for each HTTP method and path of each handler. */
    Set<String> discoveredEndpoints() {
        var endpoints = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                if (BasicErrorController.class.isAssignableFrom(handler.getBeanType())) {
                    return;
                }
                var methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
                for (var pattern : info.getPatternValues()) {
                    for (var method : methods.isEmpty() ? List.of("ANY") : methods) {
                        endpoints.add(method + " " + pattern);
                    }
                }
            });
        }
        return endpoints;
    }

    /** A child-protection case reported by a class teacher who is not one of the viewers. */
    UUID aSextingCaseAt(School school, Person learner) {
        var teacher = given.staff(school, CLASS_STAFF);
        var intake = new org.tutela.concern.ConcernDesk.NewConcern(EnumSet.of(org.tutela.procedure.ConcernKind.SEXTING),
                List.of(new org.tutela.concern.Involved(learner.id(), org.tutela.procedure.Party.Kind.LEARNER,
                        org.tutela.procedure.Party.Involvement.VICTIM, null, learner.dateOfBirth())),
                java.time.LocalDate.now(), org.tutela.concern.Intake.Location.OFF_SITE,
                org.tutela.concern.Intake.Device.PERSONAL, "Snapchat", "A photo is being passed round Year 6.", null,
                false, null, false, org.tutela.concern.Intake.Source.PEER_REPORT);
        return concernDesk.report(new org.tutela.concern.ConcernDesk.Reporter(teacher.id(), teacher.fullName(),
                org.tutela.concern.Intake.ReporterKind.STAFF), school.id(), intake).id().value();
    }

    void aFilteringPolicyInForceAt(School school) {
        var proposer = people.viewer(given.staff(school, ONLINE_SAFETY_LEAD).id()).orElseThrow();
        var approver = people.viewer(given.staff(school, HEADTEACHER).id()).orElseThrow();
        filtering.propose(proposer, school.id(), RecommendedPolicy.groups(), "starting policy", "assessed");
        filtering.approve(approver, school.id(), 1, "agreed");
    }

    Person aMemberOfStaffAt(School school) {
        return people.add(school.id(), null, PersonKind.STAFF, PersonDetails.ofStaff("Target", "Person",
                "target-" + UUID.randomUUID() + "@test.example", "Teacher"));
    }

    @SuppressWarnings("unchecked")
    static List<AuditEntry> entries(MvcResult result) {
        return (List<AuditEntry>) result.getModelAndView().getModel().get("entries");
    }

    static String shown(MvcResult result) {
        var response = result.getResponse();
        return response.getRedirectedUrl() == null ? Integer.toString(response.getStatus())
                : response.getStatus() + " to " + response.getRedirectedUrl();
    }

    static String table(List<Mismatch> mismatches) {
        var format = "%-52s %-28s %-25s %-20s %s%n";
        var table = new StringBuilder(mismatches.size() + " requests did not get the access the matrix gives:\n");
        table.append(String.format(format, "endpoint", "role", "scope", "expected", "actual"));
        for (var m : mismatches) {
            table.append(String.format(format, m.endpoint(), m.role() == null ? "-" : m.role().name(), m.scope(),
                    m.expected(), m.actual()));
        }
        return table.toString();
    }
}
