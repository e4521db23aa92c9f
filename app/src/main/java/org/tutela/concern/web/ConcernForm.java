package org.tutela.concern.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.People;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/**
 * The staff intake form as posted: never bound to the domain. Who is involved arrives as parallel lists, one entry
 * per row of the form (a person from the school's records, or a description of someone else).
 */
public record ConcernForm(List<String> kinds, List<String> person, List<String> partyKind, List<String> involvement,
        List<String> partyDescription, String happenedOn, String location, String device, String platform,
        String description, String immediateAction, String immediateRisk, String emergencyCalled,
        String emergencyTime, String emergencyCaller, String whistleblowing, String source) {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    static final int ROWS = 4;

    static ConcernForm empty() {
        return new ConcernForm(List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.now(SCHOOL_TIME).toString(),
                "ON_SITE", "NOT_KNOWN", "", "", "", "", "", "", "", "", "STAFF_OBSERVATION");
    }

    ConcernForm ofKind(String kind) {
        return new ConcernForm(List.of(kind), person, partyKind, involvement, partyDescription, happenedOn, location,
                device, platform, description, immediateAction, immediateRisk, emergencyCalled, emergencyTime,
                emergencyCaller, whistleblowing, source);
    }

    ConcernDesk.NewConcern toNewConcern(People people, SchoolId school, LocalDate today) {
        var chosenKinds = EnumSet.noneOf(ConcernKind.class);
        for (var kind : nonNull(kinds)) {
            chosenKinds.add(parse(ConcernKind.class, kind, "kind of concern"));
        }
        var involved = new ArrayList<Involved>();
        var rows = Math.max(nonNull(person).size(), nonNull(partyDescription).size());
        for (int i = 0; i < rows; i++) {
            var id = at(person, i);
            var text = at(partyDescription, i);
            if (id.isBlank() && text.isBlank()) {
                continue;
            }
            var how = at(involvement, i).isBlank() ? Party.Involvement.SUBJECT
                    : parse(Party.Involvement.class, at(involvement, i), "how they are involved");
            if (!id.isBlank()) {
                var found = people.find(new PersonId(uuid(id))).filter(p -> school.equals(p.school()))
                        .orElseThrow(() -> new ConcernRefused("Choose people from this school's records"));
                var kind = switch (found.kind()) {
                    case LEARNER -> Party.Kind.LEARNER;
                    case PARENT_CARER -> Party.Kind.PARENT_CARER;
                    case VISITOR -> Party.Kind.VISITOR;
                    default -> Party.Kind.STAFF;
                };
                involved.add(new Involved(found.id(), kind, how, text.isBlank() ? null : text, found.dateOfBirth()));
            } else {
                var kind = at(partyKind, i).isBlank() ? Party.Kind.UNKNOWN
                        : parse(Party.Kind.class, at(partyKind, i), "who they are");
                involved.add(new Involved(null, kind, how, text, null));
            }
        }
        var date = date(happenedOn, today);
        var risk = "yes".equals(immediateRisk);
        Concern.EmergencyCall call = null;
        if (risk && emergencyCalled != null && !emergencyCalled.isBlank()) {
            var called = "yes".equals(emergencyCalled);
            call = new Concern.EmergencyCall(called, called ? time(emergencyTime, today) : null,
                    called ? trim(emergencyCaller) : null);
        }
        return new ConcernDesk.NewConcern(chosenKinds, involved, date,
                parse(Intake.Location.class, orDefault(location, "NOT_KNOWN"), "where it happened"),
                parse(Intake.Device.class, orDefault(device, "NOT_KNOWN"), "which device"), platform, description,
                immediateAction, risk, call, "yes".equals(whistleblowing),
                parse(Intake.Source.class, orDefault(source, "STAFF_OBSERVATION"), "how you found out"));
    }

    public String row(List<String> values, int i) {
        return at(values, i);
    }

    public boolean kindChosen(String kind) {
        return nonNull(kinds).contains(kind);
    }

    private static LocalDate date(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give the date it happened as year-month-day, e.g. " + today);
        }
    }

    private static java.time.Instant time(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return today.atTime(LocalTime.parse(text.trim())).atZone(SCHOOL_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new ConcernRefused("Give the time 999 was called as hours:minutes, e.g. 10:45");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConcernRefused("Choose " + what + " from the list");
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ConcernRefused("Choose people from this school's records");
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).trim();
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Set<String> kindNames() {
        var names = new java.util.LinkedHashSet<String>();
        for (var kind : ConcernKind.values()) {
            names.add(kind.name());
        }
        return names;
    }
}
