package org.tutela.school;

/** Someone else saved the record after it was read; nothing was overwritten. */
public class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(String what) {
        super(what + " was changed by someone else while you were editing. Your changes have not been saved: "
                + "check the current details and try again.");
    }
}
