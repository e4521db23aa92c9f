package org.tutela.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tutela.procedure.ActionCode;
import org.tutela.school.PersonId;

/** A referral or call to an agency (ESC-02): to whom, how, when, by whom, their reference, what was shared. */
public record Referral(UUID id, Agency agency, Channel channel, Instant madeAt, PersonId madeBy, String contact,
        String reference, String shared, String outcome, LocalDate followUpOn) {

    public enum Agency {
        POLICE("Police"), CEOP("CEOP"), IWF("Internet Watch Foundation"), LADO("LADO"),
        SOCIAL_CARE("Children's social care"), MASH("Multi-agency safeguarding hub"), CHANNEL("Channel (Prevent)"),
        TRUST_SAFEGUARDING("Trust safeguarding officer"), TRUST_TECHNOLOGY("Trust technology team"),
        EDUCATION_SAFEGUARDING_TEAM("Education safeguarding team"), OTHER_SETTING("Another school's DSL"),
        SERVICE_PROVIDER("Service provider or platform");

        private final String label;

        Agency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Channel {
        PHONE_999("999 call"), PHONE_101("101 call"), ONLINE_FORM("Online form"), CEOP_REPORT("CEOP report"),
        IWF_REPORT("IWF report"), PHONE_CALL("Phone call"), EMAIL("Email"), CSC_CONSULTATION("Social care consultation"),
        CSC_REFERRAL("Social care referral"), MEETING("Meeting"), PREVENT_FORM("Prevent referral form");

        private final String label;

        Channel(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Referral {
        if (agency == null || channel == null || madeAt == null) {
            throw new ConcernRefused("A referral needs the agency, how it was made and when");
        }
        if (shared == null || shared.isBlank()) {
            throw new ConcernRefused("Say what was shared with " + agency.label() + " (DP-07)");
        }
        if (agency == Agency.IWF && !shared.contains("http") && !shared.contains("www.")) {
            throw new ConcernRefused("An IWF report records the URL(s) as text; never a screenshot or a copy");
        }
        if (agency == Agency.POLICE && channel != Channel.PHONE_999 && channel != Channel.PHONE_101
                && channel != Channel.ONLINE_FORM && channel != Channel.PHONE_CALL && channel != Channel.EMAIL
                && channel != Channel.MEETING) {
            throw new ConcernRefused("Choose how the police were contacted: 999, 101, online, phone, email or a meeting");
        }
    }

    /** The required action this referral carries out, if any. */
    public ActionCode completes() {
        return switch (agency) {
            case POLICE -> switch (channel) {
                case PHONE_999 -> ActionCode.POLICE_999;
                case PHONE_101 -> ActionCode.POLICE_101;
                default -> ActionCode.POLICE_ADVICE;
            };
            case CEOP -> ActionCode.CEOP;
            case IWF -> ActionCode.IWF;
            case LADO -> ActionCode.LADO;
            case SOCIAL_CARE -> ActionCode.SOCIAL_CARE;
            case MASH -> ActionCode.MASH_ADVICE;
            case CHANNEL -> ActionCode.CHANNEL;
            case TRUST_SAFEGUARDING -> ActionCode.TRUST_SAFEGUARDING;
            case TRUST_TECHNOLOGY -> ActionCode.TRUST_TECHNOLOGY;
            case EDUCATION_SAFEGUARDING_TEAM -> ActionCode.EDUCATION_SAFEGUARDING_TEAM;
            case OTHER_SETTING -> ActionCode.OTHER_SETTING_DSL;
            case SERVICE_PROVIDER -> ActionCode.SERVICE_PROVIDER;
        };
    }

    public boolean police() {
        return agency == Agency.POLICE;
    }

    /** ESC-15, PROC-SV-05: a request to a service provider to remove content, with no result recorded yet. */
    public boolean removalPending() {
        return agency == Agency.SERVICE_PROVIDER && (outcome == null || outcome.isBlank());
    }
}
