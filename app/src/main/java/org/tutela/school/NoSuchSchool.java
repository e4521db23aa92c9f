package org.tutela.school;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchSchool extends RuntimeException {

    public NoSuchSchool(SchoolId id) {
        super("No school with reference " + id);
    }
}
