package org.tutela.concern.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.Intake;
import org.tutela.school.People;
import org.tutela.school.Permission;
import org.tutela.school.SchoolId;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Recording a concern and reading a case over the API, through the same desk, access rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1/schools/{school}/concerns")
@Tag(name = "Concerns")
@SecurityRequirement(name = ApiDocumentation.TOKEN)
class ConcernApi {

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    private final ConcernDesk desk;
    private final Schools schools;
    private final People people;
    private final Clock clock;

    ConcernApi(ConcernDesk desk, Schools schools, People people, Clock clock) {
        this.desk = desk;
        this.schools = schools;
        this.people = people;
        this.clock = clock;
    }

    @Operation(summary = "Record a concern", description = "Anyone who may use the staff form at this school. "
            + "422 names what is missing or wrong.")
    @PostMapping
    ResponseEntity<ConcernCreated> report(@PathVariable UUID school, @RequestBody ConcernRequest request,
            Viewer viewer) {
        var at = schools.where(viewer, Permission.RAISE_CONCERN, school);
        var intake = request.toNewConcern(people, at.id(), LocalDate.now(clock.withZone(SCHOOL_TIME)));
        var concern = desk.report(new ConcernDesk.Reporter(viewer.person(), viewer.displayName(),
                Intake.ReporterKind.STAFF), at.id(), intake);
        return ResponseEntity.created(URI.create("/api/v1/schools/" + school + "/concerns/" + concern.id().value()))
                .body(ConcernCreated.of(concern));
    }

    @Operation(summary = "Read a case", description = "As the caller may see it: the headteacher's oversight "
            + "summary of a child-protection case has no details. Every read is audited; a refusal is 403 and audited.")
    @GetMapping("/{concern}")
    CaseView read(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer) {
        return CaseView.of(desk.open(viewer, new SchoolId(school), new ConcernId(concern)));
    }
}
