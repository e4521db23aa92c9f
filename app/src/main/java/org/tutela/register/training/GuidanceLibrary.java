package org.tutela.register.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.register.SchoolDay;
import org.tutela.school.PersonId;
import org.tutela.school.Role;
import org.tutela.school.SchoolId;

/**
 * The library of statutory and non-statutory guidance with its versions (REF-02), the roles that must have read the
 * current version of each document, and the acknowledgements staff make themselves (PROC-SV-07). A new version of a
 * document must be read again: an acknowledgement is of one version.
 */
@Repository
public class GuidanceLibrary {

    /** One version of a document; {@code national} when every school sees it. */
    public record Version(UUID id, String series, String title, String publisher, String version, int publishedIn,
            String url, boolean national) {
    }

    /** A document as a school sees it: its newest version, the older ones and who must read it. */
    public record Document(String series, Version current, List<Version> older, Set<Role> nationalRoles,
            Set<Role> schoolRoles) {

        public Set<Role> requiredRoles() {
            var all = EnumSet.noneOf(Role.class);
            all.addAll(nationalRoles);
            all.addAll(schoolRoles);
            return all;
        }

        public boolean requiredOf(Set<Role> roles) {
            return requiredRoles().stream().anyMatch(roles::contains);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    GuidanceLibrary(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every document the school sees, with its newest version first in each, ordered by title. */
    public List<Document> documents(SchoolId school) {
        var versions = jdbc.sql("""
                select id, series, title, publisher, version, published_in, url, school_id is null from guidance
                where school_id is null or school_id = ? order by series, published_in desc, added_at desc""")
                .param(school.value())
                .query((rs, n) -> new Version(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getBoolean(8)))
                .list();
        var national = new HashMap<String, Set<Role>>();
        var local = new HashMap<String, Set<Role>>();
        jdbc.sql("select series, role, school_id is null from guidance_required_role where school_id is null or school_id = ?")
                .param(school.value())
                .query(rs -> {
                    (rs.getBoolean(3) ? national : local).computeIfAbsent(rs.getString(1),
                            s -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
                });
        var bySeries = new LinkedHashMap<String, List<Version>>();
        versions.forEach(version -> bySeries.computeIfAbsent(version.series(), s -> new ArrayList<>()).add(version));
        return bySeries.entrySet().stream()
                .map(entry -> new Document(entry.getKey(), entry.getValue().get(0),
                        List.copyOf(entry.getValue().subList(1, entry.getValue().size())),
                        national.getOrDefault(entry.getKey(), Set.of()), local.getOrDefault(entry.getKey(), Set.of())))
                .sorted(java.util.Comparator.comparing(document -> document.current().title()))
                .toList();
    }

    /**
     * Adds a version to the school's library: of an existing document when {@code series} names one, or of a new
     * document. Staff who must read the document then need to acknowledge this version.
     */
    @Transactional
    public Version addVersion(SchoolId school, String series, String title, String publisher, String version,
            Integer publishedIn, String url, PersonId by) {
        if (title == null || title.isBlank()) {
            throw new TrainingRefused("title", "Give the title of the guidance");
        }
        if (publisher == null || publisher.isBlank()) {
            throw new TrainingRefused("publisher", "Say who publishes the guidance, for example the Department for Education");
        }
        if (version == null || version.isBlank()) {
            throw new TrainingRefused("version", "Give the version, for example September 2024");
        }
        if (publishedIn == null || publishedIn < 1900 || publishedIn > SchoolDay.today(clock).getYear() + 1) {
            throw new TrainingRefused("publishedIn", "Give the year it was published, for example 2024");
        }
        if (url != null && !url.isBlank() && !url.trim().matches("https?://\\S+")) {
            throw new TrainingRefused("url", "The link must start with https:// or http://");
        }
        var known = documents(school).stream().map(Document::series).toList();
        var key = series == null || series.isBlank() ? seriesFor(title) : series.trim();
        if (series != null && !series.isBlank() && !known.contains(key)) {
            throw new TrainingRefused("series", "Choose a document from the library, or add a new one");
        }
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into guidance (id, series, school_id, title, publisher, version, published_in, url, added_by,
                                          added_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, key, school.value(), title.trim(), publisher.trim(), version.trim(), publishedIn,
                            url == null || url.isBlank() ? null : url.trim(), by.value(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException already) {
            throw new TrainingRefused("version", "The library already has this version of that document");
        }
        audit.record("GUIDANCE_VERSION_ADDED", "guidance", id, school.value(), Outcome.ALLOWED,
                title.trim() + ", " + version.trim());
        return new Version(id, key, title.trim(), publisher.trim(), version.trim(), publishedIn,
                url == null || url.isBlank() ? null : url.trim(), false);
    }

    /** Sets the roles the school adds to those who must read a document; the national ones stay. */
    @Transactional
    public void setSchoolRoles(SchoolId school, String series, Collection<Role> roles) {
        if (documents(school).stream().noneMatch(document -> document.series().equals(series))) {
            throw new TrainingRefused("series", "No such document in the library");
        }
        var schoolRoles = roles.stream().filter(role -> role.scope() == Role.Scope.SCHOOL
                && role != Role.LEARNER && role != Role.PARENT_CARER && role != Role.VISITOR).toList();
        jdbc.sql("delete from guidance_required_role where series = ? and school_id = ?")
                .params(series, school.value()).update();
        for (var role : schoolRoles) {
            jdbc.sql("insert into guidance_required_role (series, school_id, role) values (?, ?, ?)")
                    .params(series, school.value(), role.name()).update();
        }
        audit.record("GUIDANCE_ROLES_SET", "guidance", series, school.value(), Outcome.ALLOWED,
                "the school also requires " + schoolRoles);
    }

    /** "I have read this version", recorded today by the person themselves. */
    @Transactional
    public LocalDate acknowledge(SchoolId school, UUID guidance, PersonId person) {
        var current = documents(school).stream().map(Document::current).filter(v -> v.id().equals(guidance))
                .findFirst();
        if (current.isEmpty()) {
            throw new TrainingRefused("guidance", "That is not the current version of a document in the library");
        }
        var today = SchoolDay.today(clock);
        var added = jdbc.sql("""
                insert into guidance_acknowledgement (guidance_id, person_id, school_id, read_on, recorded_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(guidance, person.value(), school.value(), today, Timestamp.from(clock.instant())).update();
        if (added > 0) {
            audit.record("GUIDANCE_ACKNOWLEDGED", "person", person, school.value(), Outcome.ALLOWED,
                    "has read " + current.get().title() + ", " + current.get().version());
        }
        return today;
    }

    /** For each version, who at the school has acknowledged it and when. */
    public Map<UUID, Map<PersonId, LocalDate>> acknowledgements(SchoolId school) {
        var read = new HashMap<UUID, Map<PersonId, LocalDate>>();
        jdbc.sql("select guidance_id, person_id, read_on from guidance_acknowledgement where school_id = ?")
                .param(school.value())
                .query(rs -> {
                    read.computeIfAbsent(rs.getObject(1, UUID.class), g -> new HashMap<>())
                            .put(new PersonId(rs.getObject(2, UUID.class)), rs.getObject(3, LocalDate.class));
                });
        return read;
    }

    private static String seriesFor(String title) {
        var slug = title.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60) : slug) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
