package org.tutela.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import java.util.EnumSet;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.filtering.FilterPolicies;
import org.tutela.filtering.RecommendedPolicy;
import org.tutela.identity.Accounts;
import org.tutela.identity.SecretBox;
import org.tutela.register.curriculum.CurriculumLessons;
import org.tutela.register.curriculum.CurriculumTopic;
import org.tutela.register.curriculum.SchoolYear;
import org.tutela.register.risk.RiskAssessmentKind;
import org.tutela.register.risk.RiskAssessments;
import org.tutela.register.training.GuidanceLibrary;
import org.tutela.register.training.TrainingRecords;
import org.tutela.register.training.TrainingTopic;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.PersonDetails;
import org.tutela.school.PersonKind;
import org.tutela.school.Role;
import org.tutela.school.RoleAssignment;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.TrustId;
import org.tutela.school.YearGroup;

/**
 * A fictional trust with two primary schools, loaded once into an empty database. Every name is invented. It lives
 * with the tests and the development launcher, so no production build can contain it.
 */
@Component
@Profile("demo")
class DemoTrust implements ApplicationRunner {

    static final String TRUST = "Kingfisher Learning Trust";
    static final String PASSWORD = "Kingfisher-river-2026";
    /** The TOTP secret of every enrolled demo account: add it to an authenticator app, or use oathtool. */
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static final Logger log = LoggerFactory.getLogger(DemoTrust.class);

    private final Schools schools;
    private final People people;
    private final Accounts accounts;
    private final SecretBox secrets;
    private final TransactionTemplate transaction;
    private final FilterPolicies filtering;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    private ConcernDesk concernDesk;
    @org.springframework.beans.factory.annotation.Autowired
    private TrainingRecords trainingRecords;
    @org.springframework.beans.factory.annotation.Autowired
    private GuidanceLibrary guidance;
    @org.springframework.beans.factory.annotation.Autowired
    private RiskAssessments riskAssessments;
    @org.springframework.beans.factory.annotation.Autowired
    private CurriculumLessons lessons;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.register.TechnicalControls technicalControls;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.governance.OnlineSafetyPolicies policies;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.concern.InternetSanctions internetSanctions;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.concern.DslRota rota;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.concern.SchoolCalendar schoolCalendar;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.register.Devices devices;
    @org.springframework.beans.factory.annotation.Autowired
    private org.tutela.concern.ProcedureSteps procedureSteps;

    DemoTrust(Schools schools, People people, Accounts accounts, SecretBox secrets, TransactionTemplate transaction,
            FilterPolicies filtering, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.filtering = filtering;
        this.jdbc = jdbc;
        this.schools = schools;
        this.people = people;
        this.accounts = accounts;
        this.secrets = secrets;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (schools.findTrustNamed(TRUST).isEmpty()) {
            transaction.executeWithoutResult(status -> load());
            log.info("Loaded the demo trust '{}'", TRUST);
        }
        log.info("""

                ==== Tutela demo ====
                Open http://localhost:8080 and sign in as any demo user with the password {}
                  helen.ashdown@hawthorn.example   Hawthorn Primary: headteacher, DSL and online safety lead (code needed)
                  daniel.price@stbrigids.example   St Brigid's CE Primary: DSL (code needed)
                  ellie.shaw@stbrigids.example     St Brigid's: online safety lead (sets up her authenticator at first sign-in)
                  sophie.turner@stbrigids.example  St Brigid's: Year 3 class teacher (no code)
                Where a code is needed, add the key {} to an authenticator app, or run: oathtool --totp -b {}
                Every demo user is listed in docs/demo.md.
                =====================""", PASSWORD, TOTP_SECRET, TOTP_SECRET);
    }

