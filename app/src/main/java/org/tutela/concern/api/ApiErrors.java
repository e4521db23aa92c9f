package org.tutela.concern.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.NoSuchConcern;
import org.tutela.school.ChangedMeanwhile;
import org.tutela.school.NoSuchSchool;

/**
 * The API's errors as problem details (RFC 9457) carrying the domain's own words. A concern that is not at this
 * school is 404, so nobody learns that it exists elsewhere; need-to-know refusals are 403 (already audited).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    /** A refusal with a status other than 422, such as 409 when the case's state does not allow a step yet. */
    static class Refused extends RuntimeException {

        final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused refused) {
        return problem(refused.status, refused.getMessage());
    }

    @ExceptionHandler(ConcernRefused.class)
    ProblemDetail invalid(ConcernRefused refused) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
    }

    @ExceptionHandler({NoSuchConcern.class, NoSuchSchool.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "No such concern at this school");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return problem(HttpStatus.FORBIDDEN, "You may not do this: the case is need-to-know");
    }

    @ExceptionHandler(ChangedMeanwhile.class)
    ProblemDetail changedMeanwhile(ChangedMeanwhile changed) {
        return problem(HttpStatus.CONFLICT, changed.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "The body is not JSON of the shape this endpoint takes: see /v3/api-docs");
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
