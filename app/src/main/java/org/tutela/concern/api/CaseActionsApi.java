package org.tutela.concern.api;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.concern.CaseWork;
import org.tutela.concern.ConcernDesk;
import org.tutela.concern.ConcernId;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Concerns;
import org.tutela.concern.NoSuchConcern;
import org.tutela.procedure.ActionCode;
import org.tutela.procedure.ConcernKind;
import org.tutela.procedure.ConcernKind.RiskArea;
import org.tutela.procedure.Fact;
import org.tutela.school.SchoolId;
import org.tutela.school.Viewer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A case's facts and its required actions. Each change is refused (and audited) before anything sent is acted on
 * when the caller may not work the case, then goes through {@link CaseWork}, so the rules run again and the
 * chronology and audit are written exactly as for the case page.
 */
@RestController
@RequestMapping("/api/v1/schools/{school}/concerns/{concern}")
@Tag(name = "Required actions")
@SecurityRequirement(name = ApiDocumentation.TOKEN)
class CaseActionsApi {

    private final ConcernDesk desk;
    private final CaseWork work;
    private final Concerns concerns;
    private final AuditTrail audit;

    CaseActionsApi(ConcernDesk desk, CaseWork work, Concerns concerns, AuditTrail audit) {
        this.desk = desk;
        this.work = work;
        this.concerns = concerns;
        this.audit = audit;
    }

    @Operation(summary = "Change a case's facts", description = "Kinds, risk areas and facts (the DSL's triage). "
            + "Returns the required actions as the rules now give them.")
    @PutMapping("/facts")
    List<ActionView> facts(@PathVariable UUID school, @PathVariable UUID concern, @RequestBody FactsRequest request,
            Viewer viewer) {
        var at = new SchoolId(school);
        var id = new ConcernId(concern);
        desk.requireWorker(viewer, at, id);
        work.triage(viewer, at, id, ConcernRequest.all(ConcernKind.class, request.kinds(), "kind of concern"),
                ConcernRequest.all(RiskArea.class, request.riskAreas(), "risk area"),
                ConcernRequest.all(Fact.class, request.facts(), "fact"));
        return actionsOf(at, id);
    }

    @Operation(summary = "List a case's required actions", description = "With why each is required. For those "
            + "who may read the case in full; the headteacher's oversight summary has no actions (403).")
    @GetMapping("/actions")
    List<ActionView> actions(@PathVariable UUID school, @PathVariable UUID concern, Viewer viewer) {
        var at = new SchoolId(school);
        var id = new ConcernId(concern);
        var found = concerns.find(id).filter(c -> c.school().equals(at)).orElseThrow(() -> new NoSuchConcern(id));
        if (!desk.accessOf(viewer, found).mayReadNarrative()) {
            audit.record("RECORD_VIEW_REFUSED", "concern", id, at.value(), Outcome.DENIED,
                    found.recordClass().name() + " actions");
            throw new AccessDeniedException("the required actions are part of the case's detail");
        }
        return ActionView.of(desk.open(viewer, at, id).concern().actions());
    }

    @Operation(summary = "Record what was done about a required action",
            description = "DONE (a decision needs decision and note) or NOT_APPLICABLE with the rationale in note. "
                    + "409 with the reason when the case does not allow it yet, e.g. police consultation first.")
    @PostMapping("/actions/{code}/completion")
    List<ActionView> completion(@PathVariable UUID school, @PathVariable UUID concern, @PathVariable String code,
            @RequestBody CompletionRequest request, Viewer viewer) {
        var at = new SchoolId(school);
        var id = new ConcernId(concern);
        desk.requireWorker(viewer, at, id);
        var action = Enums.read(ActionCode.class, code, "action code");
        try {
            if ("NOT_APPLICABLE".equalsIgnoreCase(request.outcome())) {
                work.notApplicable(viewer, at, id, action, request.note());
            } else if (request.outcome() == null || "DONE".equalsIgnoreCase(request.outcome())) {
                work.complete(viewer, at, id, action, request.decision(), request.note(),
                        request.evidence() == null ? java.util.Map.of() : request.evidence());
            } else {
                throw new ConcernRefused("Unknown outcome \"" + request.outcome() + "\": use DONE or NOT_APPLICABLE");
            }
        } catch (ConcernRefused refused) {
            throw new ApiErrors.Refused(HttpStatus.CONFLICT, refused.getMessage());
        }
        return actionsOf(at, id);
    }

    private List<ActionView> actionsOf(SchoolId at, ConcernId id) {
        return ActionView.of(concerns.find(id).orElseThrow(() -> new NoSuchConcern(id)).actions());
    }
}