    private void load() {
        var random = new Random(20261125L);
        var names = new FictionalNames(random);
        var passwordHash = accounts.hash(PASSWORD);
        var sealedSecret = secrets.seal(TOTP_SECRET);

        var trust = schools.openTrust(TRUST);
        staffOfTrust(trust.id(), passwordHash, sealedSecret);

        var hawthorn = schools.openSchool(trust.id(), "Hawthorn Primary School", "990001", "Kent");
        var staff = new StaffLoader(hawthorn, passwordHash, sealedSecret);
        var helen = staff.add("Helen", "Ashdown", "Headteacher", true, Role.HEADTEACHER, Role.DSL,
                Role.ONLINE_SAFETY_LEAD, Role.LEADERSHIP);
        var marcus = staff.add("Marcus", "Feld", "Deputy headteacher", true, Role.DEPUTY_DSL, Role.LEADERSHIP,
                Role.CLASS_STAFF);
        staff.add("Rosa", "Quinlan", "School business manager", true, Role.SCHOOL_ADMINISTRATOR, Role.OFFICE_STAFF);
        staff.add("Ian", "Porteous", "Network manager", true, Role.TECHNICAL_STAFF);
        staff.add("Bev", "Marsh", "Office manager", false, Role.OFFICE_STAFF);
        staff.add("Alan", "Greaves", "Safeguarding governor", false, Role.GOVERNOR);
        staff.add("Joan", "Ridley", "Chair of governors", false, Role.CHAIR_OF_GOVERNORS);
        classTeachers(staff, names, YearGroup.YEAR_3);
        learners(hawthorn, names, random);
        // The head is also the online safety lead, so the deputy head approves her proposal.
        recommendedFiltering(hawthorn, helen, marcus);
        filteringLog(hawthorn, random);

        var brigids = schools.openSchool(trust.id(), "St Brigid's CE Primary School", "990002", "Wolverhampton");
        staff = new StaffLoader(brigids, passwordHash, sealedSecret);
        var grace = staff.add("Grace", "Whitfield", "Headteacher", true, Role.HEADTEACHER, Role.LEADERSHIP);
        var daniel = staff.add("Daniel", "Price", "Assistant headteacher", true, Role.DSL, Role.LEADERSHIP);
        var priya = staff.add("Priya", "Nair", "Deputy headteacher", true, Role.DEPUTY_DSL, Role.LEADERSHIP);
        var tom = staff.add("Tom", "Bell", "Home-school community liaison officer", true, Role.DEPUTY_DSL);
        var ellie = staff.add("Ellie", "Shaw", "E-learning lead", false, Role.ONLINE_SAFETY_LEAD, Role.CLASS_STAFF);
        staff.add("Kofi", "Mensah", "IT technician", true, Role.TECHNICAL_STAFF);
        staff.add("Lydia", "Crane", "School administrator", true, Role.SCHOOL_ADMINISTRATOR);
        staff.add("Pat", "Oduya", "Receptionist", false, Role.OFFICE_STAFF);
        staff.add("Martin", "Hale", "Safeguarding governor", false, Role.GOVERNOR);
        staff.add("Ruth", "Kendrick", "Chair of governors", false, Role.CHAIR_OF_GOVERNORS);
        var sophie = staff.addTeacher("Sophie", "Turner", "Year 3 teacher");
        classTeachers(staff, names);
        learners(brigids, names, random);
        recommendedFiltering(brigids, ellie, grace);
        filteringLog(brigids, random);
        concerns(brigids, sophie, daniel);
        training(brigids, grace, daniel);
        riskAssessments(brigids, grace, daniel);
        lessons(brigids, daniel, sophie);
        technicalControls(brigids, grace);
        policies.saveDraft(brigids, null, "2026-27", DRAFT_POLICY, ellie.id());
        safeguardingTeam(brigids, daniel, priya, tom);
    }

    /**
     * St Brigid's DSL rota (Tom Bell on a course this week), and one step the school added to its sexting procedure:
     * the online safety lead told, recording the date.
     */
    private void safeguardingTeam(School school, Person dsl, Person first, Person away) {
        var christmas = LocalDate.of(LocalDate.now().getYear(), 12, 21);
        schoolCalendar.add(school.id(), new org.tutela.concern.SchoolCalendar.Closure(christmas,
                christmas.plusDays(14), "Christmas holidays"), dsl.id());
        rota.arrange(school.id(), List.of(new org.tutela.concern.DslRota.Place(dsl.id(), null), new org.tutela.concern.DslRota.Place(first.id(), null),
                new org.tutela.concern.DslRota.Place(away.id(), LocalDate.now().plusDays(6))), dsl.id());
        procedureSteps.add(school, org.tutela.procedure.ConcernKind.SEXTING, new org.tutela.concern.ProcedureSteps.NewStep(
                org.tutela.procedure.ActionCode.OSL, org.tutela.procedure.ActionKind.ADVISORY, "PROMPT",
                "Tell the online safety lead, so that the curriculum can respond", java.util.Set.of(),
                List.of("Date the OSL was told"), java.util.Set.of()),
                "Our policy has the OSL told of sexting cases, without names", dsl.id());
    }

