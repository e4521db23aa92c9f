package org.tutela.governance;

/** A website page that cannot be added, with the reason. */
public class WebsitePageRefused extends RuntimeException {

    public WebsitePageRefused(String message) {
        super(message);
    }
}
