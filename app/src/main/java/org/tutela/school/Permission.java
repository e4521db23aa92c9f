package org.tutela.school;

import java.util.EnumSet;
import java.util.Set;

import static org.tutela.school.Role.*;

/** What a role lets a person do with a school's pages, beyond the record-level rules of {@code access}. */
public enum Permission {
    /** Add, edit and deactivate staff and learners. */
    MANAGE_PEOPLE(EnumSet.of(HEADTEACHER, SCHOOL_ADMINISTRATOR)),
    /** Read the register of staff and learners (R5). */
    VIEW_PEOPLE(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, OFFICE_STAFF)),
    /** Read the school's audit trail. */
    READ_AUDIT_TRAIL(EnumSet.of(HEADTEACHER, DSL)),
    /** See the filtering policy in force, its proposals and its history. */
    VIEW_FILTERING(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, TECHNICAL_STAFF)),
    /** Propose a change to filtering, with a reason and a risk note: staff with educational or technical expertise. */
    PROPOSE_FILTERING_CHANGE(EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** Approve or refuse someone else's proposed change to filtering: a leadership role (FILT-11). */
    APPROVE_FILTERING_CHANGE(EnumSet.of(HEADTEACHER, LEADERSHIP)),
    /** Filtering reports in aggregate: blocked categories by group, trends, most-blocked sites. */
    VIEW_FILTERING_REPORTS(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, TECHNICAL_STAFF)),
    /** One person's or device's filtering history and the search terms used: every search is audited (MON-09). */
    SEARCH_FILTERING_LOG(EnumSet.of(DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, TECHNICAL_STAFF)),
    /** Record that a class has been taught safe searching, which opens general search engines to it (FILT-06). */
    RECORD_SAFE_SEARCHING_TAUGHT(EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, CLASS_STAFF)),
    /** See the results of the filtering effectiveness checks, choose their test names and run them (FILT-13). */
    RUN_FILTERING_CHECKS(EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** Decide requests from the block page to unblock a site (FILT-12). */
    DECIDE_UNBLOCK_REQUESTS(EnumSet.of(ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** Read the worries children send from the block page: safeguarding information. */
    READ_BLOCK_PAGE_CONCERNS(EnumSet.of(DSL, DEPUTY_DSL)),
    /** Record a concern on the staff form: everyone who works for or on behalf of the school (INC-01). */
    RAISE_CONCERN(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS)),
    /** See the school's queue of concerns; each case in it still follows the need-to-know rules. */
    VIEW_CONCERN_QUEUE(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD)),
    /** Read the escalation rules and procedures the school works under. */
    VIEW_PROCEDURES(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP)),
    /** Add the school's own escalation rules (which can never weaken a mandatory one). */
    CHANGE_PROCEDURES(EnumSet.of(HEADTEACHER, DSL)),
    /** Read the school's directory of agencies to contact (ESC-18). */
    VIEW_CONTACTS(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD)),
    /** Keep the directory of agencies to contact up to date. */
    MANAGE_CONTACTS(EnumSet.of(HEADTEACHER, DSL)),
    /** Read a learner's chronology, export it and record the transfer of their child-protection file. */
    KEEP_CHILD_PROTECTION_FILES(EnumSet.of(DSL, DEPUTY_DSL)),
    /** Read the device register (R5). */
    VIEW_DEVICES(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, OFFICE_STAFF)),
    /** Keep the device register: add devices and record who has each (R5: F for technical staff and the OSL). */
    MANAGE_DEVICES(EnumSet.of(ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** Read the school's register of technical controls: the IWF list, filtering, firewall, anti-spam (PROC-IIOC-08). */
    VIEW_TECHNICAL_CONTROLS(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, TECHNICAL_STAFF)),
    /** Keep the register of technical controls: record what is in place and when it was verified. */
    MANAGE_TECHNICAL_CONTROLS(EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** See the compliance dashboard, the online-safety policy and the website checks (R7: policies, read). */
    VIEW_COMPLIANCE(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, TECHNICAL_STAFF,
            GOVERNOR, CHAIR_OF_GOVERNORS)),
    /** Keep the days the school is shut (holidays, training days), which the concern timers leave out. */
    KEEP_SCHOOL_CALENDAR(EnumSet.of(HEADTEACHER, DSL, SCHOOL_ADMINISTRATOR)),
    /** Read the online-safety policy in force, never a draft: staff, governors and parents (R7: R, published policies). */
    READ_POLICY_IN_FORCE(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS, PARENT_CARER)),
    /** Draft the school's online-safety policy (R7: F for the DSL, the headteacher and the online safety lead). */
    DRAFT_POLICY(EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD)),
    /** Put a drafted policy in force: the headteacher's approval (GOV-01, GOV-05). */
    ACTIVATE_POLICY(EnumSet.of(HEADTEACHER)),
    /** Choose the website pages the health check fetches and run it: the headteacher holds editorial responsibility
     *  for the website (WEB-02); the online safety lead and technical staff keep it working. */
    MANAGE_WEBSITE_CHECKS(EnumSet.of(HEADTEACHER, ONLINE_SAFETY_LEAD, TECHNICAL_STAFF)),
    /** See and complete the technical tasks of cases, never their narrative (ACC-05). */
    WORK_TECHNICAL_TASKS(EnumSet.of(TECHNICAL_STAFF)),
    /** See everyone's training and guidance acknowledgements on the training dashboard (R6: F or R). */
    VIEW_TRAINING(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP)),
    /** Record staff training and set how long each topic lasts (R6: F for the DSL, headteacher and OSL). */
    RECORD_TRAINING(EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD)),
    /** See one's own training and acknowledge the guidance one has read (R6: own). */
    KEEP_OWN_TRAINING(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, SCHOOL_ADMINISTRATOR,
            TECHNICAL_STAFF, CLASS_STAFF, OFFICE_STAFF, GOVERNOR, CHAIR_OF_GOVERNORS)),
    /** Add versions of guidance to the library and choose which roles must read them (REF-02). */
    MANAGE_GUIDANCE(EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD)),
    /** Read the risk-assessment register (R7). */
    VIEW_RISK_ASSESSMENTS(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, GOVERNOR,
            CHAIR_OF_GOVERNORS)),
    /** Record risk assessments and their approvals and reviews (R7: F). */
    MANAGE_RISK_ASSESSMENTS(EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD, LEADERSHIP)),
    /** See the online-safety lessons taught and their coverage by year group (TRN-09). */
    VIEW_CURRICULUM(EnumSet.of(HEADTEACHER, DSL, DEPUTY_DSL, ONLINE_SAFETY_LEAD, LEADERSHIP, CLASS_STAFF)),
    /** Record an online-safety lesson taught to a year group or class. */
    RECORD_LESSONS(EnumSet.of(HEADTEACHER, DSL, ONLINE_SAFETY_LEAD, CLASS_STAFF));

    private final Set<Role> roles;

    Permission(Set<Role> roles) {
        this.roles = roles;
    }

    static Set<Permission> grantedTo(Role role) {
        var permissions = EnumSet.noneOf(Permission.class);
        for (var permission : values()) {
            if (permission.roles.contains(role)) {
                permissions.add(permission);
            }
        }
        return permissions;
    }
}
