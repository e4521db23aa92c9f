package org.tutela.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tutela.TutelaTest;
import org.tutela.identity.TestSchools;
import org.tutela.school.Role;
import org.tutela.school.YearGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every demo user signs in as docs/demo.md says, and the demo trust has the shape the document describes. The
 * table is read from the document itself, so the two cannot drift apart.
 */
@TutelaTest
@Import(TestSchools.class)
class DemoUsersIT {

    /** A row of the table in docs/demo.md. */
    record DemoUser(String email, String who, String roles, String secondStep) {
    }

    static String document;
    static List<DemoUser> table;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void readTheDocument() throws IOException {
        document = Files.readString(demoDocument(), StandardCharsets.UTF_8);
        table = new ArrayList<>();
        for (var line : document.lines().toList()) {
            var cells = line.trim().split("\\|");
            if (cells.length == 5 && cells[1].contains("@")) {
                table.add(new DemoUser(cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim()));
            }
        }
    }

    /** Tests run in the app module, whose parent is the repository root; look upwards to be safe. */
    static Path demoDocument() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            var candidate = dir.resolve("docs/demo.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Path.of("../docs/demo.md");
    }

    @Test
    void theDocumentListsTheDemoUsersWithTheSecretsTheDemoUses() {
        assertThat(table).hasSize(20);
        assertThat(table).extracting(DemoUser::email).doesNotHaveDuplicates();
        assertThat(table).extracting(DemoUser::secondStep).containsOnly("code", "enrols", "none");
        assertThat(documentedPassword()).isEqualTo(DemoTrust.PASSWORD);
        assertThat(documentedTotpKey()).isEqualTo(DemoTrust.TOTP_SECRET);
        assertThat(document).contains("**" + DemoTrust.TRUST + "**");
    }

    @Test
    void everyDocumentedDemoUserSignsInAsDocumented() throws Exception {
        var address = 100;
        var problems = new ArrayList<String>();
        for (var user : table) {
            try {
                signsInAsDocumented(user, "198.51.100." + address++);
            } catch (AssertionError | Exception wrong) {
                problems.add(user.email() + " (" + user.secondStep() + "): " + wrong.getMessage());
            }
        }
        assertThat(problems).as("demo users who do not sign in as docs/demo.md says").isEmpty();
    }