    /**
     * Training at St Brigid's: the September INSET day covered safeguarding and the online-safety briefing for all
     * staff, Prevent was done online by all but the receptionist, the technician did filtering and monitoring
     * training, and one governor's safeguarding lapsed. The head and DSL have read the sexual violence guidance; the
     * deputies have not yet.
     */
    private void training(School school, Person head, Person dsl) {
        var today = LocalDate.now();
        var staff = people.ofSchool(school.id(), PersonKind.STAFF);
        var everyone = staff.stream().filter(p -> !"Hale".equals(p.familyName())).map(Person::id).toList();
        var inset = SchoolYear.containing(today).firstDay().plusDays(2);
        var insetDay = inset.isAfter(today) ? today : inset;
        trainingRecords.recordSession(school.id(), TrainingTopic.SAFEGUARDING, insetDay, "Wolverhampton Safeguarding Together",
                "INSET day, level 1", everyone, dsl.id());
        trainingRecords.recordSession(school.id(), TrainingTopic.ONLINE_SAFETY_BRIEFING, insetDay, "In house (DSL)",
                "Annual briefing, including that school systems are monitored", everyone, dsl.id());
        trainingRecords.recordSession(school.id(), TrainingTopic.SAFEGUARDING, today.minusMonths(13),
                "Governor safeguarding course", null,
                staff.stream().filter(p -> "Hale".equals(p.familyName())).map(Person::id).toList(), dsl.id());
        trainingRecords.recordSession(school.id(), TrainingTopic.PREVENT, today.minusMonths(7), "Home Office e-learning",
                null, staff.stream().filter(p -> !"Oduya".equals(p.familyName())).map(Person::id).toList(), dsl.id());
        trainingRecords.recordSession(school.id(), TrainingTopic.FILTERING_AND_MONITORING, today.minusMonths(2),
                "Filtering provider's administrator course", null,
                staff.stream().filter(p -> "Mensah".equals(p.familyName())).map(Person::id).toList(), dsl.id());
        for (var document : guidance.documents(school.id())) {
            guidance.acknowledge(school.id(), document.current().id(), head.id());
            guidance.acknowledge(school.id(), document.current().id(), dsl.id());
        }
    }

    /** The Prevent-duty risk assessment, approved nearly a year ago so its review is coming up, and a draft. */
    private void riskAssessments(School school, Person head, Person dsl) {
        var prevent = riskAssessments.record(school.id(), RiskAssessmentKind.PREVENT, "Prevent duty risk assessment",
                dsl.id(), 12, """
                        How likely it is that our learners could be drawn into terrorism, and what we do about it.
                        Local risk (from the Wolverhampton Prevent partnership briefing): low.
                        Online: filtering blocks the police-assessed unlawful terrorist content list and the extremism
                        category for every group; attempts are reported to the DSL.
                        Staff: everyone completes the Home Office Prevent e-learning; the DSL is the single point of
                        contact and knows how to make a Channel referral.
                        Curriculum: Year 5 and 6 lessons on managing online information and persuasion online.""",
                dsl.id());
        riskAssessments.approve(school.id(), prevent, LocalDate.now().minusMonths(11).minusDays(10),
                "Approved by the headteacher and the safeguarding governor", head.id());
        riskAssessments.record(school.id(), RiskAssessmentKind.VIDEO_CONFERENCING, "Live lessons on Microsoft Teams",
                head.id(), 12, "Shared drive: Leadership/Risk assessments/Teams live lessons.docx", head.id());
    }

    /** A few online-safety lessons this school year, one on the consequences of sharing indecent images. */
    private void lessons(School school, Person dsl, Person teacher) {
        var today = LocalDate.now();
        var start = SchoolYear.containing(today).firstDay();
        record Planned(YearGroup year, String className, int day, String title, String by,
                List<CurriculumTopic> topics) {
        }
        var planned = List.of(
                new Planned(YearGroup.YEAR_6, "6 Ash", 20, "Sharing pictures: what the law says", dsl.fullName(),
                        List.of(CurriculumTopic.INDECENT_IMAGES_CONSEQUENCES, CurriculumTopic.ONLINE_RELATIONSHIPS)),
                new Planned(YearGroup.YEAR_5, "5 Oak", 30, "Searching safely and flagging what worries you",
                        "Year 5 teacher", List.of(CurriculumTopic.SAFE_SEARCHING,
                                CurriculumTopic.MANAGING_ONLINE_INFORMATION)),
                new Planned(YearGroup.YEAR_3, "3 Elm", 40, "Keeping my passwords private", teacher.fullName(),
                        List.of(CurriculumTopic.PRIVACY_AND_SECURITY)),
                new Planned(YearGroup.RECEPTION, null, 45, "Who to tell if something online upsets me",
                        "Reception teacher", List.of(CurriculumTopic.HEALTH_WELLBEING_AND_LIFESTYLE)));
        for (var lesson : planned) {
            var on = start.plusDays(lesson.day()).isAfter(today) ? today : start.plusDays(lesson.day());
            lessons.record(school.id(), new CurriculumLessons.NewLesson(lesson.year(), lesson.className(), on,
                    lesson.title(), lesson.by(), null, lesson.topics()), dsl.id());
        }
    }

