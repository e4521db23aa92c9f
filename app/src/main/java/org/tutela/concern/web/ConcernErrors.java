package org.tutela.concern.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tutela.concern.NoSuchConcern;

/** A concern that is not at this school is simply not found: nobody learns that it exists elsewhere. */
@ControllerAdvice(basePackageClasses = ConcernErrors.class)
class ConcernErrors {

    @ExceptionHandler(NoSuchConcern.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