    private void signsInAsDocumented(DemoUser user, String address) throws Exception {
        var session = new MockHttpSession();
        var afterPassword = switch (user.secondStep()) {
            case "code" -> "/mfa";
            case "enrols" -> "/mfa/enrol";
            case "none" -> "/";
            default -> throw new AssertionError("unknown second step " + user.secondStep());
        };
        mvc.perform(post("/sign-in").session(session).with(csrf()).with(from(address))
                        .param("email", user.email()).param("password", documentedPassword()))
                .andExpect(redirectedUrl(afterPassword));

        switch (user.secondStep()) {
            case "code" -> {
                mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/mfa"));
                mvc.perform(post("/mfa").session(session).with(csrf())
                                .param("code", given.unusedCode(user.email(), documentedTotpKey())))
                        .andExpect(redirectedUrl("/"));
                mvc.perform(get("/").session(session)).andExpect(status().isOk());
            }
            case "enrols" -> {
                // Enrolling would change the demo for every later test: only check that it is asked for.
                mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
                mvc.perform(get("/mfa/enrol").session(session)).andExpect(status().isOk());
            }
            default -> mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theRolesInTheDocumentAreTheRolesEachDemoUserHolds() {
        var problems = new ArrayList<String>();
        for (var user : table) {
            var documented = documentedRoles(user);
            var held = rolesHeldBy(user.email());
            if (!documented.equals(held)) {
                problems.add(user.email() + ": documented " + documented + ", holds " + held);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDemoUserWhoseRoleNeedsASecondFactorHasOne() {
        var rows = table.stream().collect(Collectors.toMap(DemoUser::email, DemoUser::secondStep));
        for (var user : table) {
            if (rolesHeldBy(user.email()).stream().anyMatch(Role::needsMultiFactor)) {
                assertThat(user.secondStep()).as(user.email() + " holds a role that needs a second factor")
                        .isIn("code", "enrols");
            }
        }
        // And nobody with such a role is missing from the table, where the rule above would not see them.
        var needingOne = EnumSet.noneOf(Role.class);
        for (var role : Role.values()) {
            if (role.needsMultiFactor()) {
                needingOne.add(role);
            }
        }
        var accountsNeedingOne = jdbc.sql("""
                select distinct a.email from account a join role_assignment r on r.person_id = a.person_id
                where r.role in (:roles)
                  and (r.school_id in (select s.id from school s join trust t on t.id = s.trust_id where t.name = :trust)
                       or r.trust_id in (select id from trust where name = :trust))""")
                .param("roles", needingOne.stream().map(Role::name).toList())
                .param("trust", DemoTrust.TRUST)
                .query(String.class).list();
        assertThat(rows.keySet()).containsAll(accountsNeedingOne);
    }

    @Test
    void theOtherClassTeachersSignInWithThePasswordAlone() throws Exception {
        var teachers = jdbc.sql("""
                select a.email from account a join person p on p.id = a.person_id
                join school s on s.id = p.school_id join trust t on t.id = s.trust_id
                where t.name = ? and p.job_title in ('Reception teacher', 'Year 6 teacher', 'Teaching assistant')
                order by a.email""")
                .param(DemoTrust.TRUST).query(String.class).list();
        assertThat(teachers).hasSize(6);
        var address = 200;
        for (var email : teachers) {
            assertThat(rolesHeldBy(email)).containsExactly(Role.CLASS_STAFF);
            var session = new MockHttpSession();
            mvc.perform(post("/sign-in").session(session).with(csrf()).with(from("198.51.100." + address++))
                            .param("email", email).param("password", documentedPassword()))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(get("/").session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theTrustHasTwoSchools() {
        var schools = jdbc.sql("""
                select s.name from school s join trust t on t.id = s.trust_id where t.name = ? order by s.name""")
                .param(DemoTrust.TRUST).query(String.class).list();
        assertThat(schools).containsExactly("Hawthorn Primary School", "St Brigid's CE Primary School");
    }

    @Test
    void hawthornsHeadteacherIsAlsoTheDslAndTheOnlineSafetyLead() {
        var heads = holdersAt("Hawthorn Primary School", Role.HEADTEACHER);
        assertThat(heads).hasSize(1);
        var head = heads.get(0);
        assertThat(holdersAt("Hawthorn Primary School", Role.DSL)).containsExactly(head);
        assertThat(holdersAt("Hawthorn Primary School", Role.ONLINE_SAFETY_LEAD)).containsExactly(head);
        assertThat(rolesOf(head)).contains(Role.HEADTEACHER, Role.DSL, Role.ONLINE_SAFETY_LEAD);
    }

    @Test
    void stBrigidsHasOneDslTwoDeputiesAndASeparateOnlineSafetyLead() {
        var school = "St Brigid's CE Primary School";
        var dsl = holdersAt(school, Role.DSL);
        var deputies = holdersAt(school, Role.DEPUTY_DSL);
        var onlineSafetyLeads = holdersAt(school, Role.ONLINE_SAFETY_LEAD);

        assertThat(dsl).hasSize(1);
        assertThat(deputies).hasSize(2).doesNotContainAnyElementsOf(dsl);
        assertThat(onlineSafetyLeads).hasSize(1).doesNotContainAnyElementsOf(dsl);
        assertThat(holdersAt(school, Role.HEADTEACHER)).hasSize(1).doesNotContainAnyElementsOf(dsl);
    }

    @Test
    void stBrigidsRotaAlertsItsDslThenADeputyWithTheOtherDeputyAwayAndItsSextingProcedureHasASchoolStep() {
        var school = jdbc.sql("select id from school where name = ?").param("St Brigid's CE Primary School")
                .query(java.util.UUID.class).single();
        var rota = jdbc.sql("""
                select p.family_name, r.away_until is not null from dsl_rota_member r join person p on p.id = r.person_id
                where r.school_id = ? order by r.position""").param(school)
                .query((rs, n) -> rs.getString(1) + (rs.getBoolean(2) ? " (away)" : "")).list();
        var rules = jdbc.sql("select yaml from school_rules where school_id = ? order by version desc limit 1")
                .param(school).query(String.class).single();

        assertThat(rota).containsExactly("Price", "Nair", "Bell (away)");
        assertThat(rules).contains("S-SEXTING-1").contains("Date the OSL was told");
    }

    @Test
    void theTrustHasAboutTwoHundredLearnersFromReceptionToYearSixEachWithAParentOrCarer() {
        var learners = jdbc.sql("""
                select p.id, p.year_group, s.name as school,
                       (select count(*) from parent_link l join person parent on parent.id = l.parent_id
                         where l.learner_id = p.id and parent.kind = 'PARENT_CARER') as parents
                from person p join school s on s.id = p.school_id join trust t on t.id = s.trust_id
                where t.name = ? and p.kind = 'LEARNER'""")
                .param(DemoTrust.TRUST)
                .query((rs, n) -> new Learner(rs.getObject("id", UUID.class), YearGroup.valueOf(rs.getString("year_group")),
                        rs.getString("school"), rs.getInt("parents")))
                .list();

        assertThat(learners).hasSizeBetween(180, 240);
        assertThat(learners).extracting(Learner::year).allMatch(year -> year.ordinal() <= YearGroup.YEAR_6.ordinal());
        assertThat(learners).extracting(Learner::year).contains(YearGroup.RECEPTION, YearGroup.YEAR_1,
                YearGroup.YEAR_2, YearGroup.YEAR_3, YearGroup.YEAR_4, YearGroup.YEAR_5, YearGroup.YEAR_6);
        assertThat(learners).filteredOn(learner -> learner.parents() < 1 || learner.parents() > 2)
                .as("learners without one or two parents or carers").isEmpty();
        var perSchool = learners.stream().collect(Collectors.groupingBy(Learner::school, Collectors.counting()));
        assertThat(perSchool).containsOnlyKeys("Hawthorn Primary School", "St Brigid's CE Primary School");
        assertThat(perSchool.values()).allSatisfy(count -> assertThat(count).isBetween(85L, 120L));
    }

    @Test
    void eachSchoolHasAClassTeacherForEachYearGroup() {
        var missing = new ArrayList<String>();
        for (var school : List.of("Hawthorn Primary School", "St Brigid's CE Primary School")) {
            var titles = new HashSet<>(jdbc.sql("""
                    select p.job_title from person p join school s on s.id = p.school_id
                    join role_assignment r on r.person_id = p.id and r.role = 'CLASS_STAFF'
                    where s.name = ? and p.kind = 'STAFF' and p.active""").param(school).query(String.class).list());
            for (var year : List.of(YearGroup.RECEPTION, YearGroup.YEAR_1, YearGroup.YEAR_2, YearGroup.YEAR_3,
                    YearGroup.YEAR_4, YearGroup.YEAR_5, YearGroup.YEAR_6)) {
                if (!titles.contains(year.label() + " teacher")) {
                    missing.add(school + ": " + year.label());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    record Learner(UUID id, YearGroup year, String school, int parents) {
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String documentedPassword() {
        var matcher = Pattern.compile("password \\*\\*`([^`]+)`\\*\\*").matcher(document);
        if (!matcher.find()) {
            fail("docs/demo.md no longer says the demo password in the form **`...`**");
        }
        return matcher.group(1);
    }

    private String documentedTotpKey() {
        var matcher = Pattern.compile("(?m)^ {4}([A-Z2-7]{16,})\\s*$").matcher(document);
        if (!matcher.find()) {
            fail("docs/demo.md no longer shows the TOTP key as an indented block");
        }
        return matcher.group(1);
    }

    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "dsl", Role.DSL,
            "deputy dsl", Role.DEPUTY_DSL,
            "leadership", Role.LEADERSHIP);

    private static Set<Role> documentedRoles(DemoUser user) {
        var roles = EnumSet.noneOf(Role.class);
        for (var name : user.roles().split(",")) {
            var key = name.trim().toLowerCase(Locale.ROOT);
            var role = ROLE_NAMES.get(key);
            if (role == null) {
                role = java.util.Arrays.stream(Role.values()).filter(r -> r.label().equalsIgnoreCase(key)).findFirst()
                        .orElseThrow(() -> new AssertionError("docs/demo.md names an unknown role '" + name.trim()
                                + "' for " + user.email()));
            }
            roles.add(role);
        }
        return roles;
    }

    private Set<Role> rolesHeldBy(String email) {
        var roles = EnumSet.noneOf(Role.class);
        jdbc.sql("""
                select r.role from role_assignment r join account a on a.person_id = r.person_id
                where lower(a.email) = lower(?)""")
                .param(email).query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private Set<Role> rolesOf(UUID person) {
        var roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from role_assignment where person_id = ?").param(person).query(String.class).list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    private List<UUID> holdersAt(String school, Role role) {
        return jdbc.sql("""
                select distinct r.person_id from role_assignment r join school s on s.id = r.school_id
                join person p on p.id = r.person_id
                where s.name = ? and r.role = ? and p.active""")
                .params(school, role.name()).query(UUID.class).list();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
