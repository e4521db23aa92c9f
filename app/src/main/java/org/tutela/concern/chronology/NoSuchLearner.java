package org.tutela.concern.chronology;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A learner not on this school's roll is simply not found: nobody learns whether they exist elsewhere. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoSuchLearner extends RuntimeException {

    NoSuchLearner() {
        super("No such learner at this school");
    }
}
