package org.tutela.concern;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * The school's directory of who to contact (ESC-18). National services come filled in; the local ones (LADO, MASH,
 * the education safeguarding team) differ by area and must be entered by the school before they are relied on.
 */
@Repository
public class Contacts {

    /** The entries of the directory, in the order a DSL reaches for them. */
    public enum Agency {
        POLICE_EMERGENCY("Police (emergency)", false, "999", null),
        POLICE_LOCAL("Police (non-emergency)", true, "101", null),
        SOCIAL_CARE("Children's social care", true, null, null),
        MASH("Multi-agency safeguarding hub (MASH)", true, null, null),
        LADO("Local authority designated officer (LADO)", true, null, null),
        EDUCATION_SAFEGUARDING_TEAM("Education safeguarding team or adviser", true, null, null),
        PREVENT("Prevent (Channel referrals)", true, null, null),
        TRUST_SAFEGUARDING("Trust safeguarding officer", false, null, null),
        NETWORK_CONTINUITY_PLAN("Network continuity plan (if the police seize a server)", false, null, null),
        CEOP("CEOP", false, null, "https://www.ceop.police.uk/Safety-Centre/"),
        IWF("Internet Watch Foundation", false, null, "https://report.iwf.org.uk/"),
        PROFESSIONALS_ONLINE_SAFETY_HELPLINE("Professionals Online Safety Helpline", false, "0344 381 4772",
                "https://saferinternet.org.uk/professionals-online-safety-helpline"),
        /** PROC-GEN-03: the safeguarding partnership's procedures, linked from every child-protection case. */
        LOCAL_PROCEDURES("Local safeguarding procedures", false, null, null),
        /** ESC-16: the partnership's threshold document, cited by escalation decisions. */
        THRESHOLD_DOCUMENT("Local threshold document", false, null, null);

        private final String label;
        private final boolean required;
        private final String defaultPhone;
        private final String defaultUrl;

        Agency(String label, boolean required, String defaultPhone, String defaultUrl) {
            this.label = label;
            this.required = required;
            this.defaultPhone = defaultPhone;
            this.defaultUrl = defaultUrl;
        }

        public String label() {
            return label;
        }

        public boolean required() {
            return required;
        }
    }

    public record Contact(Agency agency, String name, String phone, String email, String url, String notes) {

        public boolean empty() {
            return blank(name) && blank(phone) && blank(email) && blank(url);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Contacts(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every entry, stored or defaulted, in directory order. */
    public List<Contact> of(SchoolId school) {
        var stored = new LinkedHashMap<Agency, Contact>();
        jdbc.sql("select agency, name, phone, email, url, notes from school_contact where school_id = ?")
                .param(school.value())
                .query((rs, n) -> new Contact(Agency.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list().forEach(c -> stored.put(c.agency(), c));
        var all = new ArrayList<Contact>();
        for (var agency : Agency.values()) {
            all.add(stored.getOrDefault(agency, new Contact(agency, null, agency.defaultPhone, null, agency.defaultUrl,
                    null)));
        }
        return all;
    }

    /** The web address of one entry, when the school has given one. */
    public String url(SchoolId school, Agency agency) {
        return of(school).stream().filter(c -> c.agency() == agency && !blank(c.url())).map(Contact::url).findFirst()
                .orElse(null);
    }

    /**
     * Where the school sends children to report to CEOP (PROC-CSA-10): the address in its directory, or CEOP's own
     * Safety Centre when the school has not given one.
     */
    public String ceopReportUrl(SchoolId school) {
        var configured = url(school, Agency.CEOP);
        return configured == null ? Agency.CEOP.defaultUrl : configured;
    }

    /** Required local entries still empty: shown to the DSL until filled in. */
    public List<Agency> missing(SchoolId school) {
        return of(school).stream().filter(c -> c.agency().required() && c.empty()).map(Contact::agency).toList();
    }

    @Transactional
    public void save(SchoolId school, Map<Agency, Contact> entries, PersonId by) {
        for (var contact : entries.values()) {
            if (!blank(contact.url()) && !contact.url().trim().matches("(?i)https?://\\S+")) {
                throw new ConcernRefused("The web address for " + contact.agency().label() + " must start with https://");
            }
            if (!blank(contact.email()) && !contact.email().trim().matches("\\S+@\\S+\\.\\S+")) {
                throw new ConcernRefused("The email address for " + contact.agency().label() + " is not an email address");
            }
            jdbc.sql("""
                    insert into school_contact (school_id, agency, name, phone, email, url, notes, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (school_id, agency) do update set name = excluded.name, phone = excluded.phone,
                        email = excluded.email, url = excluded.url, notes = excluded.notes,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                    .params(school.value(), contact.agency().name(), trim(contact.name()), trim(contact.phone()),
                            trim(contact.email()), trim(contact.url()), trim(contact.notes()), by.value(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
        audit.record("CONTACTS_CHANGED", "school_contact", school.value(), school.value(), Outcome.ALLOWED,
                entries.size() + " entries");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trim(String text) {
        return blank(text) ? null : text.trim();
    }
}
