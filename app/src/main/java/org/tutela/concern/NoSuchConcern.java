package org.tutela.concern;

/** No concern with this id at this school; shown as 404 so that nobody learns a case exists elsewhere. */
public class NoSuchConcern extends RuntimeException {

    public NoSuchConcern(ConcernId id) {
        super("no concern " + id);
    }
}