    /** A template-based draft with its placeholders still in it, so the activation check has gaps to list. */
    static final String DRAFT_POLICY = """
            # St Brigid's CE Primary School online safety policy

            Designated safeguarding lead: Daniel Price, assistant headteacher.
            Deputy designated safeguarding leads: Priya Nair, deputy headteacher; Tom Bell, home-school community
            liaison officer.
            Online safety lead: (Name and role)
            Named governor for online safety: Martin Hale.

            The policy applies to all staff, learners, parents and visitors of <school name>, and to all use of the
            internet and of devices, including personal devices and school devices used off site.
            """;

    /** Filtering, firewall, anti-spam and anti-virus recorded; IWF membership not, so the dashboard shows it red. */
    private void technicalControls(School school, Person recordedBy) {
        var today = LocalDate.now();
        record Control(org.tutela.register.TechnicalControls.Kind kind, String provider, String how, int monthsAgo) {
        }
        for (var control : List.of(
                new Control(org.tutela.register.TechnicalControls.Kind.WEB_FILTERING, "Tutela (the trust's instance)",
                        "DNS and proxy filtering for every school connection, policy approved by the headteacher", 2),
                new Control(org.tutela.register.TechnicalControls.Kind.FIREWALL, "Kingfisher Learning Trust IT",
                        "Managed firewall at the trust's data centre; inbound connections closed", 5),
                new Control(org.tutela.register.TechnicalControls.Kind.ANTI_SPAM, "The school's email provider",
                        "Spam and phishing filtering on all staff mailboxes", 5),
                new Control(org.tutela.register.TechnicalControls.Kind.ANTI_VIRUS, "Kingfisher Learning Trust IT",
                        "Endpoint protection on every school laptop, tablet and server", 13))) {
            var verified = today.minusMonths(control.monthsAgo());
            technicalControls.record(school.id(), new org.tutela.register.TechnicalControls.Details(control.kind(),
                    control.provider(), control.how(), verified, "Kofi Mensah, IT technician", null),
                    recordedBy.id());
        }
    }

