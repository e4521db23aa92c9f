package org.tutela.concern.chronology;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tutela.TutelaTest;
import org.tutela.concern.Advice;
import org.tutela.concern.CaseWork;
import org.tutela.concern.Concern;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.Intake;
import org.tutela.concern.Involved;
import org.tutela.concern.Referral;
import org.tutela.identity.TestSchools;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.Party;
import org.tutela.school.People;
import org.tutela.school.Person;
import org.tutela.school.Role;
import org.tutela.school.School;
import org.tutela.school.Viewer;
import org.tutela.school.YearGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A learner's chronology across their cases, its PDF pack for the next school, and the transfer of their file. */
@TutelaTest
@Import(TestSchools.class)
class ChronologyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestSchools given;
    @Autowired
    ConcernDesk desk;
    @Autowired
    CaseWork work;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    School school;
    Person dsl;
    Person teacher;
    Person head;
    Person learner;
    String page;

    @BeforeEach
    void aSchoolWithItsDslAClassTeacherAndALearner() {
        school = given.aSchoolOf(given.aTrust());
        dsl = given.staff(school, Role.DSL);
        given.staff(school, Role.DEPUTY_DSL);
        head = given.staff(school, Role.HEADTEACHER);
        teacher = given.staff(school, Role.CLASS_STAFF);
        learner = given.learner(school, LocalDate.now().minusYears(12).minusMonths(2), YearGroup.YEAR_7);
        page = "/schools/" + school.id() + "/learners/" + learner.id() + "/chronology";
    }

    @Test
    void listsEveryConcernAndActionInvolvingTheLearnerInTimeOrderAcrossTwoConcerns() throws Exception {
        var sexting = aConcern(ConcernKind.SEXTING, "A photo is being shared on Snapchat.", learnerAs(Party.Involvement.VICTIM));
        var bullying = aConcern(ConcernKind.BULLYING, "Name-calling in the class group chat.",
                learnerAs(Party.Involvement.VICTIM));
        referral(sexting, "Referral marker: ages and what was shared");
        advice(bullying, "Advice marker: talk to both families");
        work.secureDevice(viewer(dsl), school.id(), sexting.id(), "Phone marker: iPhone 12", "The learner's own",
                "DSL office safe");

        var result = mvc.perform(get(page).with(given.as(dsl))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        var lines = chronologyOf(result).lines();
        assertThat(lines).isSortedAccordingTo(Comparator.comparing(Chronology.Line::at));
        assertThat(lines).extracting(Chronology.Line::reference).contains(sexting.reference(), bullying.reference());
        assertThat(positionsOf(lines, "Snapchat", "class group chat", "Referral marker", "Advice marker",
                "Phone marker")).isSorted();
        assertThat(lines).filteredOn(line -> line.what().contains("Referral marker")).singleElement()
                .satisfies(line -> assertThat(line.who()).isEqualTo(dsl.fullName()));
        assertThat(result.getResponse().getContentAsString()).contains("Referral marker").contains(sexting.reference());
    }

    @Test
    void aConcernTheViewerMayNotReadInFullIsNotMentioned() throws Exception {
        var readable = aConcern(ConcernKind.BULLYING, "Name-calling in the class group chat.",
                learnerAs(Party.Involvement.VICTIM));
        // About the DSL: they may not read it at all (ACC-04), though it involves the learner.
        var aboutTheDsl = aConcern(ConcernKind.STAFF_ALLEGATION, "Unreadable marker: messages sent to a pupil at night.",
                learnerAs(Party.Involvement.VICTIM), new Involved(dsl.id(), Party.Kind.STAFF,
                        Party.Involvement.ALLEGED_PERPETRATOR, null, null));

        var result = mvc.perform(get(page).with(given.as(dsl))).andReturn();

        var body = result.getResponse().getContentAsString();
        assertThat(body).contains(readable.reference()).doesNotContain(aboutTheDsl.reference())
                .doesNotContain("Unreadable marker");
        assertThat(chronologyOf(result).cases()).isEqualTo(1);
    }

    @Test
    void aClassTeacherIsRefusedTheChronologyAndItsExport() throws Exception {
        aConcern(ConcernKind.BULLYING, "Name-calling in the class group chat.", learnerAs(Party.Involvement.VICTIM));

        var read = mvc.perform(get(page).with(given.as(teacher))).andReturn().getResponse();
        var export = mvc.perform(post(page + "/export").with(csrf()).with(given.as(teacher))
                .param("purpose", "curious").param("recipient", "me")).andReturn().getResponse();

        assertThat(read.getStatus()).isEqualTo(403);
        assertThat(export.getStatus()).isEqualTo(403);
        assertThat(export.getContentType()).isNotEqualTo("application/pdf");
    }

    @Test
    void theCasePageLinksTheLearnerToTheirChronologyOnlyForThoseWhoKeepTheFiles() throws Exception {
        var concern = aConcern(ConcernKind.BULLYING, "Name-calling in the class group chat.",
                learnerAs(Party.Involvement.VICTIM));
        var casePage = "/schools/" + school.id() + "/concerns/" + concern.id();

        var forTheDsl = mvc.perform(get(casePage).with(given.as(dsl))).andReturn().getResponse();
        var forTheHead = mvc.perform(get(casePage).with(given.as(head))).andReturn().getResponse();

        assertThat(forTheDsl.getContentAsString()).contains("href=\"" + page + "\"");
        assertThat(forTheHead.getStatus()).isEqualTo(200);
        assertThat(forTheHead.getContentAsString()).doesNotContain(page);
    }

    @Nested
    class ThePdfPack {

        @Test
        void isATextOnlyPdfWatermarkedOnEveryPageWithWhoExportedItAndWhen() throws Exception {
            var sexting = aConcern(ConcernKind.SEXTING, "A photo is being shared on Snapchat.",
                    learnerAs(Party.Involvement.VICTIM));
            referral(sexting, "Referral marker: ages and what was shared");
            for (var i = 0; i < 30; i++) {
                advice(sexting, "Advice " + i + ": keep the device secured and do not view the image.");
            }

            var response = mvc.perform(post(page + "/export").with(csrf()).with(given.as(dsl))
                    .param("purpose", "Transfer of the child-protection file")
                    .param("recipient", "Ms Khan, DSL, St Mary's School")).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
            var pdf = response.getContentAsByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            var watermark = "Exported by " + dsl.fullName() + " on "
                    + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isGreaterThan(1);
                for (var page = 1; page <= document.getNumberOfPages(); page++) {
                    assertThat(textOf(document, page)).as("page " + page).contains(watermark)
                            .contains("Ms Khan, DSL, St Mary's School");
                }
                var text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Referral marker").contains("Snapchat");
                // A long reference may wrap in its column.
                assertThat(text.replaceAll("\\s+", "")).contains(sexting.reference());
                assertThat(imagesIn(document)).isEmpty();
            }
        }

        @Test
        void printsTextInAnyScriptRatherThanReplacingItWithHashes() throws Exception {
            // The test command installs DejaVu Sans (fonts-dejavu-core); the built-in PDF fonts are Latin-1 only.
            aConcern(ConcernKind.SEXTING, "Sent by “Łukasz Ōkubo” – Ιωάννης said → delete it.",
                    learnerAs(Party.Involvement.VICTIM));

            var response = mvc.perform(post(page + "/export").with(csrf()).with(given.as(dsl))
                    .param("purpose", "Transfer of the child-protection file")
                    .param("recipient", "Ms Khan, DSL, St Mary's School")).andReturn().getResponse();

            try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
                assertThat(new PDFTextStripper().getText(document)).contains("Łukasz Ōkubo").contains("Ιωάννης")
                        .contains("→");
            }
        }

        @Test
        void withoutAPurposeIsRefusedAndNothingIsExported() throws Exception {
            var result = mvc.perform(post(page + "/export").with(csrf()).with(given.as(dsl))
                    .param("purpose", " ").param("recipient", "Ms Khan, DSL, St Mary's School")).andReturn();

            assertThat(result.getResponse().getStatus()).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(page);
            assertThat(result.getFlashMap().get("problem")).asString().contains("Say why");
            assertThat(result.getResponse().getContentType()).isNotEqualTo("application/pdf");
            assertThat(audited("CHRONOLOGY_EXPORTED")).isEmpty();
        }
    }

    @Nested
    class TheTransferOfTheFile {

        @Test
        void isSentThenItsReceiptConfirmedAndBothAreShownAndAudited() throws Exception {
            var sent = send();
            var transfer = theOnlyTransfer();

            var received = mvc.perform(post(page + "/transfers/" + transfer + "/received").with(csrf())
                    .with(given.as(dsl)).param("confirmedBy", "Ms Khan")).andReturn();
            var shown = mvc.perform(get(page).with(given.as(dsl))).andReturn().getResponse().getContentAsString();

            assertThat(sent.getFlashMap().get("success")).isEqualTo("Recorded that the file was sent");
            assertThat(received.getFlashMap().get("success")).isEqualTo("Receipt confirmed");
            assertThat(shown).contains("St Mary&#39;s School").contains("confirmed by Ms Khan");
            assertThat(audited("CP_FILE_SENT")).singleElement().asString().contains("purpose: Transfer to the new school");
            assertThat(audited("CP_FILE_RECEIVED")).singleElement().asString().contains("Ms Khan");
        }

        @Test
        void aSecondReceiptIsRefusedAndTheFirstStands() throws Exception {
            send();
            var transfer = theOnlyTransfer();
            mvc.perform(post(page + "/transfers/" + transfer + "/received").with(csrf()).with(given.as(dsl))
                    .param("confirmedBy", "Ms Khan")).andReturn();

            var again = mvc.perform(post(page + "/transfers/" + transfer + "/received").with(csrf())
                    .with(given.as(dsl)).param("confirmedBy", "Mr Jones")).andReturn();

            assertThat(again.getFlashMap().get("problem")).asString().contains("already confirmed by Ms Khan");
            assertThat(jdbc.sql("select receipt_confirmed_by from child_protection_transfer where id = ?")
                    .param(transfer).query(String.class).single()).isEqualTo("Ms Khan");
            assertThat(audited("CP_FILE_RECEIVED")).hasSize(1);
        }

        @Test
        void aReceiptBeforeTheFileWasSentIsRefused() throws Exception {
            var nothingSent = mvc.perform(post(page + "/transfers/" + UUID.randomUUID() + "/received").with(csrf())
                    .with(given.as(dsl)).param("confirmedBy", "Ms Khan")).andReturn();
            send();
            var beforeSending = mvc.perform(post(page + "/transfers/" + theOnlyTransfer() + "/received").with(csrf())
                    .with(given.as(dsl)).param("confirmedBy", "Ms Khan").param("receivedAt", "2020-01-01 09:00"))
                    .andReturn();

            assertThat(nothingSent.getFlashMap().get("problem")).asString().contains("has not been sent");
            assertThat(beforeSending.getFlashMap().get("problem")).asString().contains("before it was sent");
            assertThat(audited("CP_FILE_RECEIVED")).isEmpty();
        }

        MvcResult send() throws Exception {
            return mvc.perform(post(page + "/transfers").with(csrf()).with(given.as(dsl))
                    .param("receivingSchool", "St Mary's School").param("receivingDsl", "Ms Khan")
                    .param("method", "SECURE_TRANSFER").param("purpose", "Transfer to the new school's DSL")).andReturn();
        }

        UUID theOnlyTransfer() {
            return jdbc.sql("select id from child_protection_transfer where learner_id = ?").param(learner.id().value())
                    .query(UUID.class).single();
        }
    }

    @Test
    void everyViewAndExportIsAuditedWithWhoWhenFormatPurposeAndRecipient() throws Exception {
        aConcern(ConcernKind.BULLYING, "Name-calling in the class group chat.", learnerAs(Party.Involvement.VICTIM));

        mvc.perform(get(page).with(given.as(dsl))).andReturn();
        mvc.perform(post(page + "/export").with(csrf()).with(given.as(dsl))
                .param("purpose", "Transfer of the child-protection file")
                .param("recipient", "Ms Khan, DSL, St Mary's School")).andReturn();

        assertThat(audited("CHRONOLOGY_VIEWED")).hasSize(1);
        assertThat(audited("CHRONOLOGY_EXPORTED")).singleElement().asString().contains("format: PDF")
                .contains("purpose: Transfer of the child-protection file")
                .contains("recipient: Ms Khan, DSL, St Mary's School");
    }

    /** The audit rows of an action on this learner, by the DSL, at this school, with a time: their details. */
    List<String> audited(String action) {
        return jdbc.sql("""
                select detail from audit_event where action = ? and record_type = 'person' and record_id = ?
                    and actor_person = ? and school_id = ? and occurred_at is not null and outcome = 'ALLOWED'""")
                .params(action, learner.id().toString(), dsl.id().value(), school.id().value())
                .query(String.class).list();
    }

    Involved learnerAs(Party.Involvement how) {
        return new Involved(learner.id(), Party.Kind.LEARNER, how, null, learner.dateOfBirth());
    }

    Concern aConcern(ConcernKind kind, String description, Involved... involved) {
        var intake = new ConcernDesk.NewConcern(EnumSet.of(kind), List.of(involved), LocalDate.now(),
                Intake.Location.OFF_SITE, Intake.Device.PERSONAL, "Snapchat", description, null, false, null, false,
                Intake.Source.PEER_REPORT);
        return desk.report(new ConcernDesk.Reporter(teacher.id(), teacher.fullName(), Intake.ReporterKind.STAFF),
                school.id(), intake);
    }

    void referral(Concern concern, String shared) {
        work.refer(viewer(dsl), school.id(), concern.id(), new Referral(UUID.randomUUID(), Referral.Agency.SOCIAL_CARE,
                Referral.Channel.CSC_CONSULTATION, Instant.now(), dsl.id(), null, "MASH-1", shared, null, null));
    }

    void advice(Concern concern, String advice) {
        work.adviceReceived(viewer(dsl), school.id(), concern.id(), new Advice(UUID.randomUUID(),
                Advice.Source.PROFESSIONALS_ONLINE_SAFETY_HELPLINE,
                Instant.now(), advice, dsl.id()));
    }

    Viewer viewer(Person person) {
        return people.viewer(person.id()).orElseThrow();
    }

    static Chronology chronologyOf(MvcResult result) {
        return (Chronology) result.getModelAndView().getModel().get("chronology");
    }

    /** Where the first line mentioning each text stands in the chronology. */
    static List<Integer> positionsOf(List<Chronology.Line> lines, String... texts) {
        var positions = new ArrayList<Integer>();
        for (var text : texts) {
            var at = -1;
            for (var i = 0; i < lines.size() && at < 0; i++) {
                if (lines.get(i).what().contains(text)) {
                    at = i;
                }
            }
            assertThat(at).as("a line mentioning " + text).isNotNegative();
            positions.add(at);
        }
        return positions;
    }

    static String textOf(PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    static List<String> imagesIn(PDDocument document) throws IOException {
        var images = new ArrayList<String>();
        for (var page : document.getPages()) {
            collectImages(page.getResources(), images);
        }
        return images;
    }

    static void collectImages(PDResources resources, List<String> images) throws IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images.add(name.getName());
            } else if (object instanceof PDFormXObject form) {
                collectImages(form.getResources(), images);
            }
        }
    }
}