    /**
     * Two invented concerns waiting for the DSL: a sexting case (child protection) and online bullying, in which the
     * DSL has suspended the school internet access of the learner sending the messages for five school days.
     */
    private void concerns(School school, Person teacher, Person dsl) {
        var learners = people.ofSchool(school.id(), PersonKind.LEARNER);
        var year6 = learners.stream().filter(p -> p.yearGroup() == YearGroup.YEAR_6).limit(2).toList();
        var year5 = learners.stream().filter(p -> p.yearGroup() == YearGroup.YEAR_5).limit(2).toList();
        var reporter = new ConcernDesk.Reporter(teacher.id(), teacher.fullName(), Intake.ReporterKind.STAFF);
        var today = java.time.LocalDate.now();
        concernDesk.report(reporter, school.id(), new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.SEXTING),
                List.of(new Involved(year6.get(0).id(), Party.Kind.LEARNER, Party.Involvement.VICTIM, null,
                                year6.get(0).dateOfBirth()),
                        new Involved(year6.get(1).id(), Party.Kind.LEARNER, Party.Involvement.ALLEGED_PERPETRATOR, null,
                                year6.get(1).dateOfBirth())),
                today.minusDays(1), Intake.Location.OFF_SITE, Intake.Device.PERSONAL, "Snapchat",
                "A pupil told me at break that a photo of her is being passed round on Snapchat. She said a boy in"
                        + " her class asked her for it last weekend and has shown it to others. She was upset.",
                "Reassured her that she did the right thing to tell me; did not look at any phone.", false, null, false,
                Intake.Source.SELF_DISCLOSURE));
        var bullying = concernDesk.report(reporter, school.id(),
                new ConcernDesk.NewConcern(EnumSet.of(ConcernKind.BULLYING),
                List.of(new Involved(year5.get(0).id(), Party.Kind.LEARNER, Party.Involvement.VICTIM, null,
                                year5.get(0).dateOfBirth()),
                        new Involved(year5.get(1).id(), Party.Kind.LEARNER, Party.Involvement.ALLEGED_PERPETRATOR, null,
                                year5.get(1).dateOfBirth())),
                today, Intake.Location.ONLINE_ONLY, Intake.Device.PERSONAL, "A class group chat",
                "A parent showed me messages in a class group chat calling her son names every evening this week.",
                null, false, null, false, Intake.Source.PARENT));
        var sender = year5.get(1);
        var laptop = devices.add(school.id(), "Laptop 23", org.tutela.register.Devices.Kind.LAPTOP, "10.20.5.23");
        devices.assign(school.id(), laptop, sender.id(), dsl.id());
        internetSanctions.suspend(people.viewer(dsl.id()).orElseThrow(), school.id(), bullying.id(),
                new org.tutela.concern.InternetSanctions.Order(1, org.tutela.concern.Sanction.Policy.ANTI_BULLYING,
                        (sender.givenName().charAt(0) + sender.familyName()).toLowerCase(java.util.Locale.ROOT),
                        "10.20.5.23", 5, null, "Kept posting in the class group chat after being asked to stop;"
                                + " parents told by phone", false, null));
    }

    private void recommendedFiltering(School school, Person proposer, Person approver) {
        var version = filtering.propose(people.viewer(proposer.id()).orElseThrow(), school.id(),
                RecommendedPolicy.groups(), "Starting policy: Tutela's recommended settings for a primary school",
                "Blocks the UKSIC categories and the illegal lists for everyone; the youngest reach approved sites "
                        + "only; checked against the online safety policy before approval.");
        filtering.approve(people.viewer(approver.id()).orElseThrow(), school.id(), version.version(),
                "Matches our online safety policy");
    }

    /** A few days of what the enforcement points would have logged: every site name is invented. */
    private void filteringLog(School school, Random random) {
        record Site(String host, String category, String verdict, String rule) {
        }
        var sites = List.of(new Site("www.bbc.co.uk", null, "ALLOW", "default-allow"),
                new Site("www.topmarks.co.uk", null, "ALLOW", "allow-list"),
                new Site("play.spinwheel-casino.example", "gambling", "BLOCK", "blocked-category"),
                new Site("chat.talkzone.example", "chat", "BLOCK", "blocked-category"),
                new Site("www.friendface.example", "social-networking", "BLOCK", "blocked-category"),
                new Site("free-vpn-tunnel.example", "proxy-vpn", "BLOCK", "blocked-category"),
                new Site("www.roman-history-games.example", null, "ALLOW", "default-allow"),
                new Site("www.google.com", null, "SAFE_SEARCH", "safe-search"));
        var searches = List.of("volcano facts", "how do plants grow", "roman soldiers armour", "times tables game");
        var groups = List.of("ks2-lower", "ks2-upper", "ks2-upper", "staff");
        var now = java.time.Instant.now();
        for (int i = 0; i < 240; i++) {
            var site = sites.get(random.nextInt(sites.size()));
            var group = groups.get(random.nextInt(groups.size()));
            var search = site.verdict().equals("SAFE_SEARCH") ? searches.get(random.nextInt(searches.size())) : null;
            var at = now.minusSeconds(60L + random.nextInt(5 * 24 * 3600));
            jdbc.sql("""
                    insert into filter_decision (occurred_at, school_id, enforcement, client_address, group_id, host,
                                                 url, search_terms, verdict, rule, category, policy_version)
                    values (?, ?, 'dns', ?::inet, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(java.sql.Timestamp.from(at), school.id().value(),
                            "10.20." + (group.equals("staff") ? 9 : 5) + "." + (10 + random.nextInt(30)), group,
                            site.host(), search == null ? null : "https://www.google.com/search?q=" + search.replace(' ', '+'),
                            search, site.verdict(), site.rule(), site.category())
                    .update();
        }
    }

    private void staffOfTrust(TrustId trust, String passwordHash, String sealedSecret) {
        var officer = people.add(null, trust, PersonKind.TRUST_STAFF,
                PersonDetails.ofStaff("Morgan", "Ellery", "morgan.ellery@kingfisher.example", "Trust safeguarding lead"));
        people.assign(officer.id(), RoleAssignment.acrossTrust(Role.TRUST_SAFEGUARDING_OFFICER, trust));
        accounts.openWithHash(officer.id(), officer.email(), passwordHash);
        accounts.enrolMultiFactor(officer.id(), sealedSecret);
        var technology = people.add(null, trust, PersonKind.TRUST_STAFF,
                PersonDetails.ofStaff("Sam", "Okafor", "sam.okafor@kingfisher.example", "Trust IT lead"));
        people.assign(technology.id(), RoleAssignment.acrossTrust(Role.TRUST_TECHNOLOGY, trust));
        accounts.openWithHash(technology.id(), technology.email(), passwordHash);
        accounts.enrolMultiFactor(technology.id(), sealedSecret);
    }

    /** A teacher for each year group from Reception to Year 6 but Year 3, unless asked, and a teaching assistant. */
    private void classTeachers(StaffLoader staff, FictionalNames names, YearGroup... also) {
        var years = new ArrayList<>(List.of(YearGroup.RECEPTION, YearGroup.YEAR_1, YearGroup.YEAR_2, YearGroup.YEAR_4,
                YearGroup.YEAR_5, YearGroup.YEAR_6));
        years.addAll(List.of(also));
        for (var year : years) {
            var name = names.uniqueAdult().split(" ");
            staff.addTeacher(name[0], name[1], year.label() + " teacher");
        }
        var assistant = names.uniqueAdult().split(" ");
        staff.addTeacher(assistant[0], assistant[1], "Teaching assistant");
    }

    /** About a hundred learners per school, Reception to Year 6, each with one or two parents or carers. */
    private void learners(School school, FictionalNames names, Random random) {
        var academicYearStart = 2026;
        for (var year : List.of(YearGroup.RECEPTION, YearGroup.YEAR_1, YearGroup.YEAR_2, YearGroup.YEAR_3,
                YearGroup.YEAR_4, YearGroup.YEAR_5, YearGroup.YEAR_6)) {
            // Reception children turn 5 during the school year: born September to August, five years before.
            var oldest = LocalDate.of(academicYearStart - 5 - year.ordinal(), 9, 1);
            for (int i = 0; i < 14 + random.nextInt(3); i++) {
                var familyName = names.familyName();
                var learner = people.add(school.id(), null, PersonKind.LEARNER, PersonDetails.ofLearner(
                        names.givenName(), familyName, oldest.plusDays(random.nextInt(365)), year));
                var parents = new ArrayList<String>();
                parents.add(names.adultGivenName());
                if (random.nextInt(10) < 6) {
                    parents.add(names.adultGivenName());
                }
                for (var given : parents) {
                    var parent = people.add(school.id(), null, PersonKind.PARENT_CARER,
                            PersonDetails.ofStaff(given, random.nextInt(8) == 0 ? names.familyName() : familyName,
                                    null, null));
                    people.assign(parent.id(), RoleAssignment.atSchool(Role.PARENT_CARER, school.id()));
                    people.linkParent(parent.id(), learner.id(), random.nextBoolean() ? "Mother" : "Father");
                }
            }
        }
    }

    /** Adds staff with their roles, an account, and a second factor where the demo enrols one. */
    private final class StaffLoader {

        private final School school;
        private final String passwordHash;
        private final String sealedSecret;
        private final String domain;

        StaffLoader(School school, String passwordHash, String sealedSecret) {
            this.school = school;
            this.passwordHash = passwordHash;
            this.sealedSecret = sealedSecret;
            this.domain = school.name().startsWith("Hawthorn") ? "hawthorn.example" : "stbrigids.example";
        }

        Person add(String given, String family, String jobTitle, boolean enrolled, Role... roles) {
            var email = (given + "." + family).toLowerCase().replaceAll("[^a-z.]", "") + "@" + domain;
            var person = people.add(school.id(), null, PersonKind.STAFF,
                    PersonDetails.ofStaff(given, family, email, jobTitle));
            people.setRolesAt(person.id(), school.id(), List.of(roles));
            accounts.openWithHash(person.id(), email, passwordHash);
            if (enrolled) {
                accounts.enrolMultiFactor(person.id(), sealedSecret);
            }
            return person;
        }

        Person addTeacher(String given, String family, String jobTitle) {
            return add(given, family, jobTitle, false, Role.CLASS_STAFF);
        }
    }
}
